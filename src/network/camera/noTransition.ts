/**
 * Stand-in for d3-transition, which d3-zoom imports only to cancel running d3
 * transitions (`interrupt`, and `selection.interrupt()` in zoom.transform).
 * The app never starts one: camera moves are eased by src/network/camera/animate.ts
 * with requestAnimationFrame. Aliased in vite.config.ts; it keeps about 4 kB
 * gzip out of the first view.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

// d3-transition adds this method to every selection; with no transitions it has nothing to stop.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function interruptNone(
  this: unknown,
) {
  return this;
};
