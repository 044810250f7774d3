// A step moved on the timeline (whole days) back to the precision its dates had: a step
// planned by month stays planned by month when it moves by whole months, and so on.
import { firstDay, lastDay } from './partialDate';
import { precisionOf } from './PartialDateField';

/** `day` (a first day, YYYY-MM-DD) at the precision of `before` when it is the first day of
 * such a unit (the 1st of a month, 1 January), else the day. */
export function startAtPrecision(before: string | null | undefined, day: string): string {
  const precision = before ? precisionOf(before) : null;
  if (precision === 'year' && firstDay(day.slice(0, 4)) === day) return day.slice(0, 4);
  if (precision !== 'day' && precision !== null && firstDay(day.slice(0, 7)) === day) return day.slice(0, 7);
  return day;
}

/** `day` (a last day) at the precision of `before` when it is the last day of such a unit. */
export function endAtPrecision(before: string | null | undefined, day: string): string {
  const precision = before ? precisionOf(before) : null;
  if (precision === 'year' && lastDay(day.slice(0, 4)) === day) return day.slice(0, 4);
  if (precision !== 'day' && precision !== null && lastDay(day.slice(0, 7)) === day) return day.slice(0, 7);
  return day;
}

/** The dates to send for a step with dates `before` moved to the days `start`–`end`: each at
 * the precision it had when the new range allows it; a date the step did not have stays
 * unset (a step with only an end keeps only an end). */
export function movedDates(before: { start?: string | null; end?: string | null }, start: string, end: string): { start: string | null; end: string | null } {
  const hasStart = Boolean(before.start);
  const hasEnd = Boolean(before.end);
  return {
    start: hasStart || !hasEnd ? startAtPrecision(before.start, start) : null,
    end: hasEnd || !hasStart ? endAtPrecision(before.end, end) : null,
  };
}
