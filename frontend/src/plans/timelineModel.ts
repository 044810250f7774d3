// The timeline's data and calendar arithmetic, apart from React: rows (objective headings and
// steps with unique numbers), the zoom levels, moving a date range by a unit, and the chart's
// span and scale. Dates are "YYYY-MM-DD" strings, counted in whole UTC days.
import { firstDay, lastDay } from './partialDate';
import { actionHeading } from './PlanTables';
import type { PlanAction } from './types';

/** A heading row: an objective, or (on a group's timeline) an organisation. */
export interface TimelineHeading {
  kind: 'heading';
  id: string;
  /** 1: the outermost grouping; 2: objectives inside an organisation. */
  level: 1 | 2;
  /** The objective's number, the first part of its steps' numbers ("2"); none for organisations. */
  number?: string;
  label: string;
}

/** A step row. */
export interface TimelineStep {
  kind: 'step';
  id: string;
  /** Unique in the plan: the objective's number, then the step's ("2.1", sub-step "2.1.1"). */
  number: string;
  title: string;
  /** 0 for a step, 1 for a sub-step. */
  depth: number;
  /** What it belongs to in words, for the table ("Objective #2 – …", "Adive · Objective #2 – …"). */
  context: string;
  /** Partial dates (YYYY, YYYY-MM or YYYY-MM-DD), as the API gives them. */
  start?: string | null;
  end?: string | null;
  baselineStart?: string | null;
  baselineEnd?: string | null;
  /** Whether the viewer may move it (with `Timeline`'s `onMove`). */
  movable?: boolean;
}

export type TimelineRow = TimelineHeading | TimelineStep;

/** What the timeline reads of an action (the plan page has more; a group's timeline asks for
 * no more). */
export type TimelineAction = Pick<PlanAction, 'id' | 'ref' | 'title' | 'position'> & {
  thematicArea?: { id: string } | null;
  steps: (Pick<PlanAction['steps'][number], 'id' | 'number' | 'parentId' | 'title' | 'start' | 'end' | 'baselineStart' | 'baselineEnd' | 'viewerCanUpdate'> & {
    viewerCanReplan?: boolean;
  })[];
};

/** The number an action's steps start with: its place in the plan, from 1. */
export const actionNumber = (action: Pick<PlanAction, 'position'>) => String(action.position + 1);

/** One plan's actions as rows: a heading per objective, then its steps. `context` prefixes the
 * steps' context (an organisation on a group's timeline); `level` is the headings' level. */
export function planTimelineRows(actions: TimelineAction[], { context = '', level = 1 }: { context?: string; level?: 1 | 2 } = {}): TimelineRow[] {
  return actions.flatMap((action): TimelineRow[] => {
    const number = actionNumber(action);
    const heading = actionHeading(action);
    return [
      { kind: 'heading', id: `action-${action.id}`, level, number, label: heading },
      ...action.steps.map(
        (step): TimelineStep => ({
          kind: 'step',
          id: step.id,
          number: `${number}.${step.number}`,
          title: step.title,
          depth: step.parentId ? 1 : 0,
          context: `${context}${heading}`,
          start: step.start,
          end: step.end,
          baselineStart: step.baselineStart,
          baselineEnd: step.baselineEnd,
          // Moving dates is re-planning where the API tells (`replanActionStep`).
          movable: step.viewerCanReplan ?? step.viewerCanUpdate,
        }),
      ),
    ];
  });
}

interface GroupPlan {
  id: string;
  organisation: { id: string; name: string; shortName?: string | null };
  actions: TimelineAction[];
}

/** A working group's timeline: per organisation, the objectives in the group's thematic area
 * (`thematicAreaId`) and their steps. Organisations without such an objective are left out. */
export function groupTimelineRows(plans: GroupPlan[], thematicAreaId: string): TimelineRow[] {
  return plans.flatMap((plan): TimelineRow[] => {
    const actions = plan.actions.filter((action) => action.thematicArea?.id === thematicAreaId);
    if (actions.length === 0) return [];
    const name = plan.organisation.shortName ?? plan.organisation.name;
    return [{ kind: 'heading', id: `plan-${plan.id}`, level: 1, label: plan.organisation.name }, ...planTimelineRows(actions, { context: `${name} · `, level: 2 })];
  });
}

// --- Calendar -------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 of a "YYYY-MM-DD". */
export const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
/** The "YYYY-MM-DD" of a day number. */
export const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `iso` moved by `months` calendar months; the last day of a month stays the last day when
 * `keepLast` (an end), other days are kept or cut to the month's length. */
export function addMonths(iso: string, months: number, keepLast = false): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const length = daysInMonth(year, month);
  const day = keepLast && d === daysInMonth(y, m) ? length : Math.min(d, length);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTHS: Partial<Record<Unit, number>> = { month: 1, quarter: 3, year: 12 };

/** `iso` moved by `count` units. */
export function shiftDate(iso: string, unit: Unit, count: number, keepLast = false): string {
  const months = MONTHS[unit];
  if (months) return addMonths(iso, months * count, keepLast);
  return isoOf(dayOf(iso) + count * (unit === 'week' ? 7 : 1));
}

export interface DayRange {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (included), YYYY-MM-DD. */
  end: string;
}

/** A range moved by `count` units: by days and weeks it keeps its length; by months a whole
 * month stays a whole month ("2019-04" → May). */
export function shiftRange(range: DayRange, unit: Unit, count: number): DayRange {
  return { start: shiftDate(range.start, unit, count), end: shiftDate(range.end, unit, count, true) };
}

/** The days of a pair of partial dates, from whichever of them is given; null without dates. */
export function rangeOf(start: string | null | undefined, end: string | null | undefined): DayRange | null {
  const from = firstDay(start || end || '');
  const to = lastDay(end || start || '');
  if (!from || !to) return null;
  return to < from ? { start: from, end: from } : { start: from, end: to };
}

/** The first day of the unit `iso` is in (weeks start on Monday). */
export function startOf(iso: string, unit: Unit): string {
  if (unit === 'day') return iso;
  if (unit === 'week') {
    const day = dayOf(iso);
    // 1970-01-01 was a Thursday: Monday is 3 days before.
    return isoOf(day - ((((day + 3) % 7) + 7) % 7));
  }
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const month = unit === 'year' ? 1 : unit === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

// --- Zoom -----------------------------------------------------------------------------------

export type Zoom = 'week' | 'month' | 'quarter' | 'year';
export const ZOOMS: Zoom[] = ['week', 'month', 'quarter', 'year'];

export interface ZoomScale {
  /** Pixels per day. */
  px: number;
  /** The columns of the scale. */
  tick: Unit;
  /** The band above the columns (months over weeks, years over months), if any. */
  band: Unit | null;
  /** What an arrow key moves a step by. */
  step: Unit;
  /** What a drag snaps to. */
  snap: Unit;
}

export const SCALES: Record<Zoom, ZoomScale> = {
  week: { px: 8, tick: 'week', band: 'month', step: 'week', snap: 'day' },
  month: { px: 3, tick: 'month', band: 'year', step: 'month', snap: 'week' },
  quarter: { px: 1.2, tick: 'quarter', band: 'year', step: 'quarter', snap: 'week' },
  year: { px: 0.4, tick: 'year', band: null, step: 'year', snap: 'month' },
};

/** Columns kept on each side of today: about 1,100 px at each zoom's scale. */
const TODAY_PAD: Record<Zoom, number> = { week: 20, month: 12, quarter: 10, year: 8 };

/** The chart's span: every range and today (with room around it), with one column to spare
 * on each side, from the start of a column. `end` is exclusive. */
export function spanOf(ranges: (DayRange | null)[], today: string, zoom: Zoom): { start: string; end: string } {
  const { tick } = SCALES[zoom];
  // Room on both sides of today for half a wide screen, so that today can sit in the middle
  // (and a zoom that keeps the middle day keeps today in view) even when every step is past.
  let first = shiftDate(today, tick, -TODAY_PAD[zoom]);
  let last = shiftDate(today, tick, TODAY_PAD[zoom]);
  for (const range of ranges) {
    if (!range) continue;
    if (range.start < first) first = range.start;
    if (range.end > last) last = range.end;
  }
  return { start: shiftDate(startOf(first, tick), tick, -1), end: shiftDate(startOf(last, tick), tick, 2) };
}

/** The starts of every `unit` from `start` (included, snapped back to the unit) to `end`. */
export function ticks(start: string, end: string, unit: Unit): string[] {
  const result: string[] = [];
  for (let date = startOf(start, unit); date < end; date = shiftDate(date, unit, 1)) result.push(date);
  return result;
}

/** The range a drag of `days` (fractional) moves to, snapped to the zoom's unit. */
export function dragged(range: DayRange, days: number, zoom: Zoom): DayRange {
  const { snap } = SCALES[zoom];
  if (snap === 'month') return shiftRange(range, 'month', Math.round(days / 30.44));
  if (snap === 'week') return shiftRange(range, 'week', Math.round(days / 7));
  return shiftRange(range, 'day', Math.round(days));
}

/** Today in the viewer's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
