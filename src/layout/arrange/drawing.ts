/**
 * The arrangement as it is drawn, in one view: symbol boxes, label boxes and
 * relation paths (trimmed at the symbols, as the renderer draws them), ready
 * for `measureReadability`.
 */
import type { Drawing, DrawnEdge } from '../readability/measures';
import { nodeExtent } from './candidates';
import { routePoints } from './scene';
import { viewOf } from './orientation';
import type { ArrangeInput, DatasetLayout, Orientation } from './types';

/** Symbol radius + 2: where a drawn relation starts and ends. */
export function trimOf(kind: Parameters<typeof nodeExtent>[0]): number {
  const x = nodeExtent(kind);
  return Math.max(-x.left, x.right, -x.top, x.bottom) + 2;
}

/** Cuts `a` units off the start and `b` off the end of a polyline. */
export function trimPolyline(p: ArrayLike<number>, a: number, b: number): number[] {
  const pts: number[] = Array.from(p);
  const cut = (from: number[], length: number): number[] => {
    let left = length;
    let i = 0;
    while (i + 3 < from.length) {
      const seg = Math.hypot(from[i + 2]! - from[i]!, from[i + 3]! - from[i + 1]!);
      if (seg > left) {
        const t = left / seg;
        const x = from[i]! + (from[i + 2]! - from[i]!) * t;
        const y = from[i + 1]! + (from[i + 3]! - from[i + 1]!) * t;
        return [x, y, ...from.slice(i + 2)];
      }
      left -= seg;
      i += 2;
    }
    return from.slice(-2);
  };
  const reverse = (q: number[]) => {
    const out: number[] = [];
    for (let i = q.length - 2; i >= 0; i -= 2) out.push(q[i]!, q[i + 1]!);
    return out;
  };
  return reverse(cut(reverse(cut(pts, a)), b));
}

export function drawingOf(input: ArrangeInput, layout: DatasetLayout, orientation: Orientation): Drawing {
  const view = viewOf(layout, orientation);
  const kind = new Map(input.nodes.map((n) => [n.id, n.kind]));
  const nodes = input.nodes.map((n) => {
    const p = view.positions[n.id]!;
    const x = nodeExtent(n.kind);
    return { id: n.id, box: { x0: p.x + x.left, y0: p.y + x.top, x1: p.x + x.right, y1: p.y + x.bottom } };
  });
  const labels = input.nodes.map((n) => {
    const p = view.positions[n.id]!;
    const b = view.labelPlacements[n.id]!.box;
    return { id: n.id, box: { x0: p.x + b.x0, y0: p.y + b.y0, x1: p.x + b.x1, y1: p.y + b.y1 } };
  });
  const edges: DrawnEdge[] = [];
  for (const e of input.edges) {
    const a = view.positions[e.source];
    const b = view.positions[e.target];
    const route = layout.edgeRoutes[e.id];
    if (!a || !b || !route) continue;
    // The bend is relative to the chord, so it turns with the view unchanged.
    const points = routePoints(a.x, a.y, b.x, b.y, route.bend);
    edges.push({
      id: e.id,
      source: e.source,
      target: e.target,
      points: trimPolyline(points, trimOf(kind.get(e.source)!), trimOf(kind.get(e.target)!)),
    });
  }
  return { nodes, labels, edges };
}
