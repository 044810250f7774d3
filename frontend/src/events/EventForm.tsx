import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { EventFieldsFragment } from '../gql/graphql';
import { CreateEventMutation, UpdateEventMutation } from './mutations';
import { EventOptionsQuery } from './queries';

interface EventFormProps {
  /** The event to edit; none to create one. */
  event?: EventFieldsFragment;
  /** Called with the event's ID once saved. */
  onDone: (id: string) => void;
  onCancel: () => void;
}

/** Creates or edits an event: title, venue, city, hosting territory, first and last day and
 * the dates as printed. */
export function EventForm({ event, onDone, onCancel }: EventFormProps) {
  const { t } = useTranslation(['events', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [{ data: options }] = useQuery({ query: EventOptionsQuery });
  const [creating, create] = useMutation(CreateEventMutation);
  const [updating, update] = useMutation(UpdateEventMutation);
  const [title, setTitle] = useState(event?.title ?? '');
  const [venue, setVenue] = useState(event?.venue ?? '');
  const [city, setCity] = useState(event?.city ?? '');
  const [territoryId, setTerritoryId] = useState<string | null>(event?.territory?.id ?? null);
  const [startDate, setStartDate] = useState(event?.startDate ?? '');
  const [endDate, setEndDate] = useState(event?.endDate ?? '');
  const [datesText, setDatesText] = useState(event?.datesText ?? '');
  const problems = useMutationProblems({
    title: t('events:form.title'),
    venue: t('events:form.venue'),
    city: t('events:form.city'),
    territoryId: t('events:form.territory'),
    startDate: t('events:form.startDate'),
    endDate: t('events:form.endDate'),
    datesText: t('events:form.datesText'),
  });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const fields = { title, venue, city, territoryId, startDate, endDate, datesText: datesText.trim() || null };
    let id: string | undefined;
    if (event) {
      const result = await update({ input: { id: event.id, event: fields } });
      if (!problems.check(result, result.data?.updateEvent.userErrors)) return;
      id = result.data?.updateEvent.event?.id;
    } else {
      const result = await create({ input: { event: fields } });
      if (!problems.check(result, result.data?.createEvent.userErrors)) return;
      id = result.data?.createEvent.event?.id;
    }
    notify(t('common:saved'));
    if (id) onDone(id);
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={2} size="h5" id={titleId}>
          {event ? t('events:form.editHeading', { title: event.title }) : t('events:form.newHeading')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <TextInput ref={first} label={t('events:form.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} error={problems.field('title')} />
        <Group grow align="flex-start">
          <TextInput label={t('events:form.venue')} value={venue} onChange={(e) => setVenue(e.currentTarget.value)} required maxLength={300} error={problems.field('venue')} />
          <TextInput label={t('events:form.city')} value={city} onChange={(e) => setCity(e.currentTarget.value)} required maxLength={200} error={problems.field('city')} />
          <Select
            label={t('events:form.territory')}
            data={options?.territories.nodes.map((territory) => ({ value: territory.id, label: territory.name })) ?? []}
            value={territoryId}
            onChange={setTerritoryId}
            searchable
            clearable
            error={problems.field('territoryId')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput type="date" label={t('events:form.startDate')} value={startDate} onChange={(e) => setStartDate(e.currentTarget.value)} required error={problems.field('startDate')} />
          <TextInput type="date" label={t('events:form.endDate')} value={endDate} onChange={(e) => setEndDate(e.currentTarget.value)} required error={problems.field('endDate')} />
          <TextInput
            label={t('events:form.datesText')}
            description={t('events:form.datesTextHelp')}
            value={datesText}
            onChange={(e) => setDatesText(e.currentTarget.value)}
            maxLength={200}
            error={problems.field('datesText')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.fetching || updating.fetching} disabled={!title.trim() || !venue.trim() || !city.trim() || !startDate || !endDate}>
            {event ? t('events:form.save') : t('events:form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
