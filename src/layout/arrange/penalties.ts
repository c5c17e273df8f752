/**
 * What the optimiser minimises: heavy penalties for every readability fault
 * (crossings, relations through labels or symbols, overlapping labels and
 * symbols), each growing with its depth so the search can feel its way out,
 * plus light terms for the shape: stress (distances follow the graph), bends,
 * label preferences and the drawing's size (see `sizeTerm`).
 */
import {
  boxCircleOverlap,
  polylineInBox,
  polylinesCross,
  pointPolylineDistance,
} from '../readability/primitives';
import { extentWithout } from './scene';
import type { Scene } from './scene';

export { UNTANGLE_WEIGHTS, WEIGHTS } from './weights';
export type { Weights } from './weights';

/** Clear space kept between a relation and a label, and around a symbol. */
const EDGE_LABEL_MARGIN = 2.5;
const EDGE_NODE_MARGIN = 5;
/** Each label box grows by this much when compared with another (a gap of twice it). */
const LABEL_MARGIN = 1.5;
const LABEL_NODE_MARGIN = 2;
const NODE_GAP = 10;
/** Related nodes: their distance weighs this much more in the stress term. */
const RELATED = 5;

function sharesEnd(s: Scene, e: number, f: number): boolean {
  const a = s.edges[e]!;
  const b = s.edges[f]!;
  return a.s === b.s || a.s === b.t || a.t === b.s || a.t === b.t;
}

export function edgeEdge(s: Scene, e: number, f: number): number {
  if (sharesEnd(s, e, f)) return 0;
  const a = e * 4;
  const b = f * 4;
  const eb = s.edgeBox;
  if (eb[a + 2]! < eb[b]! || eb[b + 2]! < eb[a]! || eb[a + 3]! < eb[b + 1]! || eb[b + 3]! < eb[a + 1]!)
    return 0;
  return polylinesCross(s.poly[e]!, s.poly[f]!) ? s.w.crossing : 0;
}

export function edgeNode(s: Scene, e: number, v: number): number {
  const edge = s.edges[e]!;
  if (edge.s === v || edge.t === v) return 0;
  const c = s.radius[v]! + EDGE_NODE_MARGIN;
  const x = s.x[v]!;
  const y = s.y[v]!;
  const a = e * 4;
  const eb = s.edgeBox;
  if (x + c < eb[a]! || x - c > eb[a + 2]! || y + c < eb[a + 1]! || y - c > eb[a + 3]!) return 0;
  const d = pointPolylineDistance(x, y, s.poly[e]!);
  return d < c ? s.w.edgeNode * (1 + (c - d) / c) : 0;
}

/** A relation against the label box at `boxes[at..at+3]`. */
export function edgeLabel(s: Scene, e: number, boxes: Float64Array, at: number): number {
  const a = e * 4;
  const eb = s.edgeBox;
  const x0 = boxes[at]! - EDGE_LABEL_MARGIN;
  const y0 = boxes[at + 1]! - EDGE_LABEL_MARGIN;
  const x1 = boxes[at + 2]! + EDGE_LABEL_MARGIN;
  const y1 = boxes[at + 3]! + EDGE_LABEL_MARGIN;
  if (eb[a + 2]! < x0 || eb[a]! > x1 || eb[a + 3]! < y0 || eb[a + 1]! > y1) return 0;
  const inside = polylineInBox(s.poly[e]!, x0, y0, x1, y1);
  return inside > 0 ? s.w.edgeLabel * (1 + inside / 20) : 0;
}

export function labelLabel(s: Scene, p: Float64Array, a: number, q: Float64Array, b: number): number {
  const w = Math.min(p[a + 2]!, q[b + 2]!) - Math.max(p[a]!, q[b]!) + 2 * LABEL_MARGIN;
  if (w <= 0) return 0;
  const h = Math.min(p[a + 3]!, q[b + 3]!) - Math.max(p[a + 1]!, q[b + 1]!) + 2 * LABEL_MARGIN;
  if (h <= 0) return 0;
  return s.w.labelLabel * (1 + (w * h) / 200);
}

export function labelNode(s: Scene, boxes: Float64Array, at: number, v: number): number {
  const r = s.radius[v]! + LABEL_NODE_MARGIN;
  const x = s.x[v]!;
  const y = s.y[v]!;
  if (x + r < boxes[at]! || x - r > boxes[at + 2]! || y + r < boxes[at + 1]! || y - r > boxes[at + 3]!)
    return 0;
  const area = boxCircleOverlap(boxes[at]!, boxes[at + 1]!, boxes[at + 2]!, boxes[at + 3]!, x, y, r);
  return area > 0 ? s.w.labelNode * (1 + area / 200) : 0;
}

export function nodePair(s: Scene, u: number, v: number): number {
  const dx = s.x[u]! - s.x[v]!;
  const dy = s.y[u]! - s.y[v]!;
  const d = Math.hypot(dx, dy);
  const min = s.radius[u]! + s.radius[v]! + NODE_GAP;
  let p = d < min ? s.w.nodeNode * (1 + (min - d) / 10) : 0;
  const t = s.dist[u * s.n + v]!;
  if (t > 0) {
    // Stress in the stretched frame: the drawing may be wider than the graph's distances say.
    const err = (Math.hypot(dx / s.stretch, dy * s.stretch) - t) / t;
    p += s.w.stress * (s.adjacent[u * s.n + v] ? RELATED : 1) * err * err;
  }
  return p;
}

/**
 * The score of a candidate box for node i's label in orientation o (written
 * at `boxes[at..]`): against the other labels, every symbol but its own, and
 * every relation, plus the candidate's preference.
 */
export function labelScore(
  s: Scene,
  o: number,
  i: number,
  c: number,
  boxes: Float64Array,
  at: number,
): number {
  let p = s.w.labelCost * s.candidates[i]![c]!.cost;
  const lb = s.labelBox;
  for (let u = 0; u < s.n; u++) {
    if (u === i) continue;
    p += labelLabel(s, boxes, at, lb, (o * s.n + u) * 4);
    p += labelNode(s, boxes, at, u);
  }
  for (let e = 0; e < s.m; e++) p += edgeLabel(s, e, boxes, at);
  return p;
}

/** Scratch sets for `localScore`: which nodes and relations a move touches. */
export interface Owned {
  node: Uint8Array;
  edge: Uint8Array;
  nodes: number[];
  edges: number[];
  /** What lies near the owned elements (the rest cannot touch them): filled by `localScore`. */
  nearNodes: Int32Array;
  nearEdges: Int32Array;
}

export function createOwned(s: Scene): Owned {
  return {
    node: new Uint8Array(s.n),
    edge: new Uint8Array(s.m),
    nodes: [],
    edges: [],
    nearNodes: new Int32Array(s.n),
    nearEdges: new Int32Array(s.m),
  };
}

/** No view (while untangling, without labels). */
const NO_VIEWS: readonly number[] = [];

/** Farther than any penalty reaches: symbol radius + margins. */
const REACH = 24;

export function own(s: Scene, o: Owned, nodes: readonly number[], edges: readonly number[] = []): void {
  for (const i of o.nodes) o.node[i] = 0;
  for (const e of o.edges) o.edge[e] = 0;
  o.nodes.length = 0;
  o.edges.length = 0;
  for (const i of nodes) {
    o.nodes.push(i);
    o.node[i] = 1;
    for (const e of s.incident[i]!) {
      if (o.edge[e]) continue;
      o.edge[e] = 1;
      o.edges.push(e);
    }
  }
  for (const e of edges) {
    if (o.edge[e]) continue;
    o.edge[e] = 1;
    o.edges.push(e);
  }
}

/** Every penalty that involves an owned node, its labels or an owned relation, each pair once. */
export function localScore(s: Scene, owned: Owned): number {
  const { n, m, labelBox: lb, edgeBox: eb } = s;
  const labels = s.w.edgeLabel > 0 || s.w.labelLabel > 0 || s.w.labelNode > 0;
  // The box around everything owned; only what reaches into it can score against it.
  let hx0 = Infinity;
  let hy0 = Infinity;
  let hx1 = -Infinity;
  let hy1 = -Infinity;
  for (const e of owned.edges) {
    hx0 = Math.min(hx0, eb[e * 4]!);
    hy0 = Math.min(hy0, eb[e * 4 + 1]!);
    hx1 = Math.max(hx1, eb[e * 4 + 2]!);
    hy1 = Math.max(hy1, eb[e * 4 + 3]!);
  }
  for (const i of owned.nodes) {
    hx0 = Math.min(hx0, s.x[i]!);
    hy0 = Math.min(hy0, s.y[i]!);
    hx1 = Math.max(hx1, s.x[i]!);
    hy1 = Math.max(hy1, s.y[i]!);
    for (const o of labels ? s.views : NO_VIEWS) {
      const a = (o * n + i) * 4;
      hx0 = Math.min(hx0, lb[a]!);
      hy0 = Math.min(hy0, lb[a + 1]!);
      hx1 = Math.max(hx1, lb[a + 2]!);
      hy1 = Math.max(hy1, lb[a + 3]!);
    }
  }
  hx0 -= REACH;
  hy0 -= REACH;
  hx1 += REACH;
  hy1 += REACH;
  let nearN = 0;
  let nearE = 0;
  const near = owned.nearNodes;
  const nearEdges = owned.nearEdges;
  for (let v = 0; v < n; v++) {
    const x = s.x[v]!;
    const y = s.y[v]!;
    let close = x >= hx0 && x <= hx1 && y >= hy0 && y <= hy1;
    if (labels) {
      for (const o of s.views) {
        if (close) break;
        const a = (o * n + v) * 4;
        close = lb[a + 2]! >= hx0 && lb[a]! <= hx1 && lb[a + 3]! >= hy0 && lb[a + 1]! <= hy1;
      }
    }
    if (close) near[nearN++] = v;
  }
  for (let f = 0; f < m; f++) {
    const a = f * 4;
    if (eb[a + 2]! >= hx0 && eb[a]! <= hx1 && eb[a + 3]! >= hy0 && eb[a + 1]! <= hy1) nearEdges[nearE++] = f;
  }

  let p = 0;
  for (const e of owned.edges) {
    if (!s.edges[e]!.fixed) p += s.w.bend * Math.abs(s.bend[e]!);
    for (let q = 0; q < nearE; q++) {
      const f = nearEdges[q]!;
      if (f !== e && !(owned.edge[f] && f < e)) p += edgeEdge(s, e, f);
    }
    for (let q = 0; q < nearN; q++) {
      const v = near[q]!;
      p += edgeNode(s, e, v);
      if (labels) for (const o of s.views) p += edgeLabel(s, e, lb, (o * n + v) * 4);
    }
  }
  for (const i of owned.nodes) {
    for (let q = 0; q < nearE; q++) {
      const f = nearEdges[q]!;
      if (owned.edge[f]) continue;
      p += edgeNode(s, f, i);
      if (labels) for (const o of s.views) p += edgeLabel(s, f, lb, (o * n + i) * 4);
    }
    for (const o of labels ? s.views : NO_VIEWS) {
      const at = (o * n + i) * 4;
      p += s.w.labelCost * s.candidates[i]![s.label[o * n + i]!]!.cost;
      for (let q = 0; q < nearN; q++) {
        const u = near[q]!;
        if (u === i) continue;
        if (!(owned.node[u] && u < i)) p += labelLabel(s, lb, at, lb, (o * n + u) * 4);
        p += labelNode(s, lb, at, u);
        if (!owned.node[u]) p += labelNode(s, lb, (o * n + u) * 4, i);
      }
    }
    // Stress ties every pair: all nodes.
    for (let u = 0; u < n; u++) if (u !== i && !(owned.node[u] && u < i)) p += nodePair(s, i, u);
  }
  return p;
}

/**
 * Larger drawings read smaller on a screen. Each view has a frame it should
 * fit (`Scene.frame`, in layout units, as the view shows it): what reaches
 * beyond costs `w.size` per label font size (13 units); within the frame a
 * slight pull (a hundredth of that per font size) keeps the drawing compact.
 */
export function sizeTerm(s: Scene): number {
  let t = 0;
  const b = s.scratchExtent;
  for (const o of s.views) {
    extentWithout(s, o, -1, b);
    t += viewSize(s, o, b[2]! - b[0]!, b[3]! - b[1]!);
  }
  return s.w.size * t;
}

const EM = 13;

/** What view o of a drawing w × h (its extent in the layout frame) costs against its frame, per unit weight. */
export function viewSize(s: Scene, o: number, w: number, h: number): number {
  // The portrait view shows the layout frame's x down the screen.
  const width = o === 0 ? w : h;
  const height = o === 0 ? h : w;
  const f = s.frame[o]!;
  return (
    (Math.max(0, width - f.width) + Math.max(0, height - f.height)) / EM +
    (0.01 * Math.max(width / f.width, height / f.height) * (f.width + f.height)) / EM
  );
}

/** The whole score (for checks and for choosing between runs). */
export function totalScore(s: Scene, owned: Owned): number {
  own(
    s,
    owned,
    Array.from({ length: s.n }, (_, i) => i),
    Array.from({ length: s.m }, (_, e) => e),
  );
  return localScore(s, owned) + sizeTerm(s);
}

/** The nodes involved in a readability fault now (their symbol, label or relations): where moves help most. */
export function faultyNodes(s: Scene, out: number[]): void {
  const { n, m, labelBox: lb } = s;
  const seen = new Uint8Array(n);
  const add = (i: number) => {
    if (!seen[i]) {
      seen[i] = 1;
      out.push(i);
    }
  };
  const addEdge = (e: number) => {
    add(s.edges[e]!.s);
    add(s.edges[e]!.t);
  };
  out.length = 0;
  const labels = s.w.edgeLabel > 0;
  for (let e = 0; e < m; e++) {
    for (let f = e + 1; f < m; f++) {
      if (edgeEdge(s, e, f) > 0) {
        addEdge(e);
        addEdge(f);
      }
    }
    for (let v = 0; v < n; v++) {
      if (edgeNode(s, e, v) > 0) {
        addEdge(e);
        add(v);
      }
      for (const o of labels ? s.views : NO_VIEWS) {
        if (edgeLabel(s, e, lb, (o * n + v) * 4) > 0) {
          addEdge(e);
          add(v);
        }
      }
    }
  }
  for (const o of labels ? s.views : NO_VIEWS) {
    for (let u = 0; u < n; u++) {
      for (let v = 0; v < n; v++) {
        if (u === v) continue;
        if (
          (v > u && labelLabel(s, lb, (o * n + u) * 4, lb, (o * n + v) * 4) > 0) ||
          labelNode(s, lb, (o * n + u) * 4, v) > 0
        ) {
          add(u);
          add(v);
        }
      }
    }
  }
}
