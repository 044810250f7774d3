// The days an agenda is shown by: those with slots, and for an editor every day of the event
// (a new event has no slot yet, and each day gets its own "Add a slot").

/** Every day from `start` to `end` (`YYYY-MM-DD`), at most a year of them. */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  const day = new Date(`${start}T00:00:00Z`);
  const last = new Date(`${end}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || Number.isNaN(last.getTime())) return days;
  while (day <= last && days.length < 366) {
    days.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return days;
}

/** The agenda's days, plus the event's own days when `editable`, in order. */
export function agendaDays(days: readonly string[], start: string, end: string, editable: boolean): string[] {
  const all = new Set(days);
  if (editable) for (const day of daysBetween(start, end)) all.add(day);
  return [...all].sort();
}
