/**
 * The optimiser's state: node positions, each label's chosen candidate in
 * both orientations (landscape, and portrait = the drawing turned by 90° with
 * upright labels), and each relation's bend, with the derived geometry
 * (relation polylines, absolute label boxes) kept up to date.
 *
 * Everything is in the layout's own (landscape) frame. The portrait view
 * shows a point (x, y) at (−y, x); a label box b relative to the node in the
 * portrait view covers, in the layout frame, (x + b.y0, y − b.x1)–(x + b.y1, y − b.x0).
 */
import type { LabelCandidate } from './candidates';
import { WEIGHTS } from './weights';
import type { Weights } from './weights';

export const ORIENTATIONS = 2;
/** Segments of a curved relation's polyline. */
const CURVE_SEGMENTS = 8;

export interface SceneEdge {
  s: number;
  t: number;
  /** Parallel relations get fixed bends so they fan out. */
  fixed: boolean;
}

export interface Scene {
  n: number;
  m: number;
  x: Float64Array;
  y: Float64Array;
  /** Clearance radius of each symbol. */
  radius: Float64Array;
  candidates: LabelCandidate[][];
  /** How far any of a node's label candidates reaches from its centre. */
  reach: Float64Array;
  /** Chosen candidate per orientation and node: label[o * n + i]. */
  label: Int32Array;
  /** Absolute label boxes: labelBox[(o * n + i) * 4 + k] for x0, y0, x1, y1. */
  labelBox: Float64Array;
  edges: SceneEdge[];
  /** Sagitta of each relation's curve as a fraction of its length (0 = straight). */
  bend: Float64Array;
  poly: Float64Array[];
  /** Bounding box of each relation's polyline: edgeBox[e * 4 + k]. */
  edgeBox: Float64Array;
  incident: number[][];
  /** Pair target distances for the stress term (n × n). */
  dist: Float64Array;
  /** 1 where two nodes are related (their distance weighs more): adjacent[u * n + v]. */
  adjacent: Uint8Array;
  /** What the score weighs (phases change it). */
  w: Weights;
  /** The views (orientations) whose labels take part: [0, 1], or one of them alone. */
  views: number[];
  /** 1 for nodes that stay where they are (the default view, when a layer is added around it). */
  fixed: Uint8Array;
  /** The nodes that may move (all but the fixed). */
  free: number[];
  /** The frame each view should fit, as that view shows it (layout units). */
  frame: { width: number; height: number }[];
  /** Scratch for extents (x0, y0, x1, y1). */
  scratchExtent: Float64Array;
  /** The stress term measures x shrunk and y grown by this factor (a wide drawing of a round graph). */
  stretch: number;
}

export function createScene(
  radius: Float64Array,
  candidates: LabelCandidate[][],
  edges: SceneEdge[],
  bends: Float64Array,
  dist: Float64Array,
): Scene {
  const n = radius.length;
  const m = edges.length;
  const incident: number[][] = Array.from({ length: n }, () => []);
  const adjacent = new Uint8Array(n * n);
  edges.forEach((e, k) => {
    incident[e.s]!.push(k);
    if (e.t !== e.s) incident[e.t]!.push(k);
    adjacent[e.s * n + e.t] = 1;
    adjacent[e.t * n + e.s] = 1;
  });
  return {
    n,
    m,
    x: new Float64Array(n),
    y: new Float64Array(n),
    radius,
    candidates,
    reach: Float64Array.from(candidates, (cs) =>
      Math.max(0, ...cs.map((c) => Math.max(-c.box.x0, c.box.x1, -c.box.y0, c.box.y1))),
    ),
    label: new Int32Array(ORIENTATIONS * n),
    labelBox: new Float64Array(ORIENTATIONS * n * 4),
    edges,
    bend: Float64Array.from(bends),
    poly: edges.map((_, k) => new Float64Array(bends[k] ? 2 * (CURVE_SEGMENTS + 1) : 4)),
    edgeBox: new Float64Array(m * 4),
    incident,
    dist,
    adjacent,
    w: { ...WEIGHTS },
    views: [0, 1],
    fixed: new Uint8Array(n),
    free: Array.from({ length: n }, (_, i) => i),
    frame: [
      { width: 650, height: 520 },
      { width: 338, height: 546 },
    ],
    stretch: 1,
    scratchExtent: new Float64Array(4),
  };
}

/** The polyline of a relation from centre to centre, bent by `bend` (sagitta / length). */
export function routePoints(ax: number, ay: number, bx: number, by: number, bend: number): Float64Array {
  if (bend === 0) return Float64Array.of(ax, ay, bx, by);
  const out = new Float64Array(2 * (CURVE_SEGMENTS + 1));
  writeCurve(out, ax, ay, bx, by, bend);
  return out;
}

function writeCurve(out: Float64Array, ax: number, ay: number, bx: number, by: number, bend: number) {
  const dx = bx - ax;
  const dy = by - ay;
  // Control point: the curve's midpoint lies `bend × length` off the chord.
  const cx = (ax + bx) / 2 - dy * 2 * bend;
  const cy = (ay + by) / 2 + dx * 2 * bend;
  const k = out.length / 2 - 1;
  for (let i = 0; i <= k; i++) {
    const t = i / k;
    const u = 1 - t;
    out[2 * i] = u * u * ax + 2 * u * t * cx + t * t * bx;
    out[2 * i + 1] = u * u * ay + 2 * u * t * cy + t * t * by;
  }
}

export function updateEdge(s: Scene, e: number): void {
  const { s: a, t: b } = s.edges[e]!;
  const ax = s.x[a]!;
  const ay = s.y[a]!;
  const bx = s.x[b]!;
  const by = s.y[b]!;
  const bend = s.bend[e]!;
  let p = s.poly[e]!;
  const want = bend === 0 ? 4 : 2 * (CURVE_SEGMENTS + 1);
  if (p.length !== want) {
    p = new Float64Array(want);
    s.poly[e] = p;
  }
  if (bend === 0) {
    p[0] = ax;
    p[1] = ay;
    p[2] = bx;
    p[3] = by;
  } else writeCurve(p, ax, ay, bx, by, bend);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < p.length; i += 2) {
    x0 = Math.min(x0, p[i]!);
    x1 = Math.max(x1, p[i]!);
    y0 = Math.min(y0, p[i + 1]!);
    y1 = Math.max(y1, p[i + 1]!);
  }
  const o = e * 4;
  s.edgeBox[o] = x0;
  s.edgeBox[o + 1] = y0;
  s.edgeBox[o + 2] = x1;
  s.edgeBox[o + 3] = y1;
}

/** Writes the absolute box of node i's label in orientation o for candidate c. */
export function writeLabelBox(
  s: Scene,
  o: number,
  i: number,
  c: number,
  out: Float64Array,
  at: number,
): void {
  const b = s.candidates[i]![c]!.box;
  const x = s.x[i]!;
  const y = s.y[i]!;
  if (o === 0) {
    out[at] = x + b.x0;
    out[at + 1] = y + b.y0;
    out[at + 2] = x + b.x1;
    out[at + 3] = y + b.y1;
  } else {
    out[at] = x + b.y0;
    out[at + 1] = y - b.x1;
    out[at + 2] = x + b.y1;
    out[at + 3] = y - b.x0;
  }
}

export function updateLabel(s: Scene, o: number, i: number): void {
  writeLabelBox(s, o, i, s.label[o * s.n + i]!, s.labelBox, (o * s.n + i) * 4);
}

/** Recomputes the geometry that depends on node i (its relations and labels). */
export function updateNode(s: Scene, i: number): void {
  for (const e of s.incident[i]!) updateEdge(s, e);
  for (let o = 0; o < ORIENTATIONS; o++) updateLabel(s, o, i);
}

export function updateAll(s: Scene): void {
  for (let e = 0; e < s.m; e++) updateEdge(s, e);
  for (let o = 0; o < ORIENTATIONS; o++) for (let i = 0; i < s.n; i++) updateLabel(s, o, i);
}

export interface Extent {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The drawing's extent in orientation o, in the layout frame (symbols, labels and relations). */
export function extent(s: Scene, o: number): Extent {
  const out = new Float64Array(4);
  extentWithout(s, o, -1, out);
  return { x0: out[0]!, y0: out[1]!, x1: out[2]!, y1: out[3]! };
}

/** Writes x0, y0, x1, y1 of the extent without node `skip`'s label (-1: everything) into `out`. */
export function extentWithout(s: Scene, o: number, skip: number, out: Float64Array): void {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < s.n; i++) {
    const r = s.radius[i]!;
    x0 = Math.min(x0, s.x[i]! - r);
    y0 = Math.min(y0, s.y[i]! - r);
    x1 = Math.max(x1, s.x[i]! + r);
    y1 = Math.max(y1, s.y[i]! + r);
    if (i === skip) continue;
    const b = (o * s.n + i) * 4;
    x0 = Math.min(x0, s.labelBox[b]!);
    y0 = Math.min(y0, s.labelBox[b + 1]!);
    x1 = Math.max(x1, s.labelBox[b + 2]!);
    y1 = Math.max(y1, s.labelBox[b + 3]!);
  }
  for (let e = 0; e < s.m; e++) {
    if (s.bend[e] === 0) continue;
    x0 = Math.min(x0, s.edgeBox[e * 4]!);
    y0 = Math.min(y0, s.edgeBox[e * 4 + 1]!);
    x1 = Math.max(x1, s.edgeBox[e * 4 + 2]!);
    y1 = Math.max(y1, s.edgeBox[e * 4 + 3]!);
  }
  out[0] = x0;
  out[1] = y0;
  out[2] = x1;
  out[3] = y1;
}
