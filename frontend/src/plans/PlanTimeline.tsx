import { Select } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../components/format';
import { type MoveStep, type TimelineRow, Timeline } from './Timeline';

interface Baseline {
  number: number;
  setAt: string;
  steps: readonly { stepId?: string | null; start?: string | null; end?: string | null }[];
}

/** The rows with the dates of `baseline` as their baseline (a step it did not have has none). */
export function withBaseline(rows: TimelineRow[], baseline: Baseline): TimelineRow[] {
  const dates = new Map(baseline.steps.filter((step) => step.stepId).map((step) => [step.stepId as string, step]));
  return rows.map((row) => {
    if (row.kind !== 'step') return row;
    const then = dates.get(row.id);
    return { ...row, baselineStart: then?.start ?? null, baselineEnd: then?.end ?? null };
  });
}

interface PlanTimelineProps {
  rows: TimelineRow[];
  baselines: readonly Baseline[];
  onMove?: MoveStep;
  today?: string;
}

/** A plan's timeline; with two baselines or more, "Compare with" picks the one its hatched
 * bars and baseline columns show (the latest by default). */
export function PlanTimeline({ rows, baselines, onMove, today }: PlanTimelineProps) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const latest = baselines.at(-1)?.number ?? null;
  const [chosen, setChosen] = useState<number | null>(null);
  const compared = baselines.find((baseline) => baseline.number === (chosen ?? latest));
  const shown = useMemo(() => (compared && baselines.length >= 2 ? withBaseline(rows, compared) : rows), [rows, compared, baselines.length]);
  return (
    <>
      {baselines.length >= 2 && (
        <Select
          label={t('plans:baseline.compare')}
          mb="sm"
          maw={360}
          allowDeselect={false}
          data-testid="compare-baseline"
          value={String(chosen ?? latest)}
          onChange={(value) => value && setChosen(Number(value))}
          data={baselines.map((baseline) => ({
            value: String(baseline.number),
            label: t(baseline.number === latest ? 'plans:baseline.optionCurrent' : 'plans:baseline.option', {
              number: baseline.number,
              date: format.day(baseline.setAt.slice(0, 10)),
            }),
          }))}
        />
      )}
      <Timeline
        rows={shown}
        onMove={onMove}
        today={today}
        baselineLabel={compared && baselines.length >= 2 ? t('plans:chart.baselineNumber', { number: compared.number }) : undefined}
      />
    </>
  );
}
