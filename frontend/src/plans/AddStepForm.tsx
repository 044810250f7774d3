import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { cancelOnEscape } from './focus';
import { AddStepMutation } from './mutations';
import { ScheduleFields } from './ScheduleFields';
import { dateProblem } from './partialDate';
import { actionHeading } from './PlanTables';
import type { PlanAction } from './types';

/** The focus key of an objective's "+ Add step" button. */
export const addStepFocus = (actionId: string) => `add-step-${actionId}`;

interface AddStepFormProps {
  action: PlanAction;
  /** The step was created: the page reloads and opens its editor. */
  onAdded: (stepId: string) => void;
  /** The plan is agreed: the form also asks for the dates and the reason (required), which
   * the plan's changes keep. */
  replanning?: boolean;
}

/** "+ Add step" under an objective's table: asks for the step's title in place, creates the
 * step, and hands over to the step's editor for the rest. In an agreed plan it asks for the
 * dates and the reason too. Esc cancels. */
export function AddStepForm({ action, onAdded, replanning = false }: AddStepFormProps) {
  const { t } = useTranslation(['plans', 'common']);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [reason, setReason] = useState('');
  const [state, addStep] = useMutation(AddStepMutation);
  const problems = useMutationProblems({ title: t('plans:stepTitle'), start: t('plans:start'), end: t('plans:end'), reason: t('plans:replan.reason') });
  const problem = replanning ? dateProblem(start, end) : null;
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const heading = actionHeading(action);

  useEffect(() => {
    if (open) input.current?.focus();
    else if (returnFocus) {
      button.current?.focus();
      setReturnFocus(false);
    }
  }, [open, returnFocus]);

  function reset() {
    setTitle('');
    setStart('');
    setEnd('');
    setReason('');
  }

  function close() {
    setOpen(false);
    reset();
    problems.clear();
    setReturnFocus(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (problem) return;
    const input = replanning
      ? {
          actionId: action.id,
          step: { title, stakeholders: [], successFactors: [], start: start.trim() || null, end: end.trim() || null },
          reason: reason.trim() || null,
        }
      : { actionId: action.id, step: { title, stakeholders: [], successFactors: [] } };
    const result = await addStep({ input });
    const step = result.data?.addActionStep.step;
    if (problems.check(result, result.data?.addActionStep.userErrors) && step) {
      setOpen(false);
      reset();
      onAdded(step.id);
    }
  }

  if (!open) {
    return (
      <Group mt="xs">
        <Button ref={button} size="xs" variant="default" onClick={() => setOpen(true)} aria-label={t('plans:addStep', { name: heading })} data-focus-id={addStepFocus(action.id)}>
          {t('plans:addStepButton')}
        </Button>
      </Group>
    );
  }
  const titleField = (
    <TextInput
      ref={input}
      label={t('plans:newStepTitle')}
      required
      value={title}
      onChange={(e) => setTitle(e.currentTarget.value)}
      error={problems.field('title')}
      style={{ flex: 1 }}
    />
  );
  const buttons = (
    <>
      <Button type="submit" loading={state.fetching} disabled={problem !== null}>
        {replanning ? t('plans:replan.addSubmit') : t('plans:addStepSubmit')}
      </Button>
      <Button variant="default" onClick={close}>
        {t('common:cancel')}
      </Button>
    </>
  );
  return (
    <form onSubmit={(e) => void submit(e)} onKeyDown={cancelOnEscape(close)} aria-label={t('plans:addStep', { name: heading })}>
      <ProblemsAlert messages={problems.page} />
      {replanning ? (
        <Stack gap="xs" mt="xs">
          {titleField}
          <ScheduleFields start={start} end={end} onStart={setStart} onEnd={setEnd} problem={problem} problems={problems} />
          <Textarea
            label={t('plans:replan.reason')}
            description={t('plans:replan.reasonHint')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={problems.field('reason')}
          />
          <Group justify="flex-end">{buttons}</Group>
        </Stack>
      ) : (
        <Group align="flex-end" mt="xs">
          {titleField}
          {buttons}
        </Group>
      )}
    </form>
  );
}
