/**
 * Optional layers (e.g. a background of more countries, off by default): the
 * default view is arranged alone, then the layer's nodes are placed around it
 * while the default view stays exactly as it was (positions, labels, routes),
 * so switching a layer off shows the same picture as a dataset without it.
 */
import { anneal } from './anneal';
import { LAYOUT_VERSION } from './fingerprint';
import { relabelAll } from './labels';
import { mulberry32, toLayout } from './output';
import { PORTRAIT } from './phases';
import { repair } from './repair';
import { createScene, updateAll } from './scene';
import type { Prepared } from './prepare';
import type { ArrangeInput, DatasetLayout, LayoutEffort } from './types';

export function addLayers(
  input: ArrangeInput,
  core: DatasetLayout,
  prepared: Prepared,
  effort: LayoutEffort,
  seed: number,
  fingerprint: string,
): DatasetLayout {
  const { parts, kept } = prepared;
  const nodes = input.nodes;
  const n = nodes.length;
  const s = createScene(parts.radius, parts.candidates, parts.edges, parts.bends, parts.dist);
  const grow = Math.sqrt(n / Math.max(1, Object.keys(core.positions).length));
  s.frame[PORTRAIT] = { width: parts.frame.width * grow, height: parts.frame.height * grow };
  s.views = [PORTRAIT];
  const rand = mulberry32(seed + 0x1a7e);
  // The default view, fixed: upright (X, Y) is the scene's (Y, −X).
  const placed = new Uint8Array(n);
  nodes.forEach((node, i) => {
    const p = core.positions[node.id];
    const label = core.labelPlacements[node.id];
    if (!p || !label) return;
    s.x[i] = p.y;
    s.y[i] = -p.x;
    placed[i] = 1;
    s.fixed[i] = 1;
    const chosen = parts.candidates[i]!.findIndex(
      (c) =>
        c.side === label.side &&
        c.lines === label.lines &&
        Math.abs(c.box.x0 - label.box.x0) < 0.2 &&
        Math.abs(c.box.y0 - label.box.y0) < 0.2,
    );
    s.label[PORTRAIT * n + i] = Math.max(0, chosen);
  });
  s.free = nodes.map((_, i) => i).filter((i) => !s.fixed[i]);
  kept.forEach((e, k) => {
    const route = core.edgeRoutes[e.id];
    if (route) {
      s.bend[k] = route.bend;
      s.edges[k]!.fixed = true;
    }
  });
  // Layer nodes start beside their placed neighbours, outwards; the rest on a ring around.
  let cx = 0;
  let cy = 0;
  let count = 0;
  let reach = 0;
  for (let i = 0; i < n; i++) {
    if (!placed[i]) continue;
    cx += s.x[i]!;
    cy += s.y[i]!;
    count++;
  }
  cx /= Math.max(1, count);
  cy /= Math.max(1, count);
  for (let i = 0; i < n; i++) if (placed[i]) reach = Math.max(reach, Math.hypot(s.x[i]! - cx, s.y[i]! - cy));
  for (let round = 0; round < n; round++) {
    let progress = false;
    for (let i = 0; i < n; i++) {
      if (placed[i]) continue;
      let sx = 0;
      let sy = 0;
      let k = 0;
      for (const e of s.incident[i]!) {
        const j = s.edges[e]!.s === i ? s.edges[e]!.t : s.edges[e]!.s;
        if (!placed[j]) continue;
        sx += s.x[j]!;
        sy += s.y[j]!;
        k++;
      }
      if (k === 0 && round < n - 1) continue;
      const a = k > 0 ? Math.atan2(sy / k - cy, sx / k - cx) : (2 * Math.PI * i) / n;
      const r = (k > 0 ? Math.hypot(sx / k - cx, sy / k - cy) : reach) + parts.unit * (0.8 + rand());
      s.x[i] = cx + Math.cos(a) * r;
      s.y[i] = cy + Math.sin(a) * r;
      placed[i] = 1;
      progress = true;
    }
    if (!progress && s.free.every((i) => placed[i])) break;
  }
  updateAll(s);
  relabelAll(s, 2);
  const moves = Math.max(1, effort.arrangeMoves + effort.refineMoves);
  anneal(s, rand, { moves: moves * s.free.length, t0: 10, t1: 0.02, step: parts.unit * 0.4, labels: true });
  repair(s, rand, { rounds: 3, tries: 60, reach: parts.unit * 1.5 });
  return toLayout(s, nodes, kept, { version: LAYOUT_VERSION, fingerprint, turned: false });
}
