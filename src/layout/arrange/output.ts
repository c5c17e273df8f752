/** From the optimiser's scene to the plain arrangement, and the helpers around it. */
import type { Box } from '../readability/primitives';
import { extent } from './scene';
import type { Scene } from './scene';
import type { ArrangeEdge, ArrangeNode, DatasetLayout, LabelPlacement } from './types';

export { fingerprintOf, layoutFingerprint } from './fingerprint';

/** A small, good-quality seeded generator (mulberry32). */
export function mulberry32(seed: number): () => number {
  // State in a typed array: a captured 32-bit variable would be boxed on every call.
  const state = Uint32Array.of(seed >>> 0);
  return () => {
    state[0] = state[0]! + 0x6d2b79f5;
    let t = state[0]!;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (v: number) => Math.round(v * 10) / 10;
const r3 = (v: number) => Math.round(v * 1000) / 1000;
/** Rounded outwards: the rounded box still holds what it reserved room for. */
const roundBox = (b: Box): Box => ({
  x0: Math.floor(b.x0 * 10) / 10,
  y0: Math.floor(b.y0 * 10) / 10,
  x1: Math.ceil(b.x1 * 10) / 10,
  y1: Math.ceil(b.y1 * 10) / 10,
});

/**
 * The plain arrangement from the scene. The scene's view 1 (x down the
 * screen) becomes the upright view: a scene point (x, y) is shown at (−y, x).
 * Its view 0 (the scene frame itself) is then the upright view turned: (X, Y) → (Y, −X).
 */
export function toLayout(
  s: Scene,
  nodes: readonly ArrangeNode[],
  edges: readonly ArrangeEdge[],
  meta: { version: number; fingerprint: string; turned: boolean },
): DatasetLayout {
  const placements = (o: number): Record<string, LabelPlacement> => {
    const out: Record<string, LabelPlacement> = {};
    nodes.forEach((node, i) => {
      const c = s.candidates[i]![s.label[o * s.n + i]!]!;
      out[node.id] = {
        side: c.side,
        lines: c.lines,
        anchor: c.anchor,
        x: r1(c.x),
        y: r1(c.y),
        box: roundBox(c.box),
      };
    });
    return out;
  };
  const positions: DatasetLayout['positions'] = {};
  nodes.forEach((node, i) => (positions[node.id] = { x: r1(-s.y[i]! + 0), y: r1(s.x[i]!) }));
  const edgeRoutes: DatasetLayout['edgeRoutes'] = {};
  edges.forEach((e, k) => (edgeRoutes[e.id] = { bend: r3(s.bend[k]!) }));
  const upright = extent(s, 1);
  const turned = extent(s, 0);
  const layout: DatasetLayout = {
    version: meta.version,
    fingerprint: meta.fingerprint,
    positions,
    labelPlacements: placements(1),
    edgeRoutes,
    bounds: roundBox({ x0: -upright.y1, y0: upright.x0, x1: -upright.y0, y1: upright.x1 }),
  };
  if (meta.turned) layout.turned = { labelPlacements: placements(0), bounds: roundBox(turned) };
  return layout;
}
