import { Button, Group, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { cancelOnEscape } from './focus';
import { AddStepMutation } from './mutations';
import { actionHeading } from './PlanTables';
import type { PlanAction } from './types';

/** The focus key of an objective's "+ Add step" button. */
export const addStepFocus = (actionId: string) => `add-step-${actionId}`;

interface AddStepFormProps {
  action: PlanAction;
  /** The step was created: the page reloads and opens its editor. */
  onAdded: (stepId: string) => void;
}

/** "+ Add step" under an objective's table: asks for the step's title in place, creates the
 * step, and hands over to the step's editor for the rest. Esc cancels. */
export function AddStepForm({ action, onAdded }: AddStepFormProps) {
  const { t } = useTranslation(['plans', 'common']);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [state, addStep] = useMutation(AddStepMutation);
  const problems = useMutationProblems({ title: t('plans:stepTitle') });
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

  function close() {
    setOpen(false);
    setTitle('');
    problems.clear();
    setReturnFocus(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await addStep({ input: { actionId: action.id, step: { title, stakeholders: [], successFactors: [] } } });
    const step = result.data?.addActionStep.step;
    if (problems.check(result, result.data?.addActionStep.userErrors) && step) {
      setOpen(false);
      setTitle('');
      onAdded(step.id);
    }
  }

  if (!open) {
    return (
      <Group mt="xs">
        <Button ref={button} size="xs" variant="light" onClick={() => setOpen(true)} aria-label={t('plans:addStep', { name: heading })} data-focus-id={addStepFocus(action.id)}>
          {t('plans:addStepButton')}
        </Button>
      </Group>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} onKeyDown={cancelOnEscape(close)} aria-label={t('plans:addStep', { name: heading })}>
      <ProblemsAlert messages={problems.page} />
      <Group align="flex-end" mt="xs">
        <TextInput
          ref={input}
          label={t('plans:newStepTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={problems.field('title')}
          style={{ flex: 1 }}
        />
        <Button type="submit" loading={state.fetching}>
          {t('plans:addStepSubmit')}
        </Button>
        <Button variant="default" onClick={close}>
          {t('common:cancel')}
        </Button>
      </Group>
    </form>
  );
}
