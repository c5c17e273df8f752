/**
 * The documented performance marks (README, "Performance marks"), set once per
 * page, and a way for parts the first picture does not need to wait for it.
 * Who waits is kept by the document's event listeners (an event of the mark's
 * name), not by a list in this module.
 */
export type MarkName =
  | 'alliance-network:rendered'
  | 'alliance-network:settled'
  /** A large graph's preview, drawn while its file is still being checked. */
  | 'alliance-network:preview';

export function hasMark(name: MarkName): boolean {
  return typeof performance !== 'undefined' && performance.getEntriesByName(name).length > 0;
}

export function markOnce(name: MarkName): void {
  if (typeof performance === 'undefined' || hasMark(name)) return;
  performance.mark(name);
  if (typeof document !== 'undefined') document.dispatchEvent(new Event(name));
}

/** Calls `listener` once the mark is set (at once if it already is). Returns an unsubscribe. */
export function whenMarked(name: MarkName, listener: () => void): () => void {
  if (hasMark(name)) {
    listener();
    return () => {};
  }
  if (typeof document === 'undefined') return () => {};
  const once = () => listener();
  document.addEventListener(name, once, { once: true });
  return () => document.removeEventListener(name, once);
}
