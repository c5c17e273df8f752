/**
 * Writes layout positions straight into the SVG: called on every simulation
 * tick and after React commits, so React never re-renders for movement.
 */
import type { GraphEdge } from '../../data/schema';
import { EDGE_KINDS } from '../../data/kinds';
import { edgeLabelPoint, edgePath } from '../../layout/geometry';
import type { Point } from '../../layout/geometry';
import { LABEL_FONT_PX, LABEL_GAP_PX, symbolRadius } from '../../layout/nodeBox';
import type { LayoutEngine } from '../../layout/simulation';

export interface DrawnElements {
  nodes: Map<string, SVGGElement>;
  edges: Map<string, { group: SVGGElement; edge: GraphEdge; bend: number }>;
}

const ARROW_PX = 7;

export function applyPositions(layout: LayoutEngine, drawn: DrawnElements): void {
  // The drawn nodes, which a relation's words keep clear of (computed only if some words are drawn).
  let nodes: Point[] | null = null;
  const nodePoints = () =>
    (nodes ??= [...drawn.nodes.keys()].flatMap((id) => {
      const n = layout.position(id);
      if (!n) return [];
      // The node, and its label below it.
      const x = n.x ?? 0;
      const y = n.y ?? 0;
      return [
        { x, y },
        { x, y: y + symbolRadius(n.kind) + LABEL_GAP_PX + LABEL_FONT_PX / 2 },
      ];
    }));
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
    for (const child of group.children) {
      if (child.tagName === 'path') child.setAttribute('d', d);
      else if (child.tagName === 'text') {
        // The relation's words (presentation mode) sit on the middle of its line, clear of nodes.
        const m = edgeLabelPoint(
          { x: a.x ?? 0, y: a.y ?? 0 },
          { x: b.x ?? 0, y: b.y ?? 0 },
          bend,
          nodePoints(),
        );
        child.setAttribute('x', String(round(m.x)));
        child.setAttribute('y', String(round(m.y)));
      }
    }
  }
}

function round(v: number) {
  return Math.round(v * 10) / 10;
}
