/**
 * Focus that returns somewhere sensible when the control that had it goes
 * away (a panel closes, the story ends, presentation mode hides the header):
 * never to the page itself, where the next Tab would start at the top.
 */

type Focusable = HTMLElement | SVGElement;

/** Whether focus is nowhere in particular: on the page itself, or on an element no longer in it. */
export function focusIsLost(doc: Document = document): boolean {
  const active = doc.activeElement;
  return !active || active === doc.body || active === doc.documentElement || !active.isConnected;
}

/** Focuses the first candidate that takes focus (in the page, shown, focusable); true if one did. */
export function focusFirst(candidates: ReadonlyArray<Element | null | undefined>): boolean {
  for (const el of candidates) {
    if (!el || !el.isConnected || !('focus' in el)) continue;
    (el as Focusable).focus({ preventScroll: true });
    if (el.ownerDocument.activeElement === el) return true;
  }
  return false;
}
