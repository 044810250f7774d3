// How the transfer views name cities and practices, count an action's steps and link to it.
import type { PracticeTransfersQuery } from '../gql/graphql';
import { actionProgressAnchor } from '../plans/actionHeading';

type ReportedTransfer = PracticeTransfersQuery['report']['practiceTransfers'][number];

/** One link of a practice to a plan action, as the transfer views show it. */
export type Transfer = ReportedTransfer & { goodPractice: NonNullable<ReportedTransfer['goodPractice']> };

/** The links whose practice the API names (the schema lets `goodPractice` be null). */
export function namedTransfers(rows: readonly ReportedTransfer[] | null | undefined): Transfer[] {
  return (rows ?? []).filter((row): row is Transfer => !!row.goodPractice);
}

/** A city (an organisation) as the transfer views name it: its short name, else its name. */
export function cityName(organisation: { name: string; shortName?: string | null } | null | undefined): string | null {
  return organisation ? (organisation.shortName ?? organisation.name) : null;
}

/** The id of an objective's practices on its plan's editor tab, so that a link
 * (`/plans/<id>#<anchor>`) scrolls to it. */
export function practicesAnchor(actionId: string): string {
  return `action-practices-${actionId}`;
}

/** Where an adopting action is shown: its progress once the plan is monitored, else its
 * objective on the plan's editor. */
export function actionLink(planId: string, stage: string, actionId: string): string {
  const monitored = stage === 'IMPLEMENTING' || stage === 'COMPLETED';
  return `/plans/${planId}#${monitored ? actionProgressAnchor(actionId) : practicesAnchor(actionId)}`;
}

/** An action's leaf steps that count (not CANCELLED) and how many of them are DONE: the
 * steps its progress averages. */
export function stepCounts(steps: readonly { id: string; parentId?: string | null; status: string }[]): { done: number; total: number } {
  const parents = new Set(steps.map((s) => s.parentId).filter(Boolean));
  const leaves = steps.filter((s) => !parents.has(s.id) && s.status !== 'CANCELLED');
  return { done: leaves.filter((s) => s.status === 'DONE').length, total: leaves.length };
}

/** A stable key for one link of a practice to an action. */
export function transferKey(transfer: Transfer): string {
  return `${transfer.goodPractice.id}|${transfer.action.id}`;
}
