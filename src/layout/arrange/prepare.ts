/** From a dataset to the optimiser's parts: label candidates, symbols, relation lengths, the frame. */
import { measureReadability } from '../readability/measures';
import { labelCandidates, nodeExtent } from './candidates';
import { drawingOf } from './drawing';
import { toLayout } from './output';
import { PORTRAIT } from './phases';
import type { SceneParts } from './phases';
import type { Scene, SceneEdge } from './scene';
import { graphDistances } from './stress';
import type { ArrangeInput } from './types';

/** Unit of the stress layout: graph distance 1 = this many layout units. */
export const UNIT = 80;
const EM = 13;
/**
 * The frame for a graph that needs no more room than the article, 29.5 × 46
 * label font sizes: at 320 px wide (an embed) a label is then 11.4 px tall
 * (its box: 15/13 of the font size), at 640 × 600 12.3 px.
 */
const FRAME = { width: 29.5 * EM, height: 46 * EM };
/** Share of the frame that labels and symbols may fill; larger graphs get a larger frame. */
const DENSITY = 0.25;

export interface Prepared {
  input: ArrangeInput;
  /** The relations that can be drawn (both ends known, not a loop), in input order. */
  kept: ArrangeInput['edges'];
  parts: SceneParts;
  /** Readability faults of a scene's view, measured as drawn. */
  faults(s: Scene, view: number): number;
}

export function prepare(input: ArrangeInput, places: 'all' | 'few' = 'all'): Prepared {
  const nodes = input.nodes;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const kept = input.edges.filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target);
  const edges: SceneEdge[] = kept.map((e) => ({
    s: index.get(e.source)!,
    t: index.get(e.target)!,
    fixed: false,
  }));
  const n = nodes.length;
  const candidates = nodes.map((node) => labelCandidates(node.kind, Object.values(node.label), places));
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
  return { input, kept, parts, faults };
}

/** Several relations between the same two nodes fan out with fixed, opposite bends. */
export function parallelBends(edges: SceneEdge[]): Float64Array {
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

/**
 * Grouping by meaning: how long a relation wants to be, by its kind (the
 * dataset vocabulary, never node ids). Who represents a country stands beside
 * it; a threat's source stands beside what it poses; places and scopes may
 * lie further off.
 */
const LENGTH_BY_KIND: Readonly<Record<string, number>> = {
  represents: 0.7,
  poses: 0.75,
  attends: 0.9,
  produces: 0.9,
  alliance: 1,
  commits: 1,
  protects: 1,
  threat: 1.1,
  cooperation: 0.9,
  'located-in': 1,
  'applies-to': 1.1,
};

/** A relation's wanted length as a share of the unit length (1 for unknown kinds). */
export function lengthFactor(kind: string | undefined): number {
  return (kind !== undefined && LENGTH_BY_KIND[kind]) || 1;
}
