/**
 * Writes layout positions straight into the SVG: called on every simulation
 * tick and after React commits, so React never re-renders for movement.
 */
import type { GraphEdge } from '../../data/schema';
import { EDGE_KINDS } from '../../data/kinds';
import { edgePath } from '../../layout/geometry';
import { symbolRadius } from '../../layout/nodeBox';
import type { LayoutEngine } from '../../layout/simulation';

export interface DrawnElements {
  nodes: Map<string, SVGGElement>;
  edges: Map<string, { group: SVGGElement; edge: GraphEdge; bend: number }>;
}

const ARROW_PX = 7;

export function applyPositions(layout: LayoutEngine, drawn: DrawnElements): void {
  for (const [id, el] of drawn.nodes) {
    const n = layout.position(id);
    if (!n) continue;
    el.setAttribute('transform', `translate(${round(n.x ?? 0)},${round(n.y ?? 0)})`);
  }
  for (const { group, edge, bend } of drawn.edges.values()) {
    const a = layout.position(edge.source);
    const b = layout.position(edge.target);
    if (!a || !b) continue;
    const trimStart = symbolRadius(a.kind) + 2;
    const trimEnd = symbolRadius(b.kind) + 2 + (EDGE_KINDS[edge.kind].directed ? ARROW_PX : 0);
    const d = edgePath({ x: a.x ?? 0, y: a.y ?? 0 }, { x: b.x ?? 0, y: b.y ?? 0 }, bend, trimStart, trimEnd);
    for (const path of group.children) path.setAttribute('d', d);
  }
}

function round(v: number) {
  return Math.round(v * 10) / 10;
}
