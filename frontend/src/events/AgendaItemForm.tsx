import { Button, Fieldset, Group, NumberInput, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { AgendaItemFieldsFragment } from '../gql/graphql';
import { AddAgendaItemMutation, UpdateAgendaItemMutation } from './mutations';
import { EventOptionsQuery } from './queries';

interface AgendaItemFormProps {
  eventId: string;
  /** The slot to edit; none to add one. */
  item?: AgendaItemFieldsFragment;
  /** The day a new slot is on. */
  date: string;
  onDone: () => void;
  onCancel: () => void;
}

interface PresentationRow {
  organisationId: string | null;
  minutes: number | string;
  actions: number | string;
}

const optionalNumber = (value: number | string) => (value === '' ? null : Number(value));

/** Adds or edits a slot of an event's agenda: its day and times, title, session, track,
 * working group, description, the organisations presenting with their minutes and the
 * experts' feedback. The agenda's rules (a slot ending before it starts, presentations not
 * fitting the slot, overlapping another slot of the track) come back next to their field. */
export function AgendaItemForm({ eventId, item, date: day, onDone, onCancel }: AgendaItemFormProps) {
  const { t } = useTranslation(['events', 'common']);
  const titleId = useId();
  const presentationsErrorId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [{ data: options }] = useQuery({ query: EventOptionsQuery });
  const [adding, add] = useMutation(AddAgendaItemMutation);
  const [updating, update] = useMutation(UpdateAgendaItemMutation);
  const [date, setDate] = useState(item?.date ?? day);
  const [start, setStart] = useState(item?.start ?? '');
  const [end, setEnd] = useState(item?.end ?? '');
  const [timeText, setTimeText] = useState(item?.timeText ?? '');
  const [title, setTitle] = useState(item?.title ?? '');
  const [session, setSession] = useState(item?.session ?? '');
  const [track, setTrack] = useState(item?.track ?? '');
  const [workingGroupId, setWorkingGroupId] = useState<string | null>(item?.workingGroup?.id ?? null);
  const [description, setDescription] = useState(item?.description ?? '');
  const [presentations, setPresentations] = useState<PresentationRow[]>(
    item?.presentations.map((p) => ({ organisationId: p.organisation.id, minutes: p.minutes, actions: p.actions })) ?? [],
  );
  const [feedbackMinutes, setFeedbackMinutes] = useState<number | string>(item?.expertFeedbackMinutes ?? '');
  const [feedbackText, setFeedbackText] = useState(item?.expertFeedbackText ?? '');
  const problems = useMutationProblems({
    date: t('events:slot.date'),
    start: t('events:slot.start'),
    end: t('events:slot.end'),
    timeText: t('events:slot.timeText'),
    title: t('events:slot.title'),
    session: t('events:slot.session'),
    track: t('events:slot.track'),
    workingGroupId: t('events:slot.workingGroup'),
    description: t('events:slot.description'),
    presentations: t('events:slot.presentations'),
    organisationId: t('events:slot.organisation'),
    minutes: t('events:slot.minutes'),
    actions: t('events:slot.actions'),
    expertFeedbackMinutes: t('events:slot.feedbackMinutes'),
    expertFeedbackText: t('events:slot.feedbackText'),
  });
  const organisations = options?.organisations.nodes.map((o) => ({ value: o.id, label: o.name })) ?? [];
  const presentationsError = [problems.field('presentations'), problems.field('organisationId'), problems.field('minutes'), problems.field('actions')].filter(Boolean).join(' ');

  useEffect(() => {
    first.current?.focus();
  }, []);

  const setRow = (index: number, row: Partial<PresentationRow>) => setPresentations(presentations.map((p, i) => (i === index ? { ...p, ...row } : p)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      date,
      start: start || null,
      end: end || null,
      timeText: timeText.trim() || null,
      title,
      session: session.trim() || null,
      track: track.trim() || null,
      workingGroupId,
      description: description.trim() || null,
      presentations: presentations
        .filter((p): p is PresentationRow & { organisationId: string } => p.organisationId !== null)
        .map((p) => ({ organisationId: p.organisationId, minutes: Number(p.minutes || 0), actions: Number(p.actions || 0) })),
      expertFeedbackMinutes: optionalNumber(feedbackMinutes),
      expertFeedbackText: feedbackText.trim() || null,
    };
    if (item) {
      const result = await update({ input: { id: item.id, item: fields } });
      if (!problems.check(result, result.data?.updateAgendaItem.userErrors)) return;
    } else {
      const result = await add({ input: { eventId, item: fields } });
      if (!problems.check(result, result.data?.addAgendaItem.userErrors)) return;
    }
    notify(t('common:saved'));
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={3} size="h6" id={titleId}>
          {item ? t('events:slot.editHeading', { title: item.title }) : t('events:slot.addHeading')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <Group grow align="flex-start">
          <TextInput type="date" label={t('events:slot.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} required error={problems.field('date')} />
          <TextInput ref={first} type="time" label={t('events:slot.start')} value={start} onChange={(e) => setStart(e.currentTarget.value)} error={problems.field('start')} />
          <TextInput type="time" label={t('events:slot.end')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} error={problems.field('end')} />
          <TextInput
            label={t('events:slot.timeText')}
            description={t('events:slot.timeTextHelp')}
            value={timeText}
            onChange={(e) => setTimeText(e.currentTarget.value)}
            maxLength={100}
            error={problems.field('timeText')}
          />
        </Group>
        <TextInput label={t('events:slot.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} error={problems.field('title')} />
        <Group grow align="flex-start">
          <TextInput label={t('events:slot.session')} value={session} onChange={(e) => setSession(e.currentTarget.value)} maxLength={200} error={problems.field('session')} />
          <TextInput
            label={t('events:slot.track')}
            description={t('events:slot.trackHelp')}
            value={track}
            onChange={(e) => setTrack(e.currentTarget.value)}
            maxLength={200}
            error={problems.field('track')}
          />
          <Select
            label={t('events:slot.workingGroup')}
            data={options?.workingGroups.nodes.map((g) => ({ value: g.id, label: g.title })) ?? []}
            value={workingGroupId}
            onChange={setWorkingGroupId}
            searchable
            clearable
            error={problems.field('workingGroupId')}
          />
        </Group>
        <Textarea label={t('events:slot.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} maxLength={5000} error={problems.field('description')} />
        <Fieldset legend={t('events:slot.presentations')} aria-describedby={presentationsError ? presentationsErrorId : undefined}>
          <Stack gap="xs">
            {presentations.map((row, index) => (
              <Group key={index} align="flex-end" wrap="nowrap">
                <Select
                  style={{ flex: 3 }}
                  label={t('events:slot.organisationN', { n: index + 1 })}
                  data={organisations}
                  value={row.organisationId}
                  onChange={(value) => setRow(index, { organisationId: value })}
                  searchable
                />
                <NumberInput
                  style={{ flex: 1 }}
                  label={t('events:slot.minutes')}
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  value={row.minutes}
                  onChange={(value) => setRow(index, { minutes: value })}
                />
                <NumberInput
                  style={{ flex: 1 }}
                  label={t('events:slot.actions')}
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  value={row.actions}
                  onChange={(value) => setRow(index, { actions: value })}
                />
                <Button
                  variant="default"
                  aria-label={t('events:slot.removePresentation', { n: index + 1 })}
                  onClick={() => setPresentations(presentations.filter((_, i) => i !== index))}
                >
                  {t('events:remove')}
                </Button>
              </Group>
            ))}
            {presentationsError && (
              <Text size="sm" c="red.9" id={presentationsErrorId} data-testid="presentations-error">
                {presentationsError}
              </Text>
            )}
            <Group>
              <Button size="xs" variant="default" onClick={() => setPresentations([...presentations, { organisationId: null, minutes: 10, actions: 0 }])}>
                {t('events:slot.addPresentation')}
              </Button>
            </Group>
            <Group grow align="flex-start">
              <NumberInput
                label={t('events:slot.feedbackMinutes')}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                value={feedbackMinutes}
                onChange={setFeedbackMinutes}
                error={problems.field('expertFeedbackMinutes')}
              />
              <TextInput
                label={t('events:slot.feedbackText')}
                placeholder={t('events:slot.feedbackTextPlaceholder')}
                value={feedbackText}
                onChange={(e) => setFeedbackText(e.currentTarget.value)}
                maxLength={500}
                error={problems.field('expertFeedbackText')}
              />
            </Group>
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={adding.fetching || updating.fetching} disabled={!title.trim() || !date}>
            {item ? t('events:slot.save') : t('events:slot.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
