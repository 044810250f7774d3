// How an action is named and found on its plan's page, for pages that link to it without
// loading the plan editor.

/** "Objective #1 – Title", as the report prints an action's heading. */
export function actionHeading(action: { ref?: string | null; title?: string | null; position: number }): string {
  return [action.ref, action.title].filter(Boolean).join(' – ') || `#${action.position + 1}`;
}

/** The id of an action's section on the plan's progress tab, so that a link
 * (`/plans/<id>#<anchor>`) opens that tab and scrolls to it. */
export function actionProgressAnchor(id: string): string {
  return `action-progress-${id}`;
}
