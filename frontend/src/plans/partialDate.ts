// PartialDate on the client: the same rules as the server's (crates/domain/src/partial_date.rs)
// for inline validation and for placing steps on the timeline.

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedPartialDate {
  year: number;
  month?: number;
  day?: number;
}

export function parsePartialDate(raw: string): ParsedPartialDate | null {
  const match = PATTERN.exec(raw.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? undefined : Number(m);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1) return null;
  }
  return { year, month, day };
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day the date can mean (how a start compares), as YYYY-MM-DD. */
export function firstDay(raw: string): string | null {
  const p = parsePartialDate(raw);
  if (!p) return null;
  return iso(new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1)));
}

/** The last day the date can mean (how an end compares), as YYYY-MM-DD. */
export function lastDay(raw: string): string | null {
  const p = parsePartialDate(raw);
  if (!p) return null;
  if (p.day !== undefined) return firstDay(raw);
  if (p.month !== undefined) return iso(new Date(Date.UTC(p.year, p.month, 0)));
  return iso(new Date(Date.UTC(p.year, 11, 31)));
}

/** An inline validation message key for a start/end pair, or null when they are fine. */
export function dateProblem(start: string, end: string): 'invalidStart' | 'invalidEnd' | 'endBeforeStart' | null {
  if (start.trim() && !parsePartialDate(start)) return 'invalidStart';
  if (end.trim() && !parsePartialDate(end)) return 'invalidEnd';
  const s = start.trim() ? firstDay(start) : null;
  const e = end.trim() ? lastDay(end) : null;
  if (s && e && e < s) return 'endBeforeStart';
  return null;
}
