import { describe, expect, it } from 'vitest';

import { dateProblem, firstDay, lastDay, parsePartialDate } from './partialDate';

describe('partial dates', () => {
  it('parses the three precisions and rejects the rest', () => {
    expect(parsePartialDate('2018')).toEqual({ year: 2018, month: undefined, day: undefined });
    expect(parsePartialDate('2019-03')).toEqual({ year: 2019, month: 3, day: undefined });
    expect(parsePartialDate('2019-03-29')).toEqual({ year: 2019, month: 3, day: 29 });
    for (const bad of ['', '18', '2019-3', '2019-13', '2019-02-29', 'March 2019']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
  });

  it('compares a start by its first day and an end by its last', () => {
    expect(firstDay('2019')).toBe('2019-01-01');
    expect(lastDay('2019')).toBe('2019-12-31');
    expect(lastDay('2020-02')).toBe('2020-02-29');
    expect(dateProblem('2019', '2019-01')).toBeNull();
    expect(dateProblem('2019-03-02', '2019-03-01')).toBe('endBeforeStart');
    expect(dateProblem('2019-3', '')).toBe('invalidStart');
  });
});
