/**
 * Simulated annealing over positions, label candidates and bends: random
 * local moves (shift a node, jump it beside a neighbour, swap two nodes, try
 * another label place, bend or straighten a relation, scale the drawing),
 * each scored incrementally (only the penalties it can change), accepted when
 * better or, while the temperature is high, sometimes when worse. Returns the
 * best state it saw. Deterministic for a given random source.
 *
 * (Mutable numbers live in a Float64Array, not in closure variables: V8 would
 * box every update of a captured double, and the collector would dominate.)
 */
import { ORIENTATIONS, updateAll, updateEdge, updateLabel, updateNode } from './scene';
import type { Scene } from './scene';
import { bestLabel, createLabelScratch } from './labels';
import type { LabelScratch } from './labels';
import { createOwned, labelScore, localScore, own, sizeTerm, totalScore } from './penalties';
import type { Owned } from './penalties';

export interface AnnealOptions {
  moves: number;
  /** Start and end temperature (score units: a readability fault costs 50 to 150). */
  t0: number;
  t1: number;
  /** Largest random step of a node at the start (layout units). */
  step: number;
  /** Whether labels and bends take part (not while untangling). */
  labels: boolean;
  /** Share of moves that scale the whole drawing (draws it together without new crossings). */
  scaleMoves?: number;
  /** Only labels move (the drawing is fixed). */
  onlyLabels?: boolean;
}

/** The bends a relation may take (sagitta / length): straight, or gently curved either way. */
export const BENDS = [0, 0.12, -0.12, 0.22, -0.22];

interface Snapshot {
  x: Float64Array;
  y: Float64Array;
  label: Int32Array;
  bend: Float64Array;
}

const snapshot = (s: Scene): Snapshot => ({
  x: s.x.slice(),
  y: s.y.slice(),
  label: s.label.slice(),
  bend: s.bend.slice(),
});

function save(s: Scene, into: Snapshot): void {
  into.x.set(s.x);
  into.y.set(s.y);
  into.label.set(s.label);
  into.bend.set(s.bend);
}

export function restore(s: Scene, snap: Snapshot): void {
  save({ ...s, x: snap.x, y: snap.y, label: snap.label, bend: snap.bend }, s);
  updateAll(s);
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function neighbour(s: Scene, i: number, rand: () => number): number {
  const inc = s.incident[i]!;
  if (inc.length === 0) return -1;
  const e = s.edges[inc[Math.floor(rand() * inc.length)]!]!;
  return e.s === i ? e.t : e.s;
}

const CURRENT = 0;
const SIZE = 1;
const TEMP = 2;

interface Run {
  s: Scene;
  rand: () => number;
  labels: boolean;
  owned: Owned;
  scratch: LabelScratch;
  /** CURRENT score, SIZE term, TEMPerature. */
  st: Float64Array;
  /** The nodes a move touches (one or two), their new places, and what to restore if refused. */
  moved: number[];
  /** The moved nodes and those whose labels are placed anew with them. */
  group: number[];
  to: Float64Array;
  old: Float64Array;
  oldLabels: Int32Array;
}

function accept(r: Run, delta: number, newSize: number): boolean {
  if (delta <= 0 || r.rand() < Math.exp(-delta / r.st[TEMP]!)) {
    r.st[CURRENT] = r.st[CURRENT]! + delta;
    r.st[SIZE] = newSize;
    return true;
  }
  return false;
}

/** At most this many neighbouring labels are placed anew with a moved node. */
const MAX_AFFECTED = 10;

/**
 * The labels of other nodes that a move of `r.moved` to `r.to` may touch:
 * those in the box around the moved nodes' old and new places, their
 * relations and their labels. They are placed anew with the move, so a node
 * can take a place whose only cost was a neighbour's label in the way.
 */
function affected(r: Run): void {
  const { s, moved, group } = r;
  const n = s.n;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const add = (x: number, y: number, m: number) => {
    x0 = Math.min(x0, x - m);
    y0 = Math.min(y0, y - m);
    x1 = Math.max(x1, x + m);
    y1 = Math.max(y1, y + m);
  };
  for (let k = 0; k < moved.length; k++) {
    const i = moved[k]!;
    add(s.x[i]!, s.y[i]!, s.reach[i]!);
    add(r.to[2 * k]!, r.to[2 * k + 1]!, s.reach[i]!);
    for (const e of s.incident[i]!) {
      const edge = s.edges[e]!;
      const j = edge.s === i ? edge.t : edge.s;
      add(s.x[j]!, s.y[j]!, 20);
    }
  }
  group.length = 0;
  for (const i of moved) group.push(i);
  if (!r.labels) return;
  const lb = s.labelBox;
  for (let u = 0; u < n && group.length < moved.length + MAX_AFFECTED; u++) {
    if (moved.includes(u)) continue;
    for (let o = 0; o < ORIENTATIONS; o++) {
      const a = (o * n + u) * 4;
      if (lb[a + 2]! >= x0 && lb[a]! <= x1 && lb[a + 3]! >= y0 && lb[a + 1]! <= y1) {
        group.push(u);
        break;
      }
    }
  }
}

/** Moves `r.moved` to the places in `r.to` (nearby labels placed anew); keeps it or undoes it. */
function tryMove(r: Run): void {
  const { s, moved, group, old, oldLabels } = r;
  const n = s.n;
  affected(r);
  own(s, r.owned, group);
  const before = localScore(s, r.owned);
  for (let k = 0; k < moved.length; k++) {
    old[2 * k] = s.x[moved[k]!]!;
    old[2 * k + 1] = s.y[moved[k]!]!;
  }
  for (let k = 0; k < group.length; k++) {
    for (let o = 0; o < ORIENTATIONS; o++) oldLabels[k * ORIENTATIONS + o] = s.label[o * n + group[k]!]!;
  }
  for (let k = 0; k < moved.length; k++) {
    s.x[moved[k]!] = r.to[2 * k]!;
    s.y[moved[k]!] = r.to[2 * k + 1]!;
  }
  for (const i of moved) updateNode(s, i);
  if (r.labels) for (const i of group) for (const o of s.views) bestLabel(s, o, i, r.scratch);
  const after = localScore(s, r.owned);
  const newSize = sizeTerm(s);
  if (accept(r, after - before + newSize - r.st[SIZE]!, newSize)) return;
  for (let k = 0; k < moved.length; k++) {
    s.x[moved[k]!] = old[2 * k]!;
    s.y[moved[k]!] = old[2 * k + 1]!;
  }
  for (let k = 0; k < group.length; k++) {
    for (let o = 0; o < ORIENTATIONS; o++) s.label[o * n + group[k]!] = oldLabels[k * ORIENTATIONS + o]!;
  }
  for (const i of moved) updateNode(s, i);
  for (const i of group) for (let o = 0; o < ORIENTATIONS; o++) updateLabel(s, o, i);
}

/** Scales the drawing about its centre by fx, fy (the whole score is recomputed). */
function tryScale(r: Run, fx: number, fy: number): void {
  const { s } = r;
  const n = s.n;
  const ox = s.x.slice();
  const oy = s.y.slice();
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += ox[i]! / n;
    cy += oy[i]! / n;
  }
  for (let i = 0; i < n; i++) {
    s.x[i] = cx + (ox[i]! - cx) * fx;
    s.y[i] = cy + (oy[i]! - cy) * fy;
  }
  updateAll(s);
  const after = totalScore(s, r.owned);
  if (accept(r, after - r.st[CURRENT]!, sizeTerm(s))) return;
  s.x.set(ox);
  s.y.set(oy);
  updateAll(s);
}

function tryLabel(r: Run): void {
  const { s, rand } = r;
  const n = s.n;
  const i = Math.floor(rand() * n);
  const o = s.views[Math.floor(rand() * s.views.length)]!;
  const was = s.label[o * n + i]!;
  const c = Math.floor(rand() * s.candidates[i]!.length);
  if (c === was) return;
  const before = labelScore(s, o, i, was, s.labelBox, (o * n + i) * 4);
  s.label[o * n + i] = c;
  updateLabel(s, o, i);
  const after = labelScore(s, o, i, c, s.labelBox, (o * n + i) * 4);
  const newSize = sizeTerm(s);
  if (accept(r, after - before + newSize - r.st[SIZE]!, newSize)) return;
  s.label[o * n + i] = was;
  updateLabel(s, o, i);
}

function tryBend(r: Run, e: number): void {
  const { s } = r;
  const was = s.bend[e]!;
  const b = BENDS[Math.floor(r.rand() * BENDS.length)]!;
  if (b === was) return;
  own(s, r.owned, [], [e]);
  const before = localScore(s, r.owned);
  s.bend[e] = b;
  updateEdge(s, e);
  const after = localScore(s, r.owned);
  const newSize = sizeTerm(s);
  if (accept(r, after - before + newSize - r.st[SIZE]!, newSize)) return;
  s.bend[e] = was;
  updateEdge(s, e);
}

/** Anneals the scene in place; leaves it in the best state found and returns that score. */
export function anneal(s: Scene, rand: () => number, options: AnnealOptions): number {
  const { n } = s;
  if (n === 0) return 0;
  const r: Run = {
    s,
    rand,
    labels: options.labels,
    owned: createOwned(s),
    scratch: createLabelScratch(s),
    st: new Float64Array(3),
    moved: [],
    group: [],
    to: new Float64Array(4),
    old: new Float64Array(4),
    oldLabels: new Int32Array((2 + MAX_AFFECTED) * ORIENTATIONS),
  };
  const movable = s.edges.map((e, k) => (e.fixed ? -1 : k)).filter((k) => k >= 0);
  r.st[CURRENT] = totalScore(s, r.owned);
  r.st[SIZE] = sizeTerm(s);
  const best = Float64Array.of(r.st[CURRENT]!);
  const bestState = snapshot(s);
  const scaleMoves = options.scaleMoves ?? 0;
  const { moved, to } = r;
  for (let k = 0; k < options.moves; k++) {
    const progress = k / options.moves;
    r.st[TEMP] = options.t0 * (options.t1 / options.t0) ** progress;
    const step = 2 + options.step * Math.sqrt(1 - progress);
    moved.length = 0;
    const p = rand();
    if (options.onlyLabels) tryLabel(r);
    else if (p < scaleMoves) {
      const f = 1 - Math.abs(gaussian(rand)) * 0.03 * (1 - progress * 0.8);
      const which = rand();
      if (which < 0.5) tryScale(r, f, f);
      else if (which < 0.75) tryScale(r, 1, f);
      else tryScale(r, f, 1);
    } else if (p < 0.6 || (!options.labels && p >= 0.66)) {
      const i = Math.floor(rand() * n);
      moved.push(i);
      const j = p < 0.06 ? neighbour(s, i, rand) : -1;
      if (j >= 0) {
        // A jump to a place beside a neighbour: lets a node hop over a relation.
        const a = rand() * 2 * Math.PI;
        const d = options.step * (0.5 + rand());
        to[0] = s.x[j]! + Math.cos(a) * d;
        to[1] = s.y[j]! + Math.sin(a) * d;
      } else {
        to[0] = s.x[i]! + gaussian(rand) * step;
        to[1] = s.y[i]! + gaussian(rand) * step;
      }
      tryMove(r);
    } else if (p < 0.66) {
      if (n < 2) continue;
      const i = Math.floor(rand() * n);
      let j = p < 0.63 ? neighbour(s, i, rand) : Math.floor(rand() * (n - 1));
      if (p >= 0.63 && j >= i) j++;
      if (j < 0 || j === i) continue;
      moved.push(i, j);
      to[0] = s.x[j]!;
      to[1] = s.y[j]!;
      to[2] = s.x[i]!;
      to[3] = s.y[i]!;
      tryMove(r);
    } else if (p < 0.84 || movable.length === 0) tryLabel(r);
    else tryBend(r, movable[Math.floor(rand() * movable.length)]!);
    if (r.st[CURRENT]! < best[0]! - 1e-9) {
      best[0] = r.st[CURRENT]!;
      save(s, bestState);
    }
  }
  restore(s, bestState);
  return totalScore(s, r.owned);
}
