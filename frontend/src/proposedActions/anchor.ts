/** The id of a proposed action's card on its group's "ask the expert" board, so that a link
 * (`/working-groups/<id>#<anchor>`) leads to it. */
export function proposedActionAnchor(id: string): string {
  return `proposed-action-${id}`;
}
