/**
 * The annealer's moves, each scored incrementally (only the penalties it can
 * change) and then kept or undone: a node (or two) to new places, a label to
 * another candidate, a relation bent, the whole drawing scaled.
 *
 * (Mutable numbers live in a Float64Array, not in closure variables: V8 would
 * box every update of a captured double, and the collector would dominate.)
 */
import { ORIENTATIONS, updateAll, updateEdge, updateLabel, updateNode } from './scene';
import type { Scene } from './scene';
import { bestLabel, createLabelScratch } from './labels';
import type { LabelScratch } from './labels';
import {
  createOwned,
  edgeLabel,
  labelLabel,
  labelNode,
  labelScore,
  localScore,
  own,
  sizeTerm,
  totalScore,
} from './penalties';
import type { Owned } from './penalties';

/** The bends a relation may take (sagitta / length): straight, or gently curved either way. */
export const BENDS = [0, 0.12, -0.12, 0.22, -0.22, 0.33, -0.33];

export const CURRENT = 0;
export const SIZE = 1;
export const TEMP = 2;
/** The size term after the move being scored. */
const NEW_SIZE = 3;

export interface Run {
  s: Scene;
  rand: () => number;
  labels: boolean;
  owned: Owned;
  scratch: LabelScratch;
  /** CURRENT score, SIZE term, TEMPerature, NEW_SIZE. */
  st: Float64Array;
  /** The nodes a move touches (one or two), their new places, and what to restore if refused. */
  moved: number[];
  /** Other nodes whose labels are placed anew with the move. */
  group: number[];
  to: Float64Array;
  old: Float64Array;
  oldLabels: Int32Array;
}

export function createRun(s: Scene, rand: () => number, labels: boolean): Run {
  const r: Run = {
    s,
    rand,
    labels,
    owned: createOwned(s),
    scratch: createLabelScratch(s),
    st: new Float64Array(4),
    moved: [],
    group: [],
    to: new Float64Array(4),
    old: new Float64Array(4),
    oldLabels: new Int32Array((2 + MAX_AFFECTED) * ORIENTATIONS),
  };
  r.st[CURRENT] = totalScore(s, r.owned);
  r.st[SIZE] = sizeTerm(s);
  return r;
}

export function accept(r: Run, delta: number, newSize: number): boolean {
  if (delta <= 0 || r.rand() < Math.exp(-delta / r.st[TEMP]!)) {
    r.st[CURRENT] = r.st[CURRENT]! + delta;
    r.st[SIZE] = newSize;
    return true;
  }
  return false;
}

/** At most this many neighbouring labels are placed anew with a moved node. */
export const MAX_AFFECTED = 4;

/**
 * The labels of other nodes that the move has put in the way (of a moved
 * node's relations, label or symbol): they are placed anew with the move, so
 * a node can take a place whose only cost was a neighbour's label.
 */
function conflicted(r: Run): void {
  const { s, moved, group } = r;
  const n = s.n;
  const lb = s.labelBox;
  group.length = 0;
  if (!r.labels) return;
  for (let u = 0; u < n && group.length < MAX_AFFECTED; u++) {
    if (moved.includes(u) || s.fixed[u]) continue;
    let hit = false;
    for (const o of s.views) {
      const at = (o * n + u) * 4;
      for (const i of moved) {
        for (const e of s.incident[i]!) if (!hit && edgeLabel(s, e, lb, at) > 0) hit = true;
        if (!hit && labelLabel(s, lb, (o * n + i) * 4, lb, at) > 0) hit = true;
        if (!hit && labelNode(s, lb, at, i) > 0) hit = true;
      }
    }
    if (hit) group.push(u);
  }
}

/**
 * Moves `r.moved` to the places in `r.to` (labels in the way placed anew) and
 * returns the change of score (size included). The move stays applied:
 * `commitMove` or `revertMove` next.
 */
export function evalMove(r: Run): number {
  const { s, moved, group, old, oldLabels } = r;
  const n = s.n;
  own(s, r.owned, moved);
  const before = localScore(s, r.owned);
  for (let k = 0; k < moved.length; k++) {
    const i = moved[k]!;
    old[2 * k] = s.x[i]!;
    old[2 * k + 1] = s.y[i]!;
    for (let o = 0; o < ORIENTATIONS; o++) oldLabels[k * ORIENTATIONS + o] = s.label[o * n + i]!;
  }
  for (let k = 0; k < moved.length; k++) {
    s.x[moved[k]!] = r.to[2 * k]!;
    s.y[moved[k]!] = r.to[2 * k + 1]!;
  }
  for (const i of moved) updateNode(s, i);
  if (r.labels) for (const i of moved) for (const o of s.views) bestLabel(s, o, i, r.scratch);
  let delta = localScore(s, r.owned) - before;
  // Labels now in the way: each placed anew, its exact change of score added.
  conflicted(r);
  for (let k = 0; k < group.length; k++) {
    const u = group[k]!;
    for (let o = 0; o < ORIENTATIONS; o++) oldLabels[(2 + k) * ORIENTATIONS + o] = s.label[o * n + u]!;
    for (const o of s.views) {
      const at = (o * n + u) * 4;
      const was = labelScore(s, o, u, s.label[o * n + u]!, s.labelBox, at);
      bestLabel(s, o, u, r.scratch);
      delta += labelScore(s, o, u, s.label[o * n + u]!, s.labelBox, at) - was;
    }
  }
  r.st[NEW_SIZE] = sizeTerm(s);
  return delta + r.st[NEW_SIZE]! - r.st[SIZE]!;
}

export function commitMove(r: Run, delta: number): void {
  r.st[CURRENT] = r.st[CURRENT]! + delta;
  r.st[SIZE] = r.st[NEW_SIZE]!;
}

export function revertMove(r: Run): void {
  const { s, moved, group, old, oldLabels } = r;
  const n = s.n;
  for (let k = 0; k < moved.length; k++) {
    const i = moved[k]!;
    s.x[i] = old[2 * k]!;
    s.y[i] = old[2 * k + 1]!;
    for (let o = 0; o < ORIENTATIONS; o++) s.label[o * n + i] = oldLabels[k * ORIENTATIONS + o]!;
  }
  for (let k = 0; k < group.length; k++) {
    const u = group[k]!;
    for (let o = 0; o < ORIENTATIONS; o++) s.label[o * n + u] = oldLabels[(2 + k) * ORIENTATIONS + o]!;
    for (let o = 0; o < ORIENTATIONS; o++) updateLabel(s, o, u);
  }
  for (const i of moved) updateNode(s, i);
}

/** Moves `r.moved` to the places in `r.to`; keeps it or undoes it. */
export function tryMove(r: Run): void {
  const delta = evalMove(r);
  if (accept(r, delta, r.st[NEW_SIZE]!)) return;
  revertMove(r);
}

/** Scales the drawing about its centre by fx, fy (the whole score is recomputed). */
export function tryScale(r: Run, fx: number, fy: number): void {
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

export function tryLabel(r: Run): void {
  const { s, rand } = r;
  const n = s.n;
  const i = s.free[Math.floor(rand() * s.free.length)]!;
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

export function tryBend(r: Run, e: number): void {
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
