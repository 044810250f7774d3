import { Button, Checkbox, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { useFormat } from '../components/format';
import { notify } from '../components/notify';
import { cancelOnEscape } from '../components/cancelOnEscape';
import { useViewer } from '../components/viewer';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { timeZones } from '../webinars/zonedTime';
import { type Call, type Option, type StepOptionGroup } from './options';
import { FacilitatorsQuery, ScheduleCallMutation, UpdateCallMutation } from './queries';

interface DecisionDraft {
  key: number;
  text: string;
  stepIds: string[];
}

interface CallFormProps {
  workingGroupId: string;
  /** The call to edit (reschedule, minutes); none to schedule a new one. */
  call?: Call;
  participants: Option[];
  steps: StepOptionGroup[];
  onDone: () => void;
  onCancel: () => void;
}

const MAX_TEXT = 10_000;
/** MPG's, which coordinates the calls; the API's default too. */
const DEFAULT_ZONE = 'Europe/Brussels';
const MAX_DECISION = 2_000;

/** Schedules a call or a series of calls, or edits one: its date, participants and agenda,
 * and once held its minutes (notes, and decisions each linked to the plan steps it concerns). */
export function CallForm({ workingGroupId, call, participants, steps, onDone, onCancel }: CallFormProps) {
  const { t } = useTranslation(['calls', 'common']);
  const format = useFormat();
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [, schedule] = useMutation(ScheduleCallMutation);
  const [saving, update] = useMutation(UpdateCallMutation);
  const [heldOn, setHeldOn] = useState(call?.heldOn ?? '');
  const [startTime, setStartTime] = useState(call?.startTime ?? '');
  const [timeZone, setTimeZone] = useState(call?.timeZone ?? DEFAULT_ZONE);
  const zones = useMemo(() => timeZones(), []);
  const viewer = useViewer();
  const [{ data: people }] = useQuery({ query: FacilitatorsQuery });
  const [facilitatorId, setFacilitatorId] = useState<string | null>(call?.facilitator?.id ?? null);
  const facilitator = facilitatorId ?? viewer?.id ?? null;
  const facilitators = useMemo(() => {
    const known = (people?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }));
    // The current facilitator stays choosable even when not among the first hundred.
    const current = call?.facilitator;
    return current && !known.some((o) => o.value === current.id) ? [{ value: current.id, label: current.displayName }, ...known] : known;
  }, [people, call?.facilitator]);
  const [participantIds, setParticipantIds] = useState<string[]>(call ? call.participants.map((p) => p.id) : participants.map((p) => p.value));
  const [agenda, setAgenda] = useState(call?.agenda ?? '');
  const [notes, setNotes] = useState(call?.notes ?? '');
  const [repeat, setRepeat] = useState(false);
  const [count, setCount] = useState<number | string>(3);
  const [everyMonths, setEveryMonths] = useState<number | string>(4);
  const nextKey = useRef(call?.decisions.length ?? 0);
  const [decisions, setDecisions] = useState<DecisionDraft[]>(() => (call?.decisions ?? []).map((d, key) => ({ key, text: d.text, stepIds: [...d.stepIds] })));
  const problems = useMutationProblems({
    heldOn: t('calls:heldOn'),
    facilitatorId: t('calls:facilitator'),
    startTime: t('calls:startTime'),
    timeZone: t('calls:timeZone'),
    participantIds: t('calls:participants'),
    agenda: t('calls:agenda'),
    notes: t('calls:notes'),
    count: t('calls:count'),
    everyMonths: t('calls:everyMonths'),
    decisions: t('calls:decisions'),
    text: t('calls:decisionText'),
    stepIds: t('calls:decisionSteps'),
  });

  useEffect(() => {
    first.current?.focus();
  }, []);

  function change(key: number, patch: Partial<DecisionDraft>) {
    setDecisions((all) => all.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (call) {
      const result = await update({
        input: {
          id: call.id,
          expectedVersion: call.version,
          heldOn,
          startTime,
          timeZone,
          facilitatorId: facilitator,
          participantIds,
          agenda,
          notes,
          decisions: decisions.map((d) => ({ text: d.text, stepIds: d.stepIds })),
        },
      });
      if (problems.check(result, result.data?.updateCoordinationCall.userErrors)) {
        notify(t('common:saved'));
        onDone();
      }
      return;
    }
    const result = await schedule({
      input: {
        workingGroupId,
        heldOn,
        facilitatorId: facilitator,
        startTime: startTime || null,
        timeZone: startTime ? timeZone : null,
        participantIds,
        agenda: agenda || null,
        repeat: repeat ? { count: Number(count), everyMonths: Number(everyMonths) } : null,
      },
    });
    const payload = result.data?.scheduleCoordinationCall;
    if (problems.check(result, payload?.userErrors)) {
      notify(t('calls:scheduled', { count: payload?.series.length ?? 0 }));
      onDone();
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {call ? t('calls:editTitle', { date: format.day(call.heldOn) }) : t('calls:scheduleTitle')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <Group grow align="flex-start">
          <TextInput
            ref={first}
            type="date"
            label={call ? t('calls:heldOn') : t('calls:firstHeldOn')}
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
            required
            error={problems.field('heldOn')}
          />
          <TextInput
            type="time"
            label={t('calls:startTime')}
            description={t('calls:startTimeHint')}
            value={startTime}
            onChange={(e) => setStartTime(e.currentTarget.value)}
            error={problems.field('startTime')}
          />
          <Select
            label={t('calls:timeZone')}
            data={zones}
            value={timeZone}
            onChange={(value) => value && setTimeZone(value)}
            searchable
            allowDeselect={false}
            disabled={!startTime}
            error={problems.field('timeZone')}
          />
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t('calls:facilitator')}
            data={facilitators}
            value={facilitator}
            onChange={setFacilitatorId}
            searchable
            allowDeselect={false}
            error={problems.field('facilitatorId')}
          />
          <MultiSelect
            label={t('calls:participants')}
            data={participants}
            value={participantIds}
            onChange={setParticipantIds}
            searchable
            error={problems.field('participantIds')}
          />
        </Group>
        {!call && (
          <Group align="flex-end">
            <Checkbox label={t('calls:repeat')} checked={repeat} onChange={(e) => setRepeat(e.currentTarget.checked)} />
            {repeat && (
              <>
                <NumberInput label={t('calls:count')} min={1} max={12} value={count} onChange={setCount} allowDecimal={false} error={problems.field('count')} />
                <NumberInput
                  label={t('calls:everyMonths')}
                  min={1}
                  max={12}
                  value={everyMonths}
                  onChange={setEveryMonths}
                  allowDecimal={false}
                  error={problems.field('everyMonths')}
                />
              </>
            )}
          </Group>
        )}
        <Textarea label={t('calls:agenda')} value={agenda} onChange={(e) => setAgenda(e.currentTarget.value)} autosize minRows={2} maxLength={MAX_TEXT} error={problems.field('agenda')} />
        {call && (
          <>
            <Textarea label={t('calls:notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={3} maxLength={MAX_TEXT} error={problems.field('notes')} />
            <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
              <Text component="legend" fw={600} size="sm">
                {t('calls:decisions')}
              </Text>
              {problems.field('decisions') && (
                <Text c="red.9" size="sm" role="alert">
                  {problems.field('decisions')}
                </Text>
              )}
              {decisions.map((d, index) => (
                <Group key={d.key} align="flex-start" grow data-testid="decision-draft">
                  <Textarea
                    label={t('calls:decisionLabel', { number: index + 1 })}
                    value={d.text}
                    onChange={(e) => change(d.key, { text: e.currentTarget.value })}
                    autosize
                    minRows={1}
                    required
                    maxLength={MAX_DECISION}
                    error={problems.field('text')}
                  />
                  <MultiSelect
                    label={t('calls:decisionStepsOf', { number: index + 1 })}
                    data={steps}
                    value={d.stepIds}
                    onChange={(value) => change(d.key, { stepIds: value })}
                    searchable
                    error={problems.field('stepIds')}
                  />
                  <Button
                    variant="outline"
                    color="red.9"
                    mt={24}
                    style={{ flexGrow: 0 }}
                    onClick={() => setDecisions((all) => all.filter((x) => x.key !== d.key))}
                  >
                    {t('calls:removeDecision', { number: index + 1 })}
                  </Button>
                </Group>
              ))}
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => setDecisions((all) => [...all, { key: nextKey.current++, text: '', stepIds: [] }])}
                >
                  {t('calls:addDecision')}
                </Button>
              </Group>
            </Stack>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={saving.fetching} disabled={!heldOn}>
            {call ? t('calls:save') : t('calls:schedule')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
