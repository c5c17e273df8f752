/**
 * Layout positions as SVG attributes. React renders them (so the markup
 * prerendered at build time already has the picture), and `applyPositions`
 * writes them straight into the SVG when a node is dragged and after React
 * commits, so React never re-renders for movement.
 */
import type { GraphEdge } from '../../data/schema';
import { EDGE_KINDS } from '../../data/kinds';
import type { ArrangedEngine } from '../../layout/arrangedEngine';
import { relationPath } from '../../layout/relationPath';
import { LABEL_LINE_PX, estimateLabelWidth, symbolRadius } from '../../layout/nodeBox';
import type { Box } from '../../layout/readability/primitives';
import { placeRelationWords } from '../../layout/relationWords';
import type { RelationWords } from '../../layout/relationWords';

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

export function applyPositions(layout: ArrangedEngine, drawn: DrawnElements): void {
  for (const [id, el] of drawn.nodes) {
    const t = nodeTransform(layout, id);
    if (t) el.setAttribute('transform', t);
  }
  const words: { text: SVGTextElement; words: RelationWords }[] = [];
  for (const { group, edge } of drawn.edges.values()) {
    const d = edgeD(layout, edge);
    if (!d) continue;
    for (const child of group.children) {
      if (child.tagName === 'path') child.setAttribute('d', d);
      else if (child instanceof SVGTextElement) {
        const a = layout.position(edge.source);
        const b = layout.position(edge.target);
        if (!a || !b) continue;
        words.push({
          text: child,
          words: {
            id: edge.id,
            a: { x: a.x ?? 0, y: a.y ?? 0 },
            b: { x: b.x ?? 0, y: b.y ?? 0 },
            bend: layout.bend(edge.id),
            width: estimateLabelWidth(child.textContent ?? '', WORDS_FONT) + 6,
            height: LABEL_LINE_PX + 2,
          },
        });
      }
    }
  }
  if (words.length === 0) return;
  // A relation's words (presentation mode) sit on its line, clear of labels, symbols and each other.
  const at = placeRelationWords(
    words.map((w) => w.words),
    obstaclesOf(layout, drawn.nodes),
  );
  for (const { text, words: w } of words) {
    const p = at.get(w.id);
    if (!p) continue;
    text.setAttribute('x', String(round(p.x)));
    text.setAttribute('y', String(round(p.y)));
  }
}

/** The size of a relation's words on the network (presentation.css, in layout units). */
const WORDS_FONT = 13;

/**
 * The symbols and label boxes of the drawn nodes, in layout units. Where a relation has no clear
 * room, its words rather cover a faded node (one the step is not about) than one it shows.
 */
function obstaclesOf(layout: ArrangedEngine, nodes: Map<string, SVGGElement>): (Box & { weight: number })[] {
  const out: (Box & { weight: number })[] = [];
  for (const [id, el] of nodes) {
    const n = layout.position(id);
    if (!n) continue;
    const weight = el.classList.contains('is-dim') ? 0.15 : 1;
    const x = n.x ?? 0;
    const y = n.y ?? 0;
    const r = symbolRadius(n.kind);
    out.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r, weight });
    const label = layout.labelPlacement(id);
    if (label)
      out.push({
        x0: x + label.box.x0,
        y0: y + label.box.y0,
        x1: x + label.box.x1,
        y1: y + label.box.y1,
        weight,
      });
  }
  return out;
}

function round(v: number) {
  return Math.round(v * 10) / 10;
}
