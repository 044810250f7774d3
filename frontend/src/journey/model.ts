// A partner's learning journey, derived from what the API returns (no field of its own):
// for each need of each of its benchmarks (a thematic area), the working groups of that area
// it is a member of, the actions it proposed there, the plan actions of that area or grown
// from those proposals, their progress, and whether the next round still marks the area as a
// need, with the partner's level in the area in each round (the mean of the benchmark cells
// chosen to measure the area). Pure functions, shared by the partner page and the
// coordinator's network table.
import type { BenchmarkCell } from '../components/BenchmarkMatrix';
import type { ActionPlanStage, BenchmarkStatus, MembershipRole, Participation, StepStatus } from '../gql/graphql';
import { STEP_STATUSES } from '../components/status';

export type Cell = BenchmarkCell;

export interface Area {
  id: string;
  number: number;
  title: string;
  /** The cells that measure the area (none chosen: no level). */
  benchmarkCells: Cell[];
}

export interface JourneyScore extends Cell {
  level?: number | null;
}

export interface Round {
  id: string;
  name: string;
  heldOn: string;
}

export interface JourneyBenchmark {
  id: string;
  status: BenchmarkStatus;
  round: Round;
  needs: Area[];
  scores: JourneyScore[];
}

export interface JourneyProposal {
  id: string;
  title: string;
  organisation: { id: string };
}

export interface JourneyGroup {
  id: string;
  title: string;
  thematicArea: { id: string };
  proposedActions: JourneyProposal[];
}

export interface JourneyMembership {
  id: string;
  role: MembershipRole;
  participation: Participation;
  workingGroup: JourneyGroup;
}

export interface JourneyStep {
  id: string;
  parentId?: string | null;
  status: StepStatus;
}

export interface JourneyAction {
  id: string;
  ref?: string | null;
  title?: string | null;
  position: number;
  progress?: number | null;
  thematicArea?: { id: string } | null;
  proposedAction?: { id: string } | null;
  steps: JourneyStep[];
}

export interface JourneyPlan {
  id: string;
  stage: ActionPlanStage;
  actions: JourneyAction[];
}

/** What the next benchmark round says about the need. */
export type NextRound =
  /** No round was held after this benchmark's. */
  | { kind: 'none' }
  /** A later round exists, but the partner has no benchmark in it (that the viewer may read). */
  | { kind: 'notBenchmarked'; round: Round }
  /** The partner's benchmark in the next round, and whether it still marks the area. */
  | { kind: 'assessed'; round: Round; status: BenchmarkStatus; stillANeed: boolean; level: AreaLevel };

/** A partner's level in a thematic area in one benchmark. */
export type AreaLevel =
  /** Nobody chose the cells that measure the area. */
  | { kind: 'unmapped' }
  /** None of the area's cells has a level in this benchmark. */
  | { kind: 'notAssessed'; cells: number }
  /** The mean level (0–3) of the area's cells that have one. */
  | { kind: 'measured'; mean: number; assessed: number; cells: number };

/** A plan action on the journey, and why it is on it. */
export interface LinkedAction {
  action: JourneyAction;
  /** It grew from one of the partner's proposals in the area's group. */
  grewFrom: JourneyProposal | null;
  /** Its thematic area is the need's. */
  sameArea: boolean;
}

export interface NeedJourney {
  /** Unique per benchmark and need. */
  key: string;
  benchmark: JourneyBenchmark;
  need: Area;
  /** The partner's memberships of groups working on the need's area. */
  memberships: JourneyMembership[];
  /** What the partner proposed in those groups, with the group. */
  proposals: { proposal: JourneyProposal; group: JourneyGroup }[];
  /** The partner's plan, if the viewer may read it. */
  plan: JourneyPlan | null;
  actions: LinkedAction[];
  /** The partner's level in the need's area in this benchmark. */
  level: AreaLevel;
  next: NextRound;
}

export interface JourneyInput {
  organisationId: string;
  /** The partner's benchmarks (any order). */
  benchmarks: JourneyBenchmark[];
  /** Every benchmarking round (any order). */
  rounds: Round[];
  memberships: JourneyMembership[];
  plan: JourneyPlan | null;
}

/** The mean level of the area's cells in a benchmark's scores; cells without a level are left
 * out of the mean, and say so through `assessed`. */
export function areaLevel(cells: Cell[], scores: JourneyScore[]): AreaLevel {
  if (cells.length === 0) return { kind: 'unmapped' };
  const levels = cells
    .map((cell) => scores.find((s) => s.keyActor === cell.keyActor && s.dimension === cell.dimension)?.level)
    .filter((level): level is number => typeof level === 'number');
  if (levels.length === 0) return { kind: 'notAssessed', cells: cells.length };
  const mean = levels.reduce((sum, level) => sum + level, 0) / levels.length;
  return { kind: 'measured', mean, assessed: levels.length, cells: cells.length };
}

/** How the level moved from one round to the next, when both are measured. */
export function levelChange(from: AreaLevel, to: AreaLevel): number | null {
  if (from.kind !== 'measured' || to.kind !== 'measured') return null;
  return to.mean - from.mean;
}

/** Rounds in the order they were held (ties by name, so the order is stable). */
export function byHeldOn<T extends { heldOn: string; name: string }>(a: T, b: T): number {
  return a.heldOn.localeCompare(b.heldOn) || a.name.localeCompare(b.name);
}

/** The round held after `round`, if any. */
export function nextRoundAfter(round: Round, rounds: Round[]): Round | null {
  const sorted = [...rounds].sort(byHeldOn);
  const index = sorted.findIndex((r) => r.id === round.id);
  if (index >= 0) return sorted[index + 1] ?? null;
  return sorted.find((r) => byHeldOn(r, round) > 0) ?? null;
}

/** The journey of every need of every benchmark: oldest round first, needs by area number. */
export function journeysOf({ organisationId, benchmarks, rounds, memberships, plan }: JourneyInput): NeedJourney[] {
  const ordered = [...benchmarks].sort((a, b) => byHeldOn(a.round, b.round));
  const journeys: NeedJourney[] = [];
  for (const benchmark of ordered) {
    const after = nextRoundAfter(benchmark.round, rounds);
    const later = after ? benchmarks.find((b) => b.round.id === after.id) : undefined;
    const needs = [...benchmark.needs].sort((a, b) => a.number - b.number);
    for (const need of needs) {
      const inArea = memberships.filter((m) => m.workingGroup.thematicArea.id === need.id);
      const proposals = inArea.flatMap((m) =>
        m.workingGroup.proposedActions.filter((p) => p.organisation.id === organisationId).map((proposal) => ({ proposal, group: m.workingGroup })),
      );
      const actions: LinkedAction[] = [];
      for (const action of [...(plan?.actions ?? [])].sort((a, b) => a.position - b.position)) {
        const grewFrom = proposals.find((p) => p.proposal.id === action.proposedAction?.id)?.proposal ?? null;
        const sameArea = action.thematicArea?.id === need.id;
        if (grewFrom || sameArea) actions.push({ action, grewFrom, sameArea });
      }
      let next: NextRound = { kind: 'none' };
      if (after && later)
        next = {
          kind: 'assessed',
          round: after,
          status: later.status,
          stillANeed: later.needs.some((n) => n.id === need.id),
          level: areaLevel(need.benchmarkCells, later.scores),
        };
      else if (after) next = { kind: 'notBenchmarked', round: after };
      const level = areaLevel(need.benchmarkCells, benchmark.scores);
      journeys.push({ key: `${benchmark.id}:${need.id}`, benchmark, need, memberships: inArea, proposals, plan, actions, level, next });
    }
  }
  return journeys;
}

/** How many of an action's leaf steps (those without sub-steps, as its progress counts them)
 * are in each status, in the order a step goes through them; statuses with none left out. */
export function stepCounts(steps: JourneyStep[]): { status: StepStatus; count: number }[] {
  const parents = new Set(steps.map((s) => s.parentId).filter(Boolean));
  const leaves = steps.filter((s) => !parents.has(s.id));
  return STEP_STATUSES.map((status) => ({ status, count: leaves.filter((s) => s.status === status).length })).filter((c) => c.count > 0);
}

/** Whether progress is reported on the plan in this stage (it is from IMPLEMENTING on). */
export function isMonitored(stage: ActionPlanStage): boolean {
  return stage === 'IMPLEMENTING' || stage === 'COMPLETED';
}
