/**
 * The documented performance marks (README, "Performance marks"), set once per
 * page, and a way for parts the first picture does not need to wait for it.
 */
export type MarkName = 'alliance-network:rendered' | 'alliance-network:settled';

const waiting = new Map<MarkName, Set<() => void>>();

export function hasMark(name: MarkName): boolean {
  return typeof performance !== 'undefined' && performance.getEntriesByName(name).length > 0;
}

export function markOnce(name: MarkName): void {
  if (typeof performance === 'undefined' || hasMark(name)) return;
  performance.mark(name);
  const listeners = waiting.get(name);
  waiting.delete(name);
  for (const l of listeners ?? []) l();
}

/** Calls `listener` once the mark is set (at once if it already is). Returns an unsubscribe. */
export function whenMarked(name: MarkName, listener: () => void): () => void {
  if (hasMark(name)) {
    listener();
    return () => {};
  }
  const set = waiting.get(name) ?? new Set();
  set.add(listener);
  waiting.set(name, set);
  return () => set.delete(listener);
}
