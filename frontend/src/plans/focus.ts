// Where focus goes when an in-place editor closes: back to the control that opened it, once
// that control is on screen again (after a reload it may be a new element, or a new row).
import { type KeyboardEvent, useCallback, useEffect, useRef } from 'react';

/** The attribute that names a control focus may return to. */
export const FOCUS_ATTRIBUTE = 'data-focus-id';

/** Returns `focusLater(id)`: after the next renders, the element with `data-focus-id={id}`
 * gets the focus as soon as it exists (call it with a state change that re-renders). */
export function useReturnFocus(): (id: string) => void {
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (!target.current) return;
    const element = document.querySelector<HTMLElement>(`[${FOCUS_ATTRIBUTE}="${target.current.replace(/["\\]/g, '\\$&')}"]`);
    if (element) {
      element.focus();
      target.current = null;
    }
  });
  return useCallback((id: string) => {
    target.current = id;
  }, []);
}

/** Esc in an editor form cancels it, unless it closes an open drop-down first. */
export function cancelOnEscape(onCancel: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if ((event.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    onCancel();
  };
}
