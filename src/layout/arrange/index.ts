/**
 * One arrangement per dataset (issue #11): node positions, label placements
 * and relation routes in the layout's own frame, independent of the screen
 * and the language, from a fixed seed. Screens only move the camera (see
 * `orientation.ts`).
 *
 * Pipeline: stress majorisation from the graph's distances (several seeded
 * starts) → simulated annealing over positions, label candidates (both
 * orientations) and gentle bends, scoring crossings, relations through labels
 * and symbols, overlaps and the drawing's size → the best run.
 */
import { hashString } from '../random';
import { labelCandidates, nodeExtent } from './candidates';
import { anneal } from './anneal';
import { relabelAll } from './labels';
import { createScene, extent, updateAll } from './scene';
import { UNTANGLE_WEIGHTS, WEIGHTS } from './weights';
import type { Scene, SceneEdge } from './scene';
import { alignPrincipalAxis, graphDistances, majorise } from './stress';
import { lengthFactor } from './meaning';
import { fingerprintOf, mulberry32, toLayout } from './output';
import type { ArrangeInput, DatasetLayout } from './types';

export type { ArrangeInput, DatasetLayout, EdgeRoute, LabelPlacement, Orientation, Point } from './types';
export { layoutFingerprint } from './output';

export const LAYOUT_VERSION = 1;

export interface LayoutEffort {
  /** Independent seeded runs; the best is kept. */
  restarts: number;
  /** Annealing moves per node and run. */
  movesPerNode: number;
}

/** In the browser (readers' graphs): about 300 ms for 100 nodes. At build time (the article): thorough. */
export const EFFORT = {
  browser: { restarts: 2, movesPerNode: 300 },
  build: { restarts: 16, movesPerNode: 6000 },
} as const satisfies Record<string, LayoutEffort>;

export interface LayoutOptions {
  effort?: keyof typeof EFFORT | LayoutEffort;
  seed?: number;
}

/** Unit of the stress layout: graph distance 1 = this many layout units. */
const UNIT = 80;
/** Room for the labels when they join (the size term then draws the picture together). */
const SPREAD = 1.8;
/** How much wider than round the untangled drawing is made (√ of its aspect ratio). */
const STRETCH = 1.35;

export function layoutDataset(input: ArrangeInput, options: LayoutOptions = {}): DatasetLayout {
  const effort = typeof options.effort === 'object' ? options.effort : EFFORT[options.effort ?? 'browser'];
  const fingerprint = fingerprintOf(input);
  const seed = options.seed ?? hashString(fingerprint);
  const nodes = input.nodes;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const kept = input.edges.filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target);
  const edges: SceneEdge[] = kept.map((e) => ({
    s: index.get(e.source)!,
    t: index.get(e.target)!,
    fixed: false,
  }));
  const bends = parallelBends(edges);
  const n = nodes.length;
  const dist = graphDistances(
    n,
    edges.map((e, k) => ({ s: e.s, t: e.t, length: UNIT * lengthFactor(kept[k]!.kind) })),
  );
  const radius = Float64Array.from(nodes, (node) => {
    const x = nodeExtent(node.kind);
    return Math.max(-x.left, x.right, -x.top, x.bottom);
  });
  const candidates = nodes.map((node) => labelCandidates(node.kind, Object.values(node.label)));

  // Phase 1, untangle: several seeded stress layouts, annealed without labels towards no crossings.
  const untangled: { scene: Scene; score: number }[] = [];
  for (let run = 0; run < Math.max(1, effort.restarts); run++) {
    const rand = mulberry32(seed + run * 0x9e3779b9);
    const scene = createScene(radius, candidates, edges, bends, dist);
    Object.assign(scene.w, UNTANGLE_WEIGHTS);
    for (let i = 0; i < n; i++) {
      scene.x[i] = (rand() - 0.5) * UNIT * Math.sqrt(n);
      scene.y[i] = (rand() - 0.5) * UNIT * Math.sqrt(n);
    }
    majorise(scene.x, scene.y, dist, 300);
    alignPrincipalAxis(scene.x, scene.y);
    // Wide, to fit wide screens (and tall ones turned): stretch along the principal axis.
    scene.stretch = STRETCH;
    for (let i = 0; i < n; i++) {
      scene.x[i] = scene.x[i]! * STRETCH;
      scene.y[i] = scene.y[i]! / STRETCH;
    }
    updateAll(scene);
    const score = anneal(scene, rand, {
      moves: Math.round(effort.movesPerNode * n * 0.4),
      t0: 30,
      t1: 0.5,
      step: UNIT * 0.6,
      labels: false,
    });
    untangled.push({ scene, score });
  }
  untangled.sort((a, b) => a.score - b.score);
  // Phase 2, readable: the best few, spread a little, annealed with labels, bends and size.
  let best: { scene: Scene; score: number } | null = null;
  for (const [k, { scene }] of untangled.slice(0, Math.max(1, Math.ceil(effort.restarts / 3))).entries()) {
    const rand = mulberry32(seed + 0x51ed + k);
    Object.assign(scene.w, WEIGHTS);
    for (let i = 0; i < n; i++) {
      scene.x[i] = scene.x[i]! * SPREAD;
      scene.y[i] = scene.y[i]! * SPREAD;
    }
    updateAll(scene);
    relabelAll(scene, 2);
    const score = anneal(scene, rand, {
      moves: Math.round(effort.movesPerNode * n * 0.6),
      t0: 8,
      t1: 0.02,
      step: UNIT * 0.3,
      labels: true,
      scaleMoves: 0.03,
    });
    if (!best || score < best.score) best = { scene, score };
  }
  const scene = best!.scene;
  // Centre the landscape drawing on the origin.
  const b = extent(scene, 0);
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  for (let i = 0; i < n; i++) {
    scene.x[i] = scene.x[i]! - cx;
    scene.y[i] = scene.y[i]! - cy;
  }
  updateAll(scene);
  return toLayout(scene, nodes, kept, { version: LAYOUT_VERSION, fingerprint });
}

/** Several relations between the same two nodes fan out with fixed, opposite bends. */
function parallelBends(edges: SceneEdge[]): Float64Array {
  const groups = new Map<string, number[]>();
  edges.forEach((e, k) => {
    const key = e.s < e.t ? `${e.s},${e.t}` : `${e.t},${e.s}`;
    const g = groups.get(key);
    if (g) g.push(k);
    else groups.set(key, [k]);
  });
  const bends = new Float64Array(edges.length);
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    g.forEach((k, i) => {
      const e = edges[k]!;
      const b = (i - (g.length - 1) / 2) * 0.18;
      bends[k] = e.s < e.t ? b : -b;
      e.fixed = true;
    });
  }
  return bends;
}
