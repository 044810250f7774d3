import { describe, expect, it } from 'vitest';

import { endAtPrecision, movedDates, startAtPrecision } from './replanDates';

describe('movedDates', () => {
  it('keeps months when the step moved by whole months', () => {
    expect(movedDates({ start: '2019-04', end: '2019-05' }, '2019-05-01', '2019-06-30')).toEqual({ start: '2019-05', end: '2019-06' });
  });

  it('falls back to days when the new range does not cover whole months', () => {
    expect(movedDates({ start: '2019-04', end: '2019-05' }, '2019-04-08', '2019-06-07')).toEqual({ start: '2019-04-08', end: '2019-06-07' });
  });

  it('keeps years when the step moved by whole years', () => {
    expect(movedDates({ start: '2019', end: '2020' }, '2020-01-01', '2021-12-31')).toEqual({ start: '2020', end: '2021' });
    // A year moved by a month is whole months.
    expect(movedDates({ start: '2019', end: '2019' }, '2019-02-01', '2020-01-31')).toEqual({ start: '2019-02', end: '2020-01' });
  });

  it('keeps days as days, and leaves a missing date unset', () => {
    expect(movedDates({ start: '2019-04-01', end: '2019-04-30' }, '2019-05-01', '2019-05-31')).toEqual({ start: '2019-05-01', end: '2019-05-31' });
    expect(movedDates({ start: null, end: '2019-04' }, '2019-05-01', '2019-05-31')).toEqual({ start: null, end: '2019-05' });
    expect(movedDates({ start: '2019-04', end: null }, '2019-05-01', '2019-05-31')).toEqual({ start: '2019-05', end: null });
  });

  it('checks each date on its own', () => {
    expect(startAtPrecision('2019-04', '2019-05-02')).toBe('2019-05-02');
    expect(endAtPrecision('2019-04', '2019-02-28')).toBe('2019-02');
    expect(endAtPrecision('2020-02', '2020-02-28')).toBe('2020-02-28');
  });
});
