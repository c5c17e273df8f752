/**
 * Layout positions as SVG attributes. React renders them (so the markup
 * prerendered at build time already has the picture), and `applyPositions`
 * writes them straight into the SVG on every simulation tick and after React
 * commits, so React never re-renders for movement.
 */
import type { GraphEdge } from '../../data/schema';
import { EDGE_KINDS } from '../../data/kinds';
import { edgeLabelPoint } from '../../layout/geometry';
import type { Point } from '../../layout/geometry';
import { LABEL_FONT_PX, LABEL_GAP_PX, symbolRadius } from '../../layout/nodeBox';
import { relationPath } from '../../layout/relationPath';
import type { LayoutEngine } from '../../layout/simulation';

export interface DrawnElements {
  nodes: Map<string, SVGGElement>;
  edges: Map<string, { group: SVGGElement; edge: GraphEdge; bend: number }>;
}

/** The `transform` of a node's group, or undefined if the layout does not have it. */
export function nodeTransform(layout: LayoutEngine, id: string): string | undefined {
  const n = layout.position(id);
  return n ? `translate(${round(n.x ?? 0)},${round(n.y ?? 0)})` : undefined;
}

/** The path of a relation between the rims of its two symbols (room for the arrowhead). */
export function edgeD(layout: LayoutEngine, edge: GraphEdge, bend: number): string | undefined {
  const a = layout.position(edge.source);
  const b = layout.position(edge.target);
  if (!a || !b) return undefined;
  return relationPath(
    { x: a.x ?? 0, y: a.y ?? 0, kind: a.kind },
    { x: b.x ?? 0, y: b.y ?? 0, kind: b.kind },
    EDGE_KINDS[edge.kind].directed,
    bend,
  );
}

/** The nodes and, below each, its label: what a relation's words keep clear of. */
export function wordObstacles(layout: LayoutEngine, ids: Iterable<string>): Point[] {
  return [...ids].flatMap((id) => {
    const n = layout.position(id);
    if (!n) return [];
    const x = n.x ?? 0;
    const y = n.y ?? 0;
    return [
      { x, y },
      { x, y: y + symbolRadius(n.kind) + LABEL_GAP_PX + LABEL_FONT_PX / 2 },
    ];
  });
}

/** Where a relation's words go (presentation mode): along the middle of its line, clear of `obstacles`. */
export function edgeWordsAt(
  layout: LayoutEngine,
  edge: GraphEdge,
  bend: number,
  obstacles: readonly Point[],
): Point | undefined {
  const a = layout.position(edge.source);
  const b = layout.position(edge.target);
  if (!a || !b) return undefined;
  const m = edgeLabelPoint({ x: a.x ?? 0, y: a.y ?? 0 }, { x: b.x ?? 0, y: b.y ?? 0 }, bend, obstacles);
  return { x: round(m.x), y: round(m.y) };
}

export function applyPositions(layout: LayoutEngine, drawn: DrawnElements): void {
  // Computed only if some relation carries its words.
  let obstacles: Point[] | null = null;
  for (const [id, el] of drawn.nodes) {
    const t = nodeTransform(layout, id);
    if (t) el.setAttribute('transform', t);
  }
  for (const { group, edge, bend } of drawn.edges.values()) {
    const d = edgeD(layout, edge, bend);
    if (!d) continue;
    for (const child of group.children) {
      if (child.tagName === 'path') child.setAttribute('d', d);
      else if (child.tagName === 'text') {
        const at = edgeWordsAt(layout, edge, bend, (obstacles ??= wordObstacles(layout, drawn.nodes.keys())));
        if (at) {
          child.setAttribute('x', String(at.x));
          child.setAttribute('y', String(at.y));
        }
      }
    }
  }
}

function round(v: number) {
  return Math.round(v * 10) / 10;
}
