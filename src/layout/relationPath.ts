/** The drawn path of a relation: between the rims of its two symbols, room left for the arrowhead. */
import type { NodeKind } from '../data/kinds';
import { trimOf } from './arrange/drawing';
import { routePath } from './geometry';
import type { Point } from './geometry';

/** Length of an arrowhead (the SVG marker's size, in layout units). */
export const ARROW_PX = 7;

/**
 * `bend`: the arrangement's route (0 straight; else the curve's midpoint lies
 * bend × length off the chord, see src/layout/arrange).
 */
export function relationPath(
  a: Point & { kind: NodeKind },
  b: Point & { kind: NodeKind },
  directed: boolean,
  bend: number,
): string {
  return routePath(a, b, bend, trimOf(a.kind), trimOf(b.kind) + (directed ? ARROW_PX : 0));
}
