/**
 * One arrangement per dataset (issue #11): node positions, label placements
 * and relation routes in the layout's own frame, independent of the screen
 * and the language (room for the longer label), from a fixed seed. Screens
 * only move the camera (see `orientation.ts`).
 *
 * The arrangement is tall: it fits a phone (29.5 × 46 label font sizes for the
 * article) and so every wider screen; wide screens may show it turned by 90°
 * when a fault-free label placement exists for that view. See `phases.ts`
 * for the pipeline (stress majorisation → untangling → annealing with label
 * candidates, bends and the frame → labels for the turned view).
 */
import { hashString } from '../random';
import { measureReadability } from '../readability/measures';
import { labelCandidates, nodeExtent } from './candidates';
import { drawingOf } from './drawing';
import { lengthFactor } from './meaning';
import { fingerprintOf, toLayout } from './output';
import { PORTRAIT, TURNED, arrange, refine, turn, untangle } from './phases';
import type { SceneParts } from './phases';
import { extent, updateAll } from './scene';
import type { Scene, SceneEdge } from './scene';
import { graphDistances } from './stress';
import type { ArrangeInput, DatasetLayout } from './types';

export type { ArrangeInput, DatasetLayout, EdgeRoute, LabelPlacement, Orientation, Point } from './types';
export { layoutFingerprint } from './output';

export { LAYOUT_VERSION } from './fingerprint';
import { LAYOUT_VERSION } from './fingerprint';

export interface LayoutEffort {
  /** Untangling runs (cheap: no labels) and their annealing moves per node. */
  untangleRuns: number;
  untangleMoves: number;
  /** How many of the best untangled drawings are arranged, and moves per node for each. */
  arrangeRuns: number;
  arrangeMoves: number;
  /** How many of the best arrangements are refined further, and moves per node for each. */
  refineRuns: number;
  refineMoves: number;
  /** Label moves per node for the turned view. */
  turnMoves: number;
}

/** At build time (the article): thorough, a few minutes. */
export const EFFORT = {
  build: {
    untangleRuns: 48,
    untangleMoves: 1500,
    arrangeRuns: 16,
    arrangeMoves: 2500,
    refineRuns: 4,
    refineMoves: 8000,
    turnMoves: 1500,
  },
} as const satisfies Record<string, LayoutEffort>;

/** Pair tests the browser may spend: about 300 ms for a graph of 100 nodes and 150 relations. */
const BROWSER_BUDGET = 6e6;

/**
 * In the browser (readers' graphs): as many moves as the budget allows. A
 * move costs about (relations of the moved node × all relations + nodes)
 * pair tests, twice; small graphs get many moves per node, large ones few.
 * A count, not a clock: the same graph gets the same arrangement on every machine.
 */
export function browserEffort(n: number, m: number): LayoutEffort {
  const perMove = 2 * (((2 * m) / Math.max(1, n)) * m + n) + 50;
  const total = Math.min(60000, Math.max(1500, BROWSER_BUDGET / perMove));
  const per = (share: number) => Math.max(1, Math.round((total * share) / Math.max(1, n)));
  const untangleRuns = n <= 40 ? 3 : 1;
  return {
    untangleRuns,
    untangleMoves: Math.max(1, Math.round(per(0.4) / untangleRuns)),
    arrangeRuns: 1,
    arrangeMoves: per(0.5),
    refineRuns: 0,
    refineMoves: 0,
    turnMoves: per(0.1),
  };
}

export interface LayoutOptions {
  /** 'browser' (the default), 'build', or explicit counts. */
  effort?: 'browser' | keyof typeof EFFORT | LayoutEffort;
  seed?: number;
}

/** Unit of the stress layout: graph distance 1 = this many layout units. */
const UNIT = 80;
const EM = 13;
/**
 * The frame for a graph that needs no more room than the article, 29.5 × 46
 * label font sizes: at 320 px wide (an embed) a label is then 11.4 px tall
 * (its box: 15/13 of the font size), at 640 × 600 12.3 px.
 */
const FRAME = { width: 29.5 * EM, height: 46 * EM };
/** Share of the frame that labels and symbols may fill; larger graphs get a larger frame. */
const DENSITY = 0.25;

export function layoutDataset(input: ArrangeInput, options: LayoutOptions = {}): DatasetLayout {
  const effort =
    typeof options.effort === 'object'
      ? options.effort
      : options.effort === 'build'
        ? EFFORT.build
        : browserEffort(input.nodes.length, input.edges.length);
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
  const n = nodes.length;
  const candidates = nodes.map((node) => labelCandidates(node.kind, Object.values(node.label)));
  const radius = Float64Array.from(nodes, (node) => {
    const x = nodeExtent(node.kind);
    return Math.max(-x.left, x.right, -x.top, x.bottom);
  });
  // Room needed: each node's smallest label and its symbol with a margin.
  let need = 0;
  candidates.forEach((cs, i) => {
    const label = Math.min(...cs.map((c) => (c.box.x1 - c.box.x0) * (c.box.y1 - c.box.y0)));
    need += label + (2 * radius[i]! + 8) ** 2;
  });
  const grow = Math.max(1, Math.sqrt(need / (DENSITY * FRAME.width * FRAME.height)));
  const parts: SceneParts = {
    radius,
    candidates,
    edges,
    bends: parallelBends(edges),
    dist: graphDistances(
      n,
      edges.map((e, k) => ({ s: e.s, t: e.t, length: UNIT * lengthFactor(kept[k]!.kind) })),
    ),
    frame: { width: FRAME.width * grow, height: FRAME.height * grow },
    unit: UNIT,
  };
  const faults = (s: Scene, view: number) => {
    const layout = toLayout(s, nodes, kept, { version: 0, fingerprint: '', turned: true });
    const r = measureReadability(drawingOf(input, layout, view === PORTRAIT ? 'upright' : 'turned'));
    return r.crossings + r.edgeThroughLabel + r.edgeThroughNode + r.labelOverlaps + r.labelNodeOverlaps;
  };

  const untangled = untangle(parts, seed, Math.max(1, effort.untangleRuns), effort.untangleMoves);
  const arranged = untangled.slice(0, Math.max(1, effort.arrangeRuns)).map((scene, k) => {
    const score = arrange(scene, parts, seed + 0x51ed + k, effort.arrangeMoves);
    return { scene, faults: faults(scene, PORTRAIT), score };
  });
  const order = (a: { faults: number; score: number }, b: { faults: number; score: number }) =>
    a.faults - b.faults || a.score - b.score;
  arranged.sort(order);
  for (const [k, a] of arranged.slice(0, effort.refineRuns).entries()) {
    if (a.faults === 0 && k > 0) break;
    a.score = refine(a.scene, parts, seed + 0x7ef1 + k, effort.refineMoves);
    a.faults = faults(a.scene, PORTRAIT);
  }
  arranged.sort(order);
  const best = arranged[0]!;
  const scene = best.scene;
  // Centre the upright view on the origin.
  const b = extent(scene, PORTRAIT);
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  for (let i = 0; i < n; i++) {
    scene.x[i] = scene.x[i]! - cx;
    scene.y[i] = scene.y[i]! - cy;
  }
  updateAll(scene);
  turn(scene, seed + 0x7e57, effort.turnMoves);
  const turned = faults(scene, TURNED) === 0;
  return toLayout(scene, nodes, kept, { version: LAYOUT_VERSION, fingerprint, turned });
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
