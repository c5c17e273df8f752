/**
 * The last step: greedy repair of what annealing left. For each node in a
 * fault, many places are tried (around it, beside each neighbour, anywhere in
 * the drawing), each with its labels and the labels in its way placed anew,
 * and the best improvement is kept; relations of those nodes try every bend.
 * Escapes the small traps a random walk at low temperature rarely leaves.
 */
import { BENDS, commitMove, createRun, evalMove, revertMove } from './moves';
import { faultyNodes, localScore, own, sizeTerm } from './penalties';
import { extent, updateEdge } from './scene';
import type { Scene } from './scene';
import type { Run } from './moves';

export interface RepairOptions {
  rounds: number;
  /** Places tried per node and round. */
  tries: number;
  /** Radius of the neighbourhood tried around a node (layout units). */
  reach: number;
  /** At most this many places tried in all (the browser's budget); unlimited if absent. */
  budget?: number;
}

/** Gives relation e the bend with the lowest score (its penalties and the size). */
function bestBend(r: Run, e: number): void {
  const { s } = r;
  if (s.edges[e]!.fixed) return;
  own(s, r.owned, [], [e]);
  let best = s.bend[e]!;
  let bestScore = localScore(s, r.owned) + sizeTerm(s);
  for (const b of BENDS) {
    s.bend[e] = b;
    updateEdge(s, e);
    const score = localScore(s, r.owned) + sizeTerm(s);
    if (score < bestScore - 1e-9) {
      bestScore = score;
      best = b;
    }
  }
  s.bend[e] = best;
  updateEdge(s, e);
}

export function repair(s: Scene, rand: () => number, options: RepairOptions): void {
  const r = createRun(s, rand, true);
  const faulty: number[] = [];
  const { moved, to } = r;
  let left = options.budget ?? Infinity;
  for (let round = 0; round < options.rounds && left > 0; round++) {
    faultyNodes(s, faulty);
    if (faulty.length === 0) return;
    // The nodes in a fault and their neighbours: sometimes the other end has to move.
    const around = new Set(faulty);
    for (const i of faulty) {
      for (const e of s.incident[i]!) around.add(s.edges[e]!.s === i ? s.edges[e]!.t : s.edges[e]!.s);
    }
    faulty.splice(0, faulty.length, ...around);
    const b = extent(s, s.views[0] ?? 0);
    for (const i of faulty) {
      if (s.fixed[i]) continue;
      if (left <= 0) return;
      left -= options.tries;
      let best = -1e-6;
      let bx = 0;
      let by = 0;
      for (let t = 0; t < options.tries; t++) {
        const kind = rand();
        let x: number;
        let y: number;
        if (kind < 0.5) {
          const a = rand() * 2 * Math.PI;
          const d = options.reach * Math.sqrt(rand());
          x = s.x[i]! + Math.cos(a) * d;
          y = s.y[i]! + Math.sin(a) * d;
        } else if (kind < 0.8 && s.incident[i]!.length > 0) {
          const e = s.edges[s.incident[i]![Math.floor(rand() * s.incident[i]!.length)]!]!;
          const j = e.s === i ? e.t : e.s;
          const a = rand() * 2 * Math.PI;
          const d = options.reach * (0.3 + 0.7 * rand());
          x = s.x[j]! + Math.cos(a) * d;
          y = s.y[j]! + Math.sin(a) * d;
        } else {
          x = b.x0 + rand() * (b.x1 - b.x0);
          y = b.y0 + rand() * (b.y1 - b.y0);
        }
        moved.length = 0;
        moved.push(i);
        to[0] = x;
        to[1] = y;
        const delta = evalMove(r);
        revertMove(r);
        if (delta < best) {
          best = delta;
          bx = x;
          by = y;
        }
      }
      if (best < -1e-6) {
        moved.length = 0;
        moved.push(i);
        to[0] = bx;
        to[1] = by;
        commitMove(r, evalMove(r));
      }
      for (const e of s.incident[i]!) bestBend(r, e);
    }
  }
}
