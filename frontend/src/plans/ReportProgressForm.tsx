import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { useFormat } from '../components/format';
import { notify } from '../components/notify';
import { STEP_STATUSES } from '../components/status';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { StepStatus } from '../gql/graphql';
import { SubmitProgressReportMutation } from './mutations';
import { GroupAreasQuery, GroupCallsQuery } from './queries';
import type { PlanStep } from './types';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The percentage a status fixes (NOT_STARTED is 0, DONE 100), if any. */
function fixedPercent(status: StepStatus): number | null {
  if (status === 'NOT_STARTED') return 0;
  if (status === 'DONE') return 100;
  return null;
}

interface ReportProgressFormProps {
  step: PlanStep;
  /** The thematic area of the step's action: its working group's calls are offered. */
  thematicAreaId: string | null;
  onDone: () => void;
  onCancel: () => void;
}

/** "Report progress" on one step: status, percentage, what happened, evidence links and,
 * optionally, the call of the step's working group it is presented at. */
export function ReportProgressForm({ step, thematicAreaId, onDone, onCancel }: ReportProgressFormProps) {
  const { t } = useTranslation(['progress', 'common']);
  const format = useFormat();
  const [status, setStatus] = useState<StepStatus>(step.status);
  const [percent, setPercent] = useState<number>(step.percentComplete);
  const [narrative, setNarrative] = useState('');
  const [links, setLinks] = useState('');
  const [callId, setCallId] = useState<string | null>(null);
  const problems = useMutationProblems({
    status: t('progress:status'),
    percentComplete: t('progress:percent'),
    narrative: t('progress:narrative'),
    evidenceLinks: t('progress:evidenceLinks'),
    coordinationCallId: t('progress:call'),
  });
  const [state, submit] = useMutation(SubmitProgressReportMutation);
  const [{ data: groups }] = useQuery({ query: GroupAreasQuery, pause: !thematicAreaId });
  const group = groups?.workingGroups.nodes.find((g) => g.thematicArea.id === thematicAreaId);
  const [{ data: calls }] = useQuery({ query: GroupCallsQuery, variables: { workingGroupId: group?.id ?? '' }, pause: !group });
  const fixed = fixedPercent(status);
  // Taking back "done" (not cancelling) needs a reason: the API refuses it without one.
  const backFromDone = step.status === 'DONE' && status !== 'DONE' && status !== 'CANCELLED';

  function changeStatus(value: StepStatus) {
    setStatus(value);
    const forced = fixedPercent(value);
    if (forced !== null) setPercent(forced);
    else if (fixedPercent(status) !== null) setPercent(status === 'DONE' ? 90 : 10);
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    if (backFromDone && !window.confirm(t('progress:confirmBack', { number: step.number, status: t(`progress:statuses.${status}`) }))) return;
    const result = await submit({
      input: {
        stepId: step.id,
        status,
        percentComplete: fixed ?? percent,
        narrative: narrative.trim() || null,
        evidenceLinks: lines(links),
        coordinationCallId: callId,
      },
    });
    if (problems.check(result, result.data?.submitProgressReport.userErrors)) {
      notify(t('progress:submitted'));
      onDone();
    }
  }

  const label = t('progress:reportOn', { number: step.number });
  return (
    <form onSubmit={(e) => void send(e)} aria-label={label} data-testid="report-form">
      <Stack gap="xs">
        <ProblemsAlert messages={problems.page} title={t('progress:notSubmitted')} testId="report-errors" />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('progress:status')}
            data={STEP_STATUSES.map((s) => ({ value: s, label: t(`progress:statuses.${s}`) }))}
            value={status}
            onChange={(value) => value && changeStatus(value as StepStatus)}
            allowDeselect={false}
            error={problems.field('status')}
          />
          <NumberInput
            label={t('progress:percent')}
            min={0}
            max={100}
            clampBehavior="strict"
            allowDecimal={false}
            suffix=" %"
            value={fixed ?? percent}
            disabled={fixed !== null}
            description={fixed !== null ? t('progress:percentFixed') : t('progress:percentBounds')}
            error={problems.field('percentComplete')}
            onChange={(value) => setPercent(typeof value === 'number' ? value : Number(value) || 0)}
          />
          <Select
            label={t('progress:call')}
            placeholder={t('progress:noCall')}
            data={(calls?.coordinationCalls.nodes ?? []).map((call) => ({
              value: call.id,
              label: t(call.scheduled ? 'progress:callScheduled' : 'progress:callHeld', { date: format.day(call.heldOn) }),
            }))}
            value={callId}
            onChange={setCallId}
            clearable
            clearButtonProps={{ 'aria-label': t('progress:clearCall') }}
            disabled={!group}
            error={problems.field('coordinationCallId')}
          />
        </SimpleGrid>
        {backFromDone && (
          <Alert color="red.9" variant="outline" data-testid="back-from-done">
            {t('progress:backFromDone')}
          </Alert>
        )}
        <Textarea
          label={backFromDone ? t('progress:reason') : t('progress:narrative')}
          required={backFromDone}
          autosize
          minRows={2}
          maxLength={10_000}
          value={narrative}
          onChange={(e) => setNarrative(e.currentTarget.value)}
          error={problems.field('narrative')}
        />
        <Textarea
          label={t('progress:evidenceLinks')}
          description={t('progress:evidenceHint')}
          autosize
          minRows={1}
          value={links}
          onChange={(e) => setLinks(e.currentTarget.value)}
          error={problems.field('evidenceLinks')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={state.fetching}>
            {t('progress:submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
