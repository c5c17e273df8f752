/**
 * Writes layout positions straight into the SVG: called when the layout moves
 * (a drag, a turn of the view) and after React commits, so React never
 * re-renders for movement.
 */
import type { GraphEdge } from '../../data/schema';
import { EDGE_KINDS } from '../../data/kinds';
import { trimOf } from '../../layout/arrange/drawing';
import { routePath } from '../../layout/geometry';
import type { LayoutEngine } from '../../layout/simulation';

export interface DrawnElements {
  nodes: Map<string, SVGGElement>;
  edges: Map<string, { group: SVGGElement; edge: GraphEdge }>;
}

const ARROW_PX = 7;

export function applyPositions(
  layout: LayoutEngine,
  drawn: DrawnElements,
  bend: (edgeId: string) => number,
): void {
  for (const [id, el] of drawn.nodes) {
    const n = layout.position(id);
    if (!n) continue;
    el.setAttribute('transform', `translate(${round(n.x ?? 0)},${round(n.y ?? 0)})`);
  }
  for (const { group, edge } of drawn.edges.values()) {
    const a = layout.position(edge.source);
    const b = layout.position(edge.target);
    if (!a || !b) continue;
    const trimStart = trimOf(a.kind);
    const trimEnd = trimOf(b.kind) + (EDGE_KINDS[edge.kind].directed ? ARROW_PX : 0);
    const d = routePath(
      { x: a.x ?? 0, y: a.y ?? 0 },
      { x: b.x ?? 0, y: b.y ?? 0 },
      bend(edge.id),
      trimStart,
      trimEnd,
    );
    for (const path of group.children) path.setAttribute('d', d);
  }
}

function round(v: number) {
  return Math.round(v * 10) / 10;
}
