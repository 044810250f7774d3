import { describe, expect, it } from 'vitest';

import { TRANSFERS } from './fixtures';
import { type Transfer, actionLink, cityName, namedTransfers, stepCounts } from './model';

describe('transfer model', () => {
  it('counts the leaf steps that count, and those done', () => {
    // s2 has sub-steps (not a leaf); s3 is cancelled.
    expect(stepCounts((TRANSFERS[0] as Transfer).action.steps)).toEqual({ done: 2, total: 3 });
    expect(stepCounts([])).toEqual({ done: 0, total: 0 });
  });

  it('links to the action’s progress once monitored, else to its objective', () => {
    expect(actionLink('p', 'IMPLEMENTING', 'a')).toBe('/plans/p#action-progress-a');
    expect(actionLink('p', 'DRAFT', 'a')).toBe('/plans/p#action-practices-a');
  });

  it('names a city by its short name', () => {
    expect(cityName({ name: 'City of Munich', shortName: 'Munich' })).toBe('Munich');
    expect(cityName({ name: 'Adive', shortName: null })).toBe('Adive');
    expect(cityName(null)).toBeNull();
  });

  it('leaves out the links whose practice the API does not name', () => {
    expect(namedTransfers([...TRANSFERS, { ...TRANSFERS[1], goodPractice: null } as unknown as Transfer])).toEqual(TRANSFERS);
    expect(namedTransfers(undefined)).toEqual([]);
  });
});
