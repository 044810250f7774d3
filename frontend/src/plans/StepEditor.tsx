import { Alert, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { useFormat } from '../components/format';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { cancelOnEscape } from './focus';
import { UpdateStepMutation } from './mutations';
import { PartialDateField } from './PartialDateField';
import { StakeholdersField, stakeholderEntries, stakeholderInput } from './StakeholdersField';
import { dateProblem } from './partialDate';
import type { PlanStep } from './types';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const orNull = (text: string) => text.trim() || null;

interface StepEditorProps {
  step: PlanStep;
  /** The objective's heading, for the form's name. */
  objective: string;
  /** Saved: close and reload. */
  onDone: () => void;
  /** Closed without saving (Cancel or Esc). */
  onCancel: () => void;
  /** Asks the page to reload the plan (after a conflict). */
  onReload: () => void;
  /** The plan is agreed: its dates move only by re-planning, with a reason, so the editor
   * shows them without changing them (the API refuses a date change here: REPLAN_REQUIRED). */
  datesLocked?: boolean;
}

/** Inline editing of one step row, every printed field: keyboard friendly (Esc cancels),
 * dates checked as you type, and a clear message when someone else saved the step first. */
export function StepEditor({ step, objective, onDone, onCancel, onReload, datesLocked = false }: StepEditorProps) {
  const { t } = useTranslation(['plans', 'common']);
  const format = useFormat();
  const [reference, setReference] = useState(step.ref ?? '');
  const [title, setTitle] = useState(step.title);
  const [stakeholders, setStakeholders] = useState(() => stakeholderEntries(step));
  const [stakeholdersText, setStakeholdersText] = useState(step.stakeholdersText ?? '');
  const [factors, setFactors] = useState(step.successFactors.join('\n'));
  const [factorsText, setFactorsText] = useState(step.successFactorsText ?? '');
  const [start, setStart] = useState(step.start ?? '');
  const [end, setEnd] = useState(step.end ?? '');
  const [startText, setStartText] = useState(step.startText ?? '');
  const [endText, setEndText] = useState(step.endText ?? '');
  const problems = useMutationProblems({
    ref: t('plans:reference'),
    title: t('plans:stepTitle'),
    stakeholderEntries: t('plans:stakeholders'),
    stakeholdersText: t('plans:stakeholdersText'),
    successFactors: t('plans:successFactors'),
    successFactorsText: t('plans:successFactorsText'),
    start: t('plans:start'),
    end: t('plans:end'),
    startText: t('plans:startText'),
    endText: t('plans:endText'),
  });
  const [conflict, setConflict] = useState(false);
  const [state, updateStep] = useMutation(UpdateStepMutation);
  const problem = dateProblem(start, end);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (problem) return;
    const result = await updateStep({
      input: {
        id: step.id,
        expectedVersion: step.version,
        step: {
          ref: orNull(reference),
          title,
          stakeholderEntries: stakeholderInput(stakeholders),
          stakeholdersText: orNull(stakeholdersText),
          successFactors: lines(factors),
          successFactorsText: orNull(factorsText),
          start: orNull(start),
          end: orNull(end),
          startText: orNull(startText),
          endText: orNull(endText),
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
    <form
      onSubmit={(e) => void save(e)}
      onKeyDown={cancelOnEscape(onCancel)}
      aria-label={t('plans:editStepOf', { number: step.number, objective })}
    >
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
        <Group align="flex-start">
          <TextInput
            ref={first}
            label={t('plans:stepTitle')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={problems.field('title')}
            style={{ flex: 3 }}
          />
          <TextInput
            label={t('plans:reference')}
            description={t('plans:stepReferenceHint')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={problems.field('ref')}
            style={{ flex: 1 }}
          />
        </Group>
        <Group grow align="flex-start">
          <Stack gap="xs">
            <StakeholdersField value={stakeholders} onChange={setStakeholders} error={problems.field('stakeholderEntries')} />
            <TextInput
              label={t('plans:stakeholdersText')}
              description={t('plans:printedCellHint')}
              value={stakeholdersText}
              onChange={(e) => setStakeholdersText(e.currentTarget.value)}
              error={problems.field('stakeholdersText')}
            />
          </Stack>
          <Stack gap="xs">
            <Textarea
              label={t('plans:successFactors')}
              description={t('plans:onePerLine')}
              autosize
              minRows={2}
              value={factors}
              onChange={(e) => setFactors(e.currentTarget.value)}
              error={problems.field('successFactors')}
            />
            <TextInput
              label={t('plans:successFactorsText')}
              description={t('plans:printedCellHint')}
              value={factorsText}
              onChange={(e) => setFactorsText(e.currentTarget.value)}
              error={problems.field('successFactorsText')}
            />
          </Stack>
        </Group>
        {datesLocked ? (
          <Text size="sm" data-testid="step-dates-locked">
            {t('plans:replan.datesLocked', {
              start: step.start ? format.partialDate(step.start) : t('plans:replan.noDate'),
              end: step.end ? format.partialDate(step.end) : t('plans:replan.noDate'),
            })}
          </Text>
        ) : (
          <Group grow align="flex-start">
            <Stack gap="xs">
              <PartialDateField
                label={t('plans:start')}
                pickLabel={t('plans:pickStart')}
                precisionLabel={t('plans:startPrecision')}
                value={start}
                onChange={(value) => {
                  setStart(value);
                  // A new date replaces the printed wording of the old one.
                  setStartText('');
                }}
                error={problem === 'invalidStart' ? t('plans:invalidDate') : problems.field('start')}
              />
              <TextInput
                label={t('plans:startText')}
                description={t('plans:printedDateHint')}
                value={startText}
                onChange={(e) => setStartText(e.currentTarget.value)}
                error={problems.field('startText')}
              />
            </Stack>
            <Stack gap="xs">
              <PartialDateField
                label={t('plans:end')}
                pickLabel={t('plans:pickEnd')}
                precisionLabel={t('plans:endPrecision')}
                value={end}
                onChange={(value) => {
                  setEnd(value);
                  setEndText('');
                }}
                error={problem === 'invalidEnd' ? t('plans:invalidDate') : problem === 'endBeforeStart' ? t('plans:endBeforeStart') : problems.field('end')}
              />
              <TextInput
                label={t('plans:endText')}
                description={t('plans:printedDateHint')}
                value={endText}
                onChange={(e) => setEndText(e.currentTarget.value)}
                error={problems.field('endText')}
              />
            </Stack>
          </Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
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
