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
import { fingerprintOf, toLayout } from './output';
import { PORTRAIT, TURNED, arrange, refine, turn, untangle } from './phases';
import { extent, updateAll } from './scene';
import type { Scene } from './scene';
import type { ArrangeInput, DatasetLayout } from './types';
import { addLayers } from './layers';
import { prepare } from './prepare';

export type { ArrangeInput, DatasetLayout, EdgeRoute, LabelPlacement, Orientation, Point } from './types';
export { layoutFingerprint } from './output';

export { LAYOUT_VERSION } from './fingerprint';
import { LAYOUT_VERSION } from './fingerprint';

export type { LayoutEffort } from './types';
import type { LayoutEffort } from './types';

/** At build time (the article): thorough, a few minutes. */
export const EFFORT = {
  build: {
    batches: 6,
    untangleRuns: 32,
    untangleMoves: 1500,
    arrangeRuns: 10,
    arrangeMoves: 2500,
    refineRuns: 3,
    refineMoves: 10000,
    turnMoves: 1500,
  },
} as const satisfies Record<string, LayoutEffort>;

/** Pair tests the browser may spend (about 300 ms), and the range of moves that buys. */
const BROWSER_BUDGET = 2.5e6;
const BROWSER_MOVES = { min: 600, max: 3000 };

/**
 * In the browser (readers' graphs): as many moves as the budget allows. A
 * move costs about (relations of the moved node × all relations + nodes)
 * pair tests, twice; small graphs get many moves per node, large ones few.
 * A count, not a clock: the same graph gets the same arrangement on every machine.
 */
export function browserEffort(n: number, m: number): LayoutEffort {
  const perMove = 2 * (((2 * m) / Math.max(1, n)) * m + n) + 50;
  const total = Math.min(BROWSER_MOVES.max, Math.max(BROWSER_MOVES.min, BROWSER_BUDGET / perMove));
  const per = (share: number) => Math.max(1, Math.round((total * share) / Math.max(1, n)));
  // Untangling moves cost a fraction of the others (no labels): more of them.
  const untangleRuns = n <= 40 ? 2 : 1;
  return {
    untangleRuns,
    untangleMoves: Math.max(1, Math.round(per(0.5) / untangleRuns)),
    arrangeRuns: 1,
    arrangeMoves: per(0.5),
    refineRuns: 0,
    refineMoves: 0,
    // The app shows the upright view; the turned one is for build time.
    turnMoves: 0,
    places: n > 40 ? 'few' : 'all',
  };
}

export interface LayoutOptions {
  /** 'browser' (the default), 'build', or explicit counts. */
  effort?: 'browser' | keyof typeof EFFORT | LayoutEffort;
  seed?: number;
}

export function layoutDataset(input: ArrangeInput, options: LayoutOptions = {}): DatasetLayout {
  const fingerprint = fingerprintOf(input);
  const seed = options.seed ?? hashString(fingerprint);
  const core = defaultView(input);
  if (core === input) return arrangeAll(input, effortFor(options, input), seed, fingerprint);
  // Optional layers are added around the arrangement of the default view, which stays as it is.
  // (Seeded by the default view alone: the same picture as the dataset without its layers.)
  const coreSeed = options.seed ?? hashString(fingerprintOf(core));
  const coreLayout = arrangeAll(core, effortFor(options, core), coreSeed, fingerprint);
  const effort = effortFor(options, input);
  return addLayers(input, coreLayout, prepare(input, effort.places ?? 'all'), effort, seed, fingerprint);
}

function effortFor(options: LayoutOptions, input: ArrangeInput): LayoutEffort {
  if (typeof options.effort === 'object') return options.effort;
  return options.effort === 'build' ? EFFORT.build : browserEffort(input.nodes.length, input.edges.length);
}

/** The nodes and relations in no optional layer (the same input if there are no layers). */
function defaultView(input: ArrangeInput): ArrangeInput {
  const optional = (x: { layer?: string }) => typeof x.layer === 'string' && x.layer !== '';
  if (!input.nodes.some(optional) && !input.edges.some(optional)) return input;
  const nodes = input.nodes.filter((n) => !optional(n));
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: input.edges.filter((e) => !optional(e) && ids.has(e.source) && ids.has(e.target)) };
}

function arrangeAll(
  input: ArrangeInput,
  effort: LayoutEffort,
  seed: number,
  fingerprint: string,
): DatasetLayout {
  // Large graphs in the browser: labels try the four sides only.
  const { kept, parts, faults } = prepare(input, effort.places ?? 'all');
  const n = input.nodes.length;
  type Arranged = { scene: Scene; faults: number; score: number };
  const order = (a: Arranged, b: Arranged) => a.faults - b.faults || a.score - b.score;
  const arranged: Arranged[] = [];
  // Batches of seeded runs until one has no fault (at build time; the browser has one batch).
  for (let batch = 0; batch < Math.max(1, effort.batches ?? 1); batch++) {
    const batchSeed = seed + batch * 0x3c6ef372;
    const untangled = untangle(parts, batchSeed, Math.max(1, effort.untangleRuns), effort.untangleMoves);
    const tried = untangled.slice(0, Math.max(1, effort.arrangeRuns)).map((scene, k) => {
      const score = arrange(scene, parts, batchSeed + 0x51ed + k, effort.arrangeMoves);
      return { scene, faults: faults(scene, PORTRAIT), score };
    });
    tried.sort(order);
    for (const [k, a] of tried.slice(0, effort.refineRuns).entries()) {
      if (a.faults === 0 && k > 0) break;
      a.score = refine(a.scene, parts, batchSeed + 0x7ef1 + k, effort.refineMoves);
      a.faults = faults(a.scene, PORTRAIT);
    }
    arranged.push(...tried);
    arranged.sort(order);
    if (arranged[0]!.faults === 0) break;
  }
  const scene = arranged[0]!.scene;
  // Centre the upright view on the origin.
  const b = extent(scene, PORTRAIT);
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  for (let i = 0; i < n; i++) {
    scene.x[i] = scene.x[i]! - cx;
    scene.y[i] = scene.y[i]! - cy;
  }
  updateAll(scene);
  let turned = false;
  if (effort.turnMoves > 0) {
    turn(scene, seed + 0x7e57, effort.turnMoves);
    turned = faults(scene, TURNED) === 0;
  }
  return toLayout(scene, input.nodes, kept, { version: LAYOUT_VERSION, fingerprint, turned });
}
