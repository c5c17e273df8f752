/**
 * Readability of a drawn network, measured (pure): the figures the layout is
 * judged by, the same in unit tests, the bench (on computed layouts) and the
 * browser tests (on boxes and paths read from the page).
 *
 * - crossings: pairs of relations without a common end whose paths cross;
 * - edgeThroughLabel: (relation, label) pairs where the path runs through the
 *   label's box, the label of its own end nodes included;
 * - edgeThroughNode: (relation, node) pairs where the path runs through the
 *   symbol of a node other than its two ends;
 * - labelOverlaps: pairs of labels whose boxes overlap;
 * - labelNodeOverlaps: (label, node) pairs where a label covers a symbol, its own included;
 * - cutOff: labels or symbols not wholly inside the frame (when one is given).
 */
import { boxOverlap, polylineInBox, polylinesCross } from './primitives';
import type { Box } from './primitives';

export interface DrawnNode {
  id: string;
  /** The symbol's box. */
  box: Box;
}
export interface DrawnLabel {
  /** The node the label names. */
  id: string;
  box: Box;
}
export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  /** The drawn path as a polyline: x0, y0, x1, y1, … */
  points: ArrayLike<number>;
}
export interface Drawing {
  nodes: readonly DrawnNode[];
  labels: readonly DrawnLabel[];
  edges: readonly DrawnEdge[];
  /** The visible area, if anything outside it counts as cut off. */
  frame?: Box;
}

export interface Readability {
  crossings: number;
  edgeThroughLabel: number;
  edgeThroughNode: number;
  labelOverlaps: number;
  labelNodeOverlaps: number;
  cutOff: number;
  /** The offending pairs, for messages: "a × b". */
  faults: string[];
}

export interface MeasureOptions {
  /** How far (units) a path may run inside a box before it counts; default 0.5. */
  pathTolerance?: number;
  /** How much area two boxes may share before they count as overlapping; default 0.5. */
  areaTolerance?: number;
}

export function countCrossings(edges: readonly DrawnEdge[], faults?: string[]): number {
  let n = 0;
  for (let i = 0; i < edges.length; i++) {
    const a = edges[i]!;
    for (let j = i + 1; j < edges.length; j++) {
      const b = edges[j]!;
      if (a.source === b.source || a.source === b.target || a.target === b.source || a.target === b.target)
        continue;
      if (polylinesCross(a.points, b.points)) {
        n++;
        faults?.push(`crossing ${a.id} × ${b.id}`);
      }
    }
  }
  return n;
}

export function countEdgeThroughLabel(
  edges: readonly DrawnEdge[],
  labels: readonly DrawnLabel[],
  tolerance = 0.5,
  faults?: string[],
): number {
  let n = 0;
  for (const e of edges) {
    for (const l of labels) {
      if (polylineInBox(e.points, l.box.x0, l.box.y0, l.box.x1, l.box.y1) > tolerance) {
        n++;
        faults?.push(`edge ${e.id} × label ${l.id}`);
      }
    }
  }
  return n;
}

export function countEdgeThroughNode(
  edges: readonly DrawnEdge[],
  nodes: readonly DrawnNode[],
  tolerance = 0.5,
  faults?: string[],
): number {
  let n = 0;
  for (const e of edges) {
    for (const v of nodes) {
      if (v.id === e.source || v.id === e.target) continue;
      if (polylineInBox(e.points, v.box.x0, v.box.y0, v.box.x1, v.box.y1) > tolerance) {
        n++;
        faults?.push(`edge ${e.id} × node ${v.id}`);
      }
    }
  }
  return n;
}

export function countLabelOverlaps(
  labels: readonly DrawnLabel[],
  tolerance = 0.5,
  faults?: string[],
): number {
  let n = 0;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (boxOverlap(labels[i]!.box, labels[j]!.box) > tolerance) {
        n++;
        faults?.push(`label ${labels[i]!.id} × label ${labels[j]!.id}`);
      }
    }
  }
  return n;
}

export function countLabelNodeOverlaps(
  labels: readonly DrawnLabel[],
  nodes: readonly DrawnNode[],
  tolerance = 0.5,
  faults?: string[],
): number {
  let n = 0;
  for (const l of labels) {
    for (const v of nodes) {
      if (boxOverlap(l.box, v.box) > tolerance) {
        n++;
        faults?.push(`label ${l.id} × node ${v.id}`);
      }
    }
  }
  return n;
}

export function countCutOff(drawing: Drawing, faults?: string[]): number {
  const f = drawing.frame;
  if (!f) return 0;
  let n = 0;
  const outside = (b: Box) =>
    b.x0 < f.x0 - 0.5 || b.y0 < f.y0 - 0.5 || b.x1 > f.x1 + 0.5 || b.y1 > f.y1 + 0.5;
  for (const l of drawing.labels) {
    if (outside(l.box)) {
      n++;
      faults?.push(`label ${l.id} cut off`);
    }
  }
  for (const v of drawing.nodes) {
    if (outside(v.box)) {
      n++;
      faults?.push(`node ${v.id} cut off`);
    }
  }
  return n;
}

/** Every figure at once, with the offending pairs. */
export function measureReadability(drawing: Drawing, options: MeasureOptions = {}): Readability {
  const path = options.pathTolerance ?? 0.5;
  const area = options.areaTolerance ?? 0.5;
  const faults: string[] = [];
  return {
    crossings: countCrossings(drawing.edges, faults),
    edgeThroughLabel: countEdgeThroughLabel(drawing.edges, drawing.labels, path, faults),
    edgeThroughNode: countEdgeThroughNode(drawing.edges, drawing.nodes, path, faults),
    labelOverlaps: countLabelOverlaps(drawing.labels, area, faults),
    labelNodeOverlaps: countLabelNodeOverlaps(drawing.labels, drawing.nodes, area, faults),
    cutOff: countCutOff(drawing, faults),
    faults,
  };
}
