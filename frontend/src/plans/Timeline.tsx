import 'frappe-gantt.css';

import { Text } from '@mantine/core';
import Gantt, { type GanttTask } from 'frappe-gantt';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { DataTable } from '../components/DataTable';
import { firstDay, lastDay } from './partialDate';
import type { PlanAction } from './types';

export interface TimelineRow {
  id: string;
  label: string;
  start?: string | null;
  end?: string | null;
  baselineStart?: string | null;
  baselineEnd?: string | null;
}

/** Steps of one or more plans as timeline rows (label prefixed for group timelines). */
export function timelineRows(actions: PlanAction[], prefix = ''): TimelineRow[] {
  return actions.flatMap((action) =>
    action.steps.map((step) => ({
      id: step.id,
      label: `${prefix}${step.number} ${step.title}`,
      start: step.start,
      end: step.end,
      baselineStart: step.baselineStart,
      baselineEnd: step.baselineEnd,
    })),
  );
}

function tasks(rows: TimelineRow[], baselineLabel: (label: string) => string): GanttTask[] {
  return rows.flatMap((row) => {
    const current = row.start && row.end ? { start: firstDay(row.start), end: lastDay(row.end) } : null;
    const baseline = row.baselineStart && row.baselineEnd ? { start: firstDay(row.baselineStart), end: lastDay(row.baselineEnd) } : null;
    const result: GanttTask[] = [];
    if (baseline?.start && baseline.end && (baseline.start !== current?.start || baseline.end !== current?.end)) {
      result.push({ id: `${row.id}-baseline`, name: baselineLabel(row.label), start: baseline.start, end: baseline.end, custom_class: 'bar-baseline' });
    }
    if (current?.start && current.end) {
      result.push({ id: row.id, name: row.label, start: current.start, end: current.end, custom_class: 'bar-current' });
    }
    return result;
  });
}

/** A Gantt chart of steps (current dates, and the baseline where it differs), with the same
 * data as a table for screen readers and printing. */
export function Timeline({ rows }: { rows: TimelineRow[] }) {
  const { t } = useTranslation('plans');
  const host = useRef<HTMLDivElement>(null);
  const ganttTasks = useMemo(() => tasks(rows, (label) => t('plans:baselineOf', { label })), [rows, t]);

  useEffect(() => {
    const element = host.current;
    if (!element || ganttTasks.length === 0) return;
    element.innerHTML = '';
    new Gantt(element, ganttTasks, { view_mode: 'Month', readonly: true, popup: false, today_button: false, scroll_to: 'start' });
    return () => {
      element.innerHTML = '';
    };
  }, [ganttTasks]);

  return (
    <>
      {ganttTasks.length === 0 ? (
        <Text c="dimmed">{t('plans:noDates')}</Text>
      ) : (
        <div ref={host} className="plan-gantt" aria-hidden="true" data-testid="gantt" />
      )}
      <DataTable
        testId="timeline-table"
        rows={rows}
        columns={[
          { header: t('plans:steps'), cell: (row) => row.label },
          { header: t('plans:start'), cell: (row) => row.start ?? '' },
          { header: t('plans:end'), cell: (row) => row.end ?? '' },
          { header: t('plans:baselineStart'), cell: (row) => row.baselineStart ?? '' },
          { header: t('plans:baselineEnd'), cell: (row) => row.baselineEnd ?? '' },
        ]}
      />
    </>
  );
}
