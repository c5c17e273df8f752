/** One batch of ticks of a large-graph layout, in the worker or on the main thread. */
import type { ForceLayout } from './forceCore';

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** Ticks for about `budgetMs` (at least one tick); true once settled. */
export function runBatch(layout: ForceLayout, budgetMs: number): boolean {
  const deadline = now() + budgetMs;
  let settled = layout.tick();
  while (!settled && now() < deadline) settled = layout.tick();
  return settled;
}
