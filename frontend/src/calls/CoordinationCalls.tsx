import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';

import { IcsButton } from '../calendar/IcsButton';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { useFormat } from '../components/format';
import { notify } from '../components/notify';
import { Loading, QueryError } from '../components/states';
import { allMessages, problemsOf } from '../errors/problems';
import { CallForm } from './CallForm';
import { type Call, type Option, type StepOptionGroup, participantOptions, splitCalls, stepOptions } from './options';
import { DeleteCallMutation, GroupCallsPanelQuery } from './queries';

interface CallCardProps {
  call: Call;
  workingGroupId: string;
  participants: Option[];
  steps: StepOptionGroup[];
  stepLabels: ReadonlyMap<string, string>;
  onChanged: () => void;
}

function CallCard({ call, workingGroupId, participants, steps, stepLabels, onChanged }: CallCardProps) {
  const { t } = useTranslation(['calls', 'common']);
  const format = useFormat();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [, remove] = useMutation(DeleteCallMutation);
  const date = format.longDay(call.heldOn);

  async function cancelCall() {
    if (!window.confirm(t('calls:confirmCancel', { date }))) return;
    const result = await remove({ input: { id: call.id } });
    const messages = allMessages(problemsOf(t, result, result.data?.deleteCoordinationCall.userErrors));
    if (messages.length > 0) {
      notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
      return;
    }
    notify(t('calls:cancelled'));
    onChanged();
  }

  return (
    <Card withBorder component="article" aria-labelledby={titleId} data-testid="call" data-call-id={call.id} p="sm">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <Title order={4} size="h6" id={titleId}>
              {t('calls:callOn', { date })}
            </Title>
            {call.startTime && call.timeZone && (
              <Text size="sm" data-testid="call-time">
                {t('calls:atTime', { time: call.startTime, zone: call.timeZone })}
              </Text>
            )}
            {call.seriesId && (
              <Badge variant="light" color="indigo.9">
                {t('calls:series')}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            {call.scheduled && <IcsButton kind="calls" id={call.id} name={t('calls:callOn', { date })} />}
            {call.viewerCanUpdate && !editing && (
              <>
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                {call.scheduled ? t('calls:edit') : t('calls:minutes')}
              </Button>
              <Button size="xs" variant="outline" color="red.9" onClick={() => void cancelCall()}>
                {t('calls:cancelCall')}
              </Button>
              </>
            )}
          </Group>
        </Group>
        {editing ? (
          <CallForm
            workingGroupId={workingGroupId}
            call={call}
            participants={participants}
            steps={steps}
            onCancel={() => setEditing(false)}
            onDone={() => {
              setEditing(false);
              onChanged();
            }}
          />
        ) : (
          <>
            <Text size="sm">
              {t('calls:facilitator')}: {call.facilitator?.displayName ?? t('common:none')}
            </Text>
            <Text size="sm">
              {t('calls:participants')}: {call.participants.length > 0 ? call.participants.map((p) => p.name).join(', ') : t('common:none')}
            </Text>
            {call.agenda && (
              <div>
                <Text size="sm" fw={600}>
                  {t('calls:agenda')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="call-agenda">
                  {call.agenda}
                </Text>
              </div>
            )}
            {call.notes && (
              <div>
                <Text size="sm" fw={600}>
                  {t('calls:notes')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="call-notes">
                  {call.notes}
                </Text>
              </div>
            )}
            {call.decisions.length > 0 && (
              <div>
                <Text size="sm" fw={600}>
                  {t('calls:decisions')}
                </Text>
                <List size="sm" data-testid="call-decisions">
                  {call.decisions.map((d, index) => (
                    <List.Item key={index}>
                      {d.text}
                      {d.stepIds.length > 0 && (
                        <Text span size="xs" c="dimmed">
                          {' · '}
                          {t('calls:concerns')}: {d.stepIds.map((id) => stepLabels.get(id) ?? t('calls:hiddenStep')).join('; ')}
                        </Text>
                      )}
                    </List.Item>
                  ))}
                </List>
              </div>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** A working group's coordination calls: those to come and those held, with their agenda,
 * minutes and decisions. Whoever the API lets schedule calls (`viewerCanScheduleCall`)
 * schedules one or a series; whoever may update a call (`viewerCanUpdate`) reschedules it,
 * records its minutes or cancels it. */
export function CoordinationCalls({ workingGroupId }: { workingGroupId: string }) {
  const { t } = useTranslation(['calls', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GroupCallsPanelQuery, variables: { workingGroupId } });
  // `?schedule=call` (the dashboard's link for an overdue group) opens the form at once.
  const [params] = useSearchParams();
  const [scheduling, setScheduling] = useState(params.get('schedule') === 'call');
  const section = useRef<HTMLElement>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const group = data?.workingGroup;
  const linkedHere = params.get('schedule') === 'call' && Boolean(group);

  useEffect(() => {
    if (linkedHere) section.current?.scrollIntoView?.({ block: 'start' });
  }, [linkedHere]);

  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!group) return null;

  const participants = participantOptions(group);
  const steps = stepOptions(group, (organisation, number, title) => t('calls:stepOption', { organisation, number, title }));
  const stepLabels = new Map(steps.flatMap((g) => g.items.map((i) => [i.value, i.label] as const)));
  const { upcoming, past } = splitCalls(group.coordinationCalls.nodes);
  const card = (call: Call) => (
    <CallCard key={call.id} call={call} workingGroupId={group.id} participants={participants} steps={steps} stepLabels={stepLabels} onChanged={reload} />
  );

  return (
    <section aria-labelledby="calls" data-testid="coordination-calls" ref={section}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="calls">
          {t('calls:title')}
        </Title>
        {group.viewerCanScheduleCall && !scheduling && <Button onClick={() => setScheduling(true)}>{t('calls:schedule')}</Button>}
      </Group>
      <Stack gap="sm">
        {scheduling && group.viewerCanScheduleCall && (
          <Card withBorder p="sm">
            <CallForm
              workingGroupId={group.id}
              participants={participants}
              steps={steps}
              onCancel={() => setScheduling(false)}
              onDone={() => {
                setScheduling(false);
                reload();
              }}
            />
          </Card>
        )}
        <Title order={3} size="h5">
          {t('calls:upcoming')}
        </Title>
        {upcoming.length === 0 ? <Text c="dimmed">{t('calls:noUpcoming')}</Text> : <Stack gap="xs" data-testid="upcoming-calls">{upcoming.map(card)}</Stack>}
        <Title order={3} size="h5">
          {t('calls:past')}
        </Title>
        {past.length === 0 ? <Text c="dimmed">{t('calls:noPast')}</Text> : <Stack gap="xs" data-testid="past-calls">{past.map(card)}</Stack>}
      </Stack>
    </section>
  );
}
