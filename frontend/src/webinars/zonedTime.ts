// A wall-clock time in an IANA time zone ("2018-11-06T10:00" in "Europe/Berlin") and the
// instant it names, both ways, through Intl (no time-zone library).

/** The wall-clock time of `instant` in `timeZone`, as "YYYY-MM-DDTHH:mm". */
export function wallClock(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const asUtc = (local: string) => Date.parse(`${local}:00Z`);

/** The instant that `local` ("YYYY-MM-DDTHH:mm") is in `timeZone`, or null when `local` is
 * not such a time. */
export function instantOf(local: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const target = asUtc(local);
  if (Number.isNaN(target)) return null;
  // Move a guess by the zone's offset until its wall clock reads `local` (twice covers DST).
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const diff = asUtc(wallClock(new Date(guess), timeZone)) - target;
    if (diff === 0) break;
    guess -= diff;
  }
  return new Date(guess);
}

/** The IANA time zones the browser knows (a short list where it cannot tell). */
export function timeZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone');
  const zones = supported && supported.length > 0 ? [...supported] : ['Europe/Berlin', 'Europe/Paris', 'Europe/Rome', 'Europe/Madrid', 'Europe/London'];
  if (!zones.includes('UTC')) zones.push('UTC');
  return zones;
}
