import { Alert, Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { UpdateStepMutation } from './mutations';
import { dateProblem } from './partialDate';
import type { PlanStep } from './types';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

interface StepEditorProps {
  step: PlanStep;
  onDone: () => void;
  /** Asks the page to reload the plan (after a conflict). */
  onReload: () => void;
}

/** Inline editing of one step row: keyboard friendly, dates checked as you type, and a clear
 * message when someone else saved the step first. */
export function StepEditor({ step, onDone, onReload }: StepEditorProps) {
  const { t } = useTranslation(['plans', 'common']);
  const [title, setTitle] = useState(step.title);
  const [stakeholders, setStakeholders] = useState(step.stakeholders.join('\n'));
  const [factors, setFactors] = useState(step.successFactors.join('\n'));
  const [start, setStart] = useState(step.start ?? '');
  const [end, setEnd] = useState(step.end ?? '');
  const problems = useMutationProblems({
    title: t('plans:stepTitle'),
    stakeholders: t('plans:stakeholders'),
    successFactors: t('plans:successFactors'),
    start: t('plans:start'),
    end: t('plans:end'),
  });
  const [conflict, setConflict] = useState(false);
  const [state, updateStep] = useMutation(UpdateStepMutation);
  const problem = dateProblem(start, end);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (problem) return;
    const result = await updateStep({
      input: {
        id: step.id,
        expectedVersion: step.version,
        step: {
          title,
          stakeholders: lines(stakeholders),
          successFactors: lines(factors),
          start: start.trim() || null,
          end: end.trim() || null,
          // A date typed here replaces the printed wording.
          startText: start.trim() === (step.start ?? '') ? step.startText : null,
          endText: end.trim() === (step.end ?? '') ? step.endText : null,
        },
      },
    });
    const errors = result.data?.updateActionStep.userErrors ?? [];
    if (!result.error && errors.some((e) => e.code === 'STALE_VERSION')) {
      setConflict(true);
      return;
    }
    if (problems.check(result, errors)) onDone();
  }

  return (
    <form onSubmit={(e) => void save(e)} aria-label={t('plans:editStep', { number: step.number })}>
      <Stack gap="xs">
        {conflict && (
          <Alert color="red.9" role="alert" title={t('plans:conflictTitle')} data-testid="conflict">
            {t('plans:conflict')}
            <Group mt="xs">
              <Button size="xs" onClick={onReload}>
                {t('plans:reload')}
              </Button>
            </Group>
          </Alert>
        )}
        <ProblemsAlert messages={problems.page} />
        <TextInput
          label={t('plans:stepTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          data-autofocus
          error={problems.field('title')}
        />
        <Group grow align="flex-start">
          <Textarea
            label={t('plans:stakeholders')}
            description={t('plans:onePerLine')}
            autosize
            minRows={2}
            value={stakeholders}
            onChange={(e) => setStakeholders(e.currentTarget.value)}
            error={problems.field('stakeholders')}
          />
          <Textarea
            label={t('plans:successFactors')}
            description={t('plans:onePerLine')}
            autosize
            minRows={2}
            value={factors}
            onChange={(e) => setFactors(e.currentTarget.value)}
            error={problems.field('successFactors')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('plans:start')}
            description={t('plans:dateFormat')}
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={problem === 'invalidStart' ? t('plans:invalidDate') : problems.field('start')}
          />
          <TextInput
            label={t('plans:end')}
            description={t('plans:dateFormat')}
            value={end}
            onChange={(e) => setEnd(e.currentTarget.value)}
            error={problem === 'invalidEnd' ? t('plans:invalidDate') : problem === 'endBeforeStart' ? t('plans:endBeforeStart') : problems.field('end')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={state.fetching} disabled={problem !== null || conflict}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
