import type { KeyboardEvent } from 'react';

/** A form's key handler: Esc cancels the form, except while it closes an open list (a
 * select's or multi-select's dropdown), which takes that Esc for itself. */
export function cancelOnEscape(onCancel: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    const target = event.target as HTMLElement;
    if (target.getAttribute('aria-expanded') === 'true') return;
    onCancel();
  };
}
