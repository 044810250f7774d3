// Which feedback kinds a form offers and which one it starts with. The kinds themselves come
// from the API (`viewerFeedbackKinds` of the subject), decided by the server's policy.
import type { FeedbackKind, GlobalRole } from '../gql/graphql';

/** The kinds a form offers: a reply form offers every kind the viewer may post on the
 * subject; a form for a new top-level item leaves out REPLY (replies are made with the
 * "Reply" button of the item they answer). */
export function offeredKinds(kinds: readonly FeedbackKind[], reply: boolean): FeedbackKind[] {
  return reply ? [...kinds] : kinds.filter((kind) => kind !== 'REPLY');
}

/** The kind a form starts with, the viewer's own: a reply is a REPLY; an expert gives expert
 * feedback; everyone else (a city, the coordinator) asks a QUESTION; failing those, the first
 * kind offered. Null when nothing is offered. */
export function defaultFeedbackKind(offered: readonly FeedbackKind[], globalRole: GlobalRole | null | undefined, reply: boolean): FeedbackKind | null {
  if (reply && offered.includes('REPLY')) return 'REPLY';
  if (globalRole === 'EXPERT' && offered.includes('EXPERT_FEEDBACK')) return 'EXPERT_FEEDBACK';
  if (offered.includes('QUESTION')) return 'QUESTION';
  return offered[0] ?? null;
}
