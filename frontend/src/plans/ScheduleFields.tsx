// A step's start and end, side by side: the pair that adding a step to an agreed plan and
// re-planning one both ask for, with the same checks and messages.
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { dateProblem } from './partialDate';
import { PartialDateField } from './PartialDateField';

interface ScheduleFieldsProps {
  start: string;
  end: string;
  onStart: (value: string) => void;
  onEnd: (value: string) => void;
  /** What `dateProblem(start, end)` finds, shown at the field it concerns. */
  problem: ReturnType<typeof dateProblem>;
  /** The server's refusals (`useMutationProblems`): its message for `start` or `end`. */
  problems: { field: (name: string) => string | undefined };
}

/** Start and end fields of a step, each with its own message (checked as typed, or refused). */
export function ScheduleFields({ start, end, onStart, onEnd, problem, problems }: ScheduleFieldsProps) {
  const { t } = useTranslation('plans');
  return (
    <Group grow align="flex-start">
      <PartialDateField
        label={t('plans:start')}
        pickLabel={t('plans:pickStart')}
        precisionLabel={t('plans:startPrecision')}
        value={start}
        onChange={onStart}
        error={problem === 'invalidStart' ? t('plans:invalidDate') : problems.field('start')}
      />
      <PartialDateField
        label={t('plans:end')}
        pickLabel={t('plans:pickEnd')}
        precisionLabel={t('plans:endPrecision')}
        value={end}
        onChange={onEnd}
        error={problem === 'invalidEnd' ? t('plans:invalidDate') : problem === 'endBeforeStart' ? t('plans:endBeforeStart') : problems.field('end')}
      />
    </Group>
  );
}
