/**
 * Simulated annealing over positions, label candidates and bends: random
 * local moves (shift a node, jump it beside a neighbour, swap two nodes, try
 * another label place, bend or straighten a relation, scale the drawing; see
 * moves.ts), accepted when better or, while the temperature is high,
 * sometimes when worse. Half the node moves go to nodes in a fault. Returns
 * the best state it saw. Deterministic for a given random source.
 */
import { updateAll } from './scene';
import type { Scene } from './scene';
import { faultyNodes, totalScore } from './penalties';
import { CURRENT, TEMP, createRun, tryBend, tryLabel, tryMove, tryScale } from './moves';

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

/** Moves between two refreshes of the nodes in a fault. */
const FAULT_REFRESH = 250;

/** Anneals the scene in place; leaves it in the best state found and returns that score. */
export function anneal(s: Scene, rand: () => number, options: AnnealOptions): number {
  const { n } = s;
  if (n === 0) return 0;
  const r = createRun(s, rand, options.labels);
  const movable = s.edges.map((e, k) => (e.fixed ? -1 : k)).filter((k) => k >= 0);
  const best = Float64Array.of(r.st[CURRENT]!);
  const bestState = snapshot(s);
  const { moved, to } = r;
  // Half the node moves go to nodes in a fault (refreshed now and then).
  const faulty: number[] = [];
  const { free } = s;
  if (free.length === 0) return r.st[CURRENT]!;
  const pickNode = () =>
    faulty.length > 0 && rand() < 0.5
      ? faulty[Math.floor(rand() * faulty.length)]!
      : free[Math.floor(rand() * free.length)]!;
  // Scaling would move the fixed nodes too.
  const scaleMoves = free.length === n ? (options.scaleMoves ?? 0) : 0;
  for (let k = 0; k < options.moves; k++) {
    if (k % FAULT_REFRESH === 0) {
      faultyNodes(s, faulty);
      if (free.length < n) faulty.splice(0, faulty.length, ...faulty.filter((i) => !s.fixed[i]));
    }
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
      const i = pickNode();
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
      if (free.length < 2) continue;
      const i = pickNode();
      const j = p < 0.63 ? neighbour(s, i, rand) : free[Math.floor(rand() * free.length)]!;
      if (j < 0 || j === i || s.fixed[j]) continue;
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
