import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { useFormat } from '../components/format';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { ReplanStepMutation } from './mutations';
import { ScheduleFields } from './ScheduleFields';
import { dateProblem } from './partialDate';

/** The step being re-planned and the dates the form opens with (its own, or where it was
 * dragged to on the timeline). */
export interface ReplanTarget {
  step: { id: string; version: number; title: string; start?: string | null; end?: string | null };
  /** Its number in the plan ("2.1"). */
  number: string;
  start: string;
  end: string;
  /** Opened from the timeline: the dates it was moved to are new. */
  moved?: boolean;
}

interface ReplanDialogProps {
  /** Null while closed. */
  target: ReplanTarget | null;
  /** Whether the plan is agreed: a reason is then required and the change is kept. */
  replanning: boolean;
  /** Closed: `saved` after the dates were saved (the page reloads the plan). */
  onClose: (saved: boolean) => void;
}

/** Moving a step's dates in a dialog: start and end at any precision, and — once the plan is
 * agreed — the reason, which the plan's changes keep (the baseline stays as it was). */
export function ReplanDialog({ target, replanning, onClose }: ReplanDialogProps) {
  const { t } = useTranslation(['plans', 'common']);
  return (
    <Modal opened={target !== null} onClose={() => onClose(false)} closeButtonProps={{ 'aria-label': t('common:close') }} title={target ? t('plans:replan.title', { number: target.number, title: target.step.title }) : ''} size="lg">
      {target && <ReplanForm key={`${target.step.id}:${target.start}:${target.end}`} target={target} replanning={replanning} onClose={onClose} />}
    </Modal>
  );
}

function ReplanForm({ target, replanning, onClose }: { target: ReplanTarget; replanning: boolean; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation(['plans', 'common']);
  const [start, setStart] = useState(target.start);
  const [end, setEnd] = useState(target.end);
  const [reason, setReason] = useState('');
  const [state, replan] = useMutation(ReplanStepMutation);
  const problems = useMutationProblems({ start: t('plans:start'), end: t('plans:end'), reason: t('plans:replan.reason') });
  const problem = dateProblem(start, end);
  const format = useFormat();
  const shown = (value: string | null | undefined) => (value ? format.partialDate(value) : t('plans:replan.noDate'));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (problem) return;
    const result = await replan({
      input: { id: target.step.id, expectedVersion: target.step.version, start: start.trim() || null, end: end.trim() || null, reason: reason.trim() || null },
    });
    if (problems.check(result, result.data?.replanActionStep.userErrors)) onClose(true);
  }

  return (
    <form onSubmit={(e) => void save(e)} aria-label={t('plans:replan.title', { number: target.number, title: target.step.title })} data-testid="replan-form">
      <Stack gap="sm">
        <Text size="sm">{replanning ? t('plans:replan.intro') : t('plans:replan.introDraft')}</Text>
        {target.moved && (
          <Text size="sm" data-testid="replan-was">
            {t('plans:replan.was', { start: shown(target.step.start), end: shown(target.step.end) })}
          </Text>
        )}
        <ProblemsAlert messages={problems.page} />
        <ScheduleFields start={start} end={end} onStart={setStart} onEnd={setEnd} problem={problem} problems={problems} />
        {replanning && (
          <Textarea
            label={t('plans:replan.reason')}
            description={t('plans:replan.reasonHint')}
            required
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={problems.field('reason')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={state.fetching} disabled={problem !== null}>
            {t('plans:replan.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
