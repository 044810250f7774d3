import { describe, expect, it } from 'vitest';

import { type JourneyInput, type JourneyScore, areaLevel, journeysOf, levelChange, nextRoundAfter, stepCounts } from './model';

const leadership = {
  id: 'area-1',
  number: 1,
  title: 'City leadership',
  benchmarkCells: [
    { keyActor: 'MUNICIPALITY' as const, dimension: 'LEADERSHIP_AND_INTERDEPARTMENTAL_WORK' as const },
    { keyActor: 'MUNICIPALITY' as const, dimension: 'SUPPORT_SERVICES' as const },
  ],
};
const outreach = { id: 'area-2', number: 2, title: 'Outreach', benchmarkCells: [] };
const score = (dimension: JourneyScore['dimension'], level: number | null): JourneyScore => ({ keyActor: 'MUNICIPALITY', dimension, level });
const baselineScores = [score('LEADERSHIP_AND_INTERDEPARTMENTAL_WORK', 1), score('SUPPORT_SERVICES', 2), score('INCLUSIVE_PROCUREMENT', 0)];
const baseline = { id: 'round-1', name: 'Baseline 2018', heldOn: '2018-09-01' };
const follow = { id: 'round-2', name: 'Follow-up 2020', heldOn: '2020-03-01' };

function input(overrides: Partial<JourneyInput> = {}): JourneyInput {
  return {
    organisationId: 'grdr',
    benchmarks: [{ id: 'b1', status: 'VALIDATED', round: baseline, needs: [outreach, leadership], scores: baselineScores }],
    rounds: [baseline],
    memberships: [
      {
        id: 'm1',
        role: 'LEARNING',
        participation: 'MANDATORY',
        workingGroup: {
          id: 'wg-1',
          title: 'City leadership',
          thematicArea: { id: 'area-1' },
          proposedActions: [
            { id: 'pa-1', title: 'Awareness raising', organisation: { id: 'grdr' } },
            { id: 'pa-2', title: 'Data collection', organisation: { id: 'uog' } },
          ],
        },
      },
    ],
    plan: {
      id: 'plan-1',
      stage: 'IMPLEMENTING',
      actions: [
        { id: 'a2', ref: 'Objective #2', title: 'Spread', position: 1, progress: 40, thematicArea: { id: 'area-1' }, proposedAction: null, steps: [] },
        { id: 'a1', ref: 'Objective #1', title: 'Sensibilise', position: 0, progress: 75, thematicArea: null, proposedAction: { id: 'pa-1' }, steps: [] },
        { id: 'a3', ref: 'Objective #3', title: 'Elsewhere', position: 2, progress: 0, thematicArea: { id: 'area-4' }, proposedAction: null, steps: [] },
      ],
    },
    ...overrides,
  };
}

describe('journeysOf', () => {
  it('follows each need to its group, the partner’s own proposals, and the plan actions of the area or grown from them', () => {
    const [first, second] = journeysOf(input());
    expect(first?.need).toEqual(leadership);
    expect(first?.memberships.map((m) => m.id)).toEqual(['m1']);
    expect(first?.proposals.map((p) => p.proposal.id)).toEqual(['pa-1']);
    expect(first?.actions.map((a) => [a.action.id, a.grewFrom?.id ?? null, a.sameArea])).toEqual([
      ['a1', 'pa-1', false],
      ['a2', null, true],
    ]);
    expect(first?.next).toEqual({ kind: 'none' });
    expect(first?.level).toEqual({ kind: 'measured', mean: 1.5, assessed: 2, cells: 2 });

    // A need whose group the partner has not joined: nothing further is made up.
    expect(second?.need).toEqual(outreach);
    expect(second?.memberships).toEqual([]);
    expect(second?.proposals).toEqual([]);
    expect(second?.actions).toEqual([]);
    expect(second?.level).toEqual({ kind: 'unmapped' });
  });

  it('says what the next round says: no benchmark yet, still a need, or no longer one', () => {
    expect(journeysOf(input({ rounds: [follow, baseline] }))[0]?.next).toEqual({ kind: 'notBenchmarked', round: follow });

    const later = { id: 'b2', status: 'DRAFT' as const, round: follow, needs: [outreach], scores: [score('LEADERSHIP_AND_INTERDEPARTMENTAL_WORK', 3), score('SUPPORT_SERVICES', null)] };
    const journeys = journeysOf(input({ rounds: [follow, baseline], benchmarks: [later, ...input().benchmarks] }));
    // Oldest round first; the later benchmark's own needs have no round after them.
    expect(journeys.map((j) => [j.benchmark.id, j.need.id])).toEqual([
      ['b1', 'area-1'],
      ['b1', 'area-2'],
      ['b2', 'area-2'],
    ]);
    // The level follows the area's cells into the next round: only the assessed one counts.
    expect(journeys[0]?.next).toEqual({
      kind: 'assessed',
      round: follow,
      status: 'DRAFT',
      stillANeed: false,
      level: { kind: 'measured', mean: 3, assessed: 1, cells: 2 },
    });
    expect(journeys[1]?.next).toEqual({ kind: 'assessed', round: follow, status: 'DRAFT', stillANeed: true, level: { kind: 'unmapped' } });
    expect(journeys[2]?.next).toEqual({ kind: 'none' });
  });

  it('has no plan actions when the plan cannot be read', () => {
    const [first] = journeysOf(input({ plan: null }));
    expect(first?.plan).toBeNull();
    expect(first?.actions).toEqual([]);
  });
});

describe('areaLevel', () => {
  const cells = leadership.benchmarkCells;

  it('is the mean of the area’s assessed cells, ignoring the others', () => {
    expect(areaLevel(cells, baselineScores)).toEqual({ kind: 'measured', mean: 1.5, assessed: 2, cells: 2 });
    expect(areaLevel(cells, [score('SUPPORT_SERVICES', 0)])).toEqual({ kind: 'measured', mean: 0, assessed: 1, cells: 2 });
  });

  it('says when no cell is chosen or none is assessed, rather than reporting 0', () => {
    expect(areaLevel([], baselineScores)).toEqual({ kind: 'unmapped' });
    expect(areaLevel(cells, [score('SUPPORT_SERVICES', null)])).toEqual({ kind: 'notAssessed', cells: 2 });
    expect(areaLevel(cells, [])).toEqual({ kind: 'notAssessed', cells: 2 });
  });

  it('gives a change only between two measured levels', () => {
    const from = areaLevel(cells, baselineScores);
    expect(levelChange(from, areaLevel(cells, [score('SUPPORT_SERVICES', 3)]))).toBe(1.5);
    expect(levelChange(from, { kind: 'notAssessed', cells: 2 })).toBeNull();
    expect(levelChange({ kind: 'unmapped' }, from)).toBeNull();
  });
});

describe('nextRoundAfter', () => {
  it('takes the round held next, whatever the order of the list', () => {
    expect(nextRoundAfter(baseline, [follow, baseline])).toEqual(follow);
    expect(nextRoundAfter(follow, [follow, baseline])).toBeNull();
  });
});

describe('stepCounts', () => {
  it('counts leaf steps by status, in the order a step goes through them', () => {
    expect(
      stepCounts([
        { id: 's1', status: 'NOT_STARTED' },
        { id: 's1.1', parentId: 's1', status: 'DONE' },
        { id: 's1.2', parentId: 's1', status: 'DELAYED' },
        { id: 's2', status: 'DONE' },
      ]),
    ).toEqual([
      { status: 'DELAYED', count: 1 },
      { status: 'DONE', count: 2 },
    ]);
  });
});
