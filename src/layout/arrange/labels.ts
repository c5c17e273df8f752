/**
 * Choosing each label's candidate: the one with the lowest score against
 * everything near it. Only labels, symbols and relations that can touch one
 * of the node's candidates are looked at (a box around all candidates).
 */
import { edgeLabel, labelLabel, labelNode } from './penalties';
import { extentWithout, updateLabel, writeLabelBox } from './scene';
import { viewSize } from './penalties';
import type { Scene } from './scene';

export interface LabelScratch {
  box: Float64Array;
  rest: Float64Array;
  labels: Int32Array;
  nodes: Int32Array;
  edges: Int32Array;
}

export function createLabelScratch(s: Scene): LabelScratch {
  return {
    box: new Float64Array(4),
    rest: new Float64Array(4),
    labels: new Int32Array(s.n),
    nodes: new Int32Array(s.n),
    edges: new Int32Array(s.m),
  };
}

/** Room around the candidates' hull: the largest margin any penalty keeps. */
const REACH = 24;

/** Gives node i (orientation o) the label candidate with the lowest score; returns that score. */
export function bestLabel(s: Scene, o: number, i: number, k: LabelScratch): number {
  const { n, m, labelBox: lb } = s;
  const cands = s.candidates[i]!;
  // The hull of all candidates, in the layout frame.
  let hx0 = Infinity;
  let hy0 = Infinity;
  let hx1 = -Infinity;
  let hy1 = -Infinity;
  for (let c = 0; c < cands.length; c++) {
    writeLabelBox(s, o, i, c, k.box, 0);
    hx0 = Math.min(hx0, k.box[0]!);
    hy0 = Math.min(hy0, k.box[1]!);
    hx1 = Math.max(hx1, k.box[2]!);
    hy1 = Math.max(hy1, k.box[3]!);
  }
  hx0 -= REACH;
  hy0 -= REACH;
  hx1 += REACH;
  hy1 += REACH;
  let nl = 0;
  let nn = 0;
  let ne = 0;
  for (let u = 0; u < n; u++) {
    if (u === i) continue;
    const a = (o * n + u) * 4;
    if (lb[a + 2]! >= hx0 && lb[a]! <= hx1 && lb[a + 3]! >= hy0 && lb[a + 1]! <= hy1) k.labels[nl++] = u;
    const x = s.x[u]!;
    const y = s.y[u]!;
    if (x >= hx0 - 20 && x <= hx1 + 20 && y >= hy0 - 20 && y <= hy1 + 20) k.nodes[nn++] = u;
  }
  const eb = s.edgeBox;
  for (let e = 0; e < m; e++) {
    const a = e * 4;
    if (eb[a + 2]! >= hx0 && eb[a]! <= hx1 && eb[a + 3]! >= hy0 && eb[a + 1]! <= hy1) k.edges[ne++] = e;
  }
  // What the rest of the drawing covers: a label reaching beyond it makes the picture larger.
  extentWithout(s, o, i, k.rest);
  const rx0 = k.rest[0]!;
  const ry0 = k.rest[1]!;
  const rx1 = k.rest[2]!;
  const ry1 = k.rest[3]!;
  let best = Infinity;
  let choice = s.label[o * n + i]!;
  for (let c = 0; c < cands.length; c++) {
    writeLabelBox(s, o, i, c, k.box, 0);
    const w = Math.max(rx1, k.box[2]!) - Math.min(rx0, k.box[0]!);
    const h = Math.max(ry1, k.box[3]!) - Math.min(ry0, k.box[1]!);
    let p = s.w.labelCost * cands[c]!.cost + s.w.size * viewSize(s, o, w, h);
    for (let q = 0; q < nl && p < best; q++) p += labelLabel(s, k.box, 0, lb, (o * n + k.labels[q]!) * 4);
    for (let q = 0; q < nn && p < best; q++) p += labelNode(s, k.box, 0, k.nodes[q]!);
    for (let q = 0; q < ne && p < best; q++) p += edgeLabel(s, k.edges[q]!, k.box, 0);
    if (p < best) {
      best = p;
      choice = c;
    }
  }
  s.label[o * n + i] = choice;
  updateLabel(s, o, i);
  return best;
}

/** Every label in turn to its best candidate, `passes` times. */
export function relabelAll(s: Scene, passes: number): void {
  const k = createLabelScratch(s);
  for (let p = 0; p < passes; p++) for (const o of s.views) for (const i of s.free) bestLabel(s, o, i, k);
}
