/**
 * Layout positions as SVG attributes. React renders them (so the markup
 * prerendered at build time already has the picture), and `applyPositions`
 * writes them straight into the SVG when a node is dragged and after React
 * commits, so React never re-renders for movement.
 */
import type { GraphEdge } from '../../data/schema';
import { EDGE_KINDS } from '../../data/kinds';
import type { ArrangedEngine } from '../../layout/arrangedEngine';
import { routeMidpoint } from '../../layout/geometry';
import { relationPath } from '../../layout/relationPath';

export interface DrawnElements {
  nodes: Map<string, SVGGElement>;
  edges: Map<string, { group: SVGGElement; edge: GraphEdge }>;
}

/** The `transform` of a node's group, or undefined if the layout does not have it. */
export function nodeTransform(layout: ArrangedEngine, id: string): string | undefined {
  const n = layout.position(id);
  return n ? `translate(${round(n.x ?? 0)},${round(n.y ?? 0)})` : undefined;
}

/** The path of a relation along its route, between the rims of its two symbols (room for the arrowhead). */
export function edgeD(layout: ArrangedEngine, edge: GraphEdge): string | undefined {
  const a = layout.position(edge.source);
  const b = layout.position(edge.target);
  if (!a || !b) return undefined;
  return relationPath(
    { x: a.x ?? 0, y: a.y ?? 0, kind: a.kind },
    { x: b.x ?? 0, y: b.y ?? 0, kind: b.kind },
    EDGE_KINDS[edge.kind].directed,
    layout.bend(edge.id),
  );
}

/** The middle of a relation along its route (where its words sit in presentation mode). */
export function edgeMid(layout: ArrangedEngine, edge: GraphEdge): { x: number; y: number } | undefined {
  const a = layout.position(edge.source);
  const b = layout.position(edge.target);
  if (!a || !b) return undefined;
  return routeMidpoint({ x: a.x ?? 0, y: a.y ?? 0 }, { x: b.x ?? 0, y: b.y ?? 0 }, layout.bend(edge.id));
}

export function applyPositions(layout: ArrangedEngine, drawn: DrawnElements): void {
  for (const [id, el] of drawn.nodes) {
    const t = nodeTransform(layout, id);
    if (t) el.setAttribute('transform', t);
  }
  for (const { group, edge } of drawn.edges.values()) {
    const d = edgeD(layout, edge);
    if (d)
      for (const child of group.children) {
        if (child.tagName === 'path') child.setAttribute('d', d);
        else {
          // A relation's words (presentation mode) sit on the middle of its line.
          const m = edgeMid(layout, edge);
          if (m) {
            child.setAttribute('x', String(round(m.x)));
            child.setAttribute('y', String(round(m.y)));
          }
        }
      }
  }
}

function round(v: number) {
  return Math.round(v * 10) / 10;
}
