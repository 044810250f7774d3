import { describe, expect, it } from 'vitest';

import { agendaDays, daysBetween } from './days';

describe('agenda days', () => {
  it('lists every day of the event, across a month end', () => {
    expect(daysBetween('2027-01-30', '2027-02-01')).toEqual(['2027-01-30', '2027-01-31', '2027-02-01']);
    expect(daysBetween('2027-02-01', '2027-01-30')).toEqual([]);
    expect(daysBetween('', '')).toEqual([]);
  });

  it('adds the event’s days only for an editor, without repeating a day', () => {
    expect(agendaDays(['2027-02-02'], '2027-02-01', '2027-02-02', false)).toEqual(['2027-02-02']);
    expect(agendaDays(['2027-02-02', '2027-02-05'], '2027-02-01', '2027-02-02', true)).toEqual(['2027-02-01', '2027-02-02', '2027-02-05']);
  });
});
