/** The drawn path of a relation: between the rims of its two symbols, room left for the arrowhead. */
import type { NodeKind } from '../data/kinds';
import { edgePath } from './geometry';
import type { Point } from './geometry';
import { symbolRadius } from './nodeBox';

/** Length of an arrowhead (the SVG marker's size, in layout units). */
export const ARROW_PX = 7;

export function relationPath(
  a: Point & { kind: NodeKind },
  b: Point & { kind: NodeKind },
  directed: boolean,
  bend: number,
): string {
  const trimStart = symbolRadius(a.kind) + 2;
  const trimEnd = symbolRadius(b.kind) + 2 + (directed ? ARROW_PX : 0);
  return edgePath(a, b, bend, trimStart, trimEnd);
}
