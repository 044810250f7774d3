import { describe, expect, it } from 'vitest';

import { type JourneyInput, journeysOf, nextRoundAfter, stepCounts } from './model';

const leadership = { id: 'area-1', number: 1, title: 'City leadership' };
const outreach = { id: 'area-2', number: 2, title: 'Outreach' };
const baseline = { id: 'round-1', name: 'Baseline 2018', heldOn: '2018-09-01' };
const follow = { id: 'round-2', name: 'Follow-up 2020', heldOn: '2020-03-01' };

function input(overrides: Partial<JourneyInput> = {}): JourneyInput {
  return {
    organisationId: 'grdr',
    benchmarks: [{ id: 'b1', status: 'VALIDATED', round: baseline, needs: [outreach, leadership] }],
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

    // A need whose group the partner has not joined: nothing further is made up.
    expect(second?.need).toEqual(outreach);
    expect(second?.memberships).toEqual([]);
    expect(second?.proposals).toEqual([]);
    expect(second?.actions).toEqual([]);
  });

  it('says what the next round says: no benchmark yet, still a need, or no longer one', () => {
    expect(journeysOf(input({ rounds: [follow, baseline] }))[0]?.next).toEqual({ kind: 'notBenchmarked', round: follow });

    const later = { id: 'b2', status: 'DRAFT' as const, round: follow, needs: [outreach] };
    const journeys = journeysOf(input({ rounds: [follow, baseline], benchmarks: [later, ...input().benchmarks] }));
    // Oldest round first; the later benchmark's own needs have no round after them.
    expect(journeys.map((j) => [j.benchmark.id, j.need.id])).toEqual([
      ['b1', 'area-1'],
      ['b1', 'area-2'],
      ['b2', 'area-2'],
    ]);
    expect(journeys[0]?.next).toEqual({ kind: 'assessed', round: follow, status: 'DRAFT', stillANeed: false });
    expect(journeys[1]?.next).toEqual({ kind: 'assessed', round: follow, status: 'DRAFT', stillANeed: true });
    expect(journeys[2]?.next).toEqual({ kind: 'none' });
  });

  it('has no plan actions when the plan cannot be read', () => {
    const [first] = journeysOf(input({ plan: null }));
    expect(first?.plan).toBeNull();
    expect(first?.actions).toEqual([]);
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
