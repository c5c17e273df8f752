/**
 * The three phases of an arrangement:
 * 1. untangle — seeded stress layouts annealed without labels, towards no crossings;
 * 2. arrange — the best untangled drawings, spread to fill the frame, annealed
 *    with labels, bends and the frame (the portrait view: the one every screen can
 *    show), then repaired greedily; at build time the most promising are refined further;
 * 3. turn — labels placed anew for the drawing turned by 90° (wide screens).
 */
import { anneal } from './anneal';
import { relabelAll } from './labels';
import { createOwned, edgeEdge, totalScore } from './penalties';
import { repair } from './repair';
import { createScene, updateAll } from './scene';
import type { Scene, SceneEdge } from './scene';
import type { LabelCandidate } from './candidates';
import { alignPrincipalAxis, majorise } from './stress';
import { UNTANGLE_WEIGHTS, WEIGHTS } from './weights';
import { mulberry32 } from './output';

export interface SceneParts {
  radius: Float64Array;
  candidates: LabelCandidate[][];
  edges: SceneEdge[];
  bends: Float64Array;
  dist: Float64Array;
  /** The portrait frame, as the portrait view shows it. */
  frame: { width: number; height: number };
  /** Unit length of a relation. */
  unit: number;
}

/** The portrait view is view 1 of the scene (x down the screen); view 0 is it turned by 90°. */
export const PORTRAIT = 1;
export const TURNED = 0;
/** How much wider than round the untangled drawing is made (√ of its aspect ratio). */
const STRETCH = 1.3;

export function crossings(s: Scene): number {
  let c = 0;
  for (let e = 0; e < s.m; e++) for (let f = e + 1; f < s.m; f++) if (edgeEdge(s, e, f) > 0) c++;
  return c;
}

function sceneOf(p: SceneParts): Scene {
  const s = createScene(p.radius, p.candidates, p.edges, p.bends, p.dist);
  // The turned view may use much more room: wide screens have it.
  s.frame[TURNED] = { width: p.frame.height * 1.6, height: p.frame.width * 1.5 };
  s.frame[PORTRAIT] = { ...p.frame };
  return s;
}

/** Phase 1: `runs` untangled drawings, fewest crossings first. */
export function untangle(p: SceneParts, seed: number, runs: number, movesPerNode: number): Scene[] {
  const n = p.radius.length;
  const out: { scene: Scene; crossings: number; score: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const rand = mulberry32(seed + run * 0x9e3779b9);
    const s = sceneOf(p);
    Object.assign(s.w, UNTANGLE_WEIGHTS);
    for (let i = 0; i < n; i++) {
      s.x[i] = (rand() - 0.5) * p.unit * Math.sqrt(n);
      s.y[i] = (rand() - 0.5) * p.unit * Math.sqrt(n);
    }
    majorise(s.x, s.y, p.dist, n > 60 ? 100 : 300);
    alignPrincipalAxis(s.x, s.y);
    // Long along x, the portrait view's height.
    s.stretch = STRETCH;
    for (let i = 0; i < n; i++) {
      s.x[i] = s.x[i]! * STRETCH;
      s.y[i] = s.y[i]! / STRETCH;
    }
    updateAll(s);
    const score = anneal(s, rand, {
      moves: movesPerNode * n,
      t0: 30,
      t1: 0.5,
      step: p.unit * 0.6,
      labels: false,
    });
    out.push({ scene: s, crossings: crossings(s), score });
  }
  out.sort((a, b) => a.crossings - b.crossings || a.score - b.score);
  return out.map((o) => o.scene);
}

/** Phase 2: fills the portrait frame and anneals with labels; returns the final score. */
export function arrange(s: Scene, p: SceneParts, seed: number, movesPerNode: number): number {
  const n = s.n;
  Object.assign(s.w, WEIGHTS);
  s.views = [PORTRAIT];
  // Spread the nodes over the frame, leaving room for labels at the sides.
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, s.x[i]!);
    x1 = Math.max(x1, s.x[i]!);
    y0 = Math.min(y0, s.y[i]!);
    y1 = Math.max(y1, s.y[i]!);
  }
  const fx = (p.frame.height * 0.85) / Math.max(1, x1 - x0);
  const fy = (p.frame.width * 0.6) / Math.max(1, y1 - y0);
  for (let i = 0; i < n; i++) {
    s.x[i] = s.x[i]! * fx;
    s.y[i] = s.y[i]! * fy;
  }
  // The stress term measures distances as this spread-out drawing has them.
  const g = Math.sqrt(fx * fy);
  s.dist = p.dist.map((d) => d * g);
  s.stretch *= Math.sqrt(fx / fy);
  updateAll(s);
  relabelAll(s, 2);
  const rand = mulberry32(seed);
  // Scaling rescores everything: rarer in large graphs.
  const scaleMoves = 0.02 * Math.min(1, 30 / n);
  // First a crossing may still be traded for room for labels (the drawing may change its
  // topology where labels need it); then crossings are all but forbidden while it settles.
  s.w.crossing = WEIGHTS.crossing / 10;
  anneal(s, rand, {
    moves: Math.round(movesPerNode * n * 0.6),
    t0: 15,
    t1: 0.5,
    step: p.unit * 0.3,
    labels: true,
    scaleMoves,
  });
  s.w.crossing = WEIGHTS.crossing;
  anneal(s, rand, {
    moves: Math.round(movesPerNode * n * 0.4),
    t0: 2,
    t1: 0.02,
    step: p.unit * 0.15,
    labels: true,
    scaleMoves,
  });
  repair(s, rand, {
    rounds: 4,
    tries: Math.max(20, Math.round(movesPerNode / 20)),
    reach: p.unit * 1.5,
    // A third of the annealing's moves at most.
    budget: Math.max(60, (movesPerNode * n) / 3),
  });
  return totalScore(s, createOwned(s));
}

/** Phase 2b (build time): more annealing of a promising arrangement, from where it is. */
export function refine(s: Scene, p: SceneParts, seed: number, movesPerNode: number): number {
  const rand = mulberry32(seed);
  s.w.crossing = WEIGHTS.crossing;
  anneal(s, rand, {
    moves: movesPerNode * s.n,
    t0: 6,
    t1: 0.02,
    step: p.unit * 0.25,
    labels: true,
    scaleMoves: 0.02 * Math.min(1, 30 / s.n),
  });
  repair(s, rand, { rounds: 6, tries: Math.max(20, Math.round(movesPerNode / 10)), reach: p.unit * 2 });
  return totalScore(s, createOwned(s));
}

/** Phase 3: labels for the turned view, the drawing fixed. */
export function turn(s: Scene, seed: number, movesPerNode: number): void {
  s.views = [TURNED];
  updateAll(s);
  relabelAll(s, 3);
  anneal(s, mulberry32(seed), {
    moves: movesPerNode * s.n,
    t0: 5,
    t1: 0.02,
    step: 0,
    labels: true,
    onlyLabels: true,
  });
  s.views = [PORTRAIT, TURNED];
}
