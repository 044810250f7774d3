import { describe, expect, it } from 'vitest';

import { instantOf, wallClock } from './zonedTime';

describe('zoned time', () => {
  it('turns a wall-clock time in a zone into its instant and back, across DST', () => {
    expect(instantOf('2018-11-06T10:00', 'Europe/Berlin')?.toISOString()).toBe('2018-11-06T09:00:00.000Z');
    expect(instantOf('2019-07-01T10:00', 'Europe/Berlin')?.toISOString()).toBe('2019-07-01T08:00:00.000Z');
    expect(instantOf('2018-11-06T10:00', 'UTC')?.toISOString()).toBe('2018-11-06T10:00:00.000Z');
    expect(wallClock(new Date('2018-11-06T09:00:00Z'), 'Europe/Berlin')).toBe('2018-11-06T10:00');
    expect(wallClock(new Date('2018-11-06T09:00:00Z'), 'Europe/London')).toBe('2018-11-06T09:00');
  });

  it('refuses what is not a date and time', () => {
    expect(instantOf('', 'UTC')).toBeNull();
    expect(instantOf('2018-11-06', 'UTC')).toBeNull();
  });
});
