import { describe, expect, it } from 'vitest';

import { ticks } from './BarChart';

describe('ticks', () => {
  it('runs from 0 to at least the largest figure in round whole steps', () => {
    expect(ticks(0)).toEqual([0, 1]);
    expect(ticks(3)).toEqual([0, 1, 2, 3]);
    expect(ticks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(ticks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(ticks(120)).toEqual([0, 50, 100, 150]);
  });
});
