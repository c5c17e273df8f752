/**
 * The start of a two-phase layout (simulation.ts): the first nodes are pinned
 * where their own layout put them, the later ones (an optional layer) start
 * just outside their placed neighbours, or on a ring around everything.
 */
import { overlap } from './forceBoxCollide';
import type { BoxNode } from './forceBoxCollide';
interface Placeable {
  id: string;
  x?: number;
  y?: number;
  fx?: number | null;
  fy?: number | null;
}

export function pinAndSurround<N extends Placeable>(
  nodes: N[],
  edges: readonly { source: string; target: string }[],
  firstPosition: (id: string) => { x?: number; y?: number } | undefined,
): void {
  let radius = 0;
  for (const n of nodes) {
    const p = firstPosition(n.id);
    if (!p) continue;
    n.x = n.fx = p.x ?? 0;
    n.y = n.fy = p.y ?? 0;
    radius = Math.max(radius, Math.hypot(n.x, n.y));
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const neighbours = new Map<string, N[]>();
  for (const { source, target } of edges) {
    for (const [a, b] of [
      [source, target],
      [target, source],
    ] as const) {
      const other = byId.get(b);
      if (other?.fx != null) neighbours.set(a, [...(neighbours.get(a) ?? []), other]);
    }
  }
  nodes
    .filter((n) => n.fx == null)
    .forEach((n, i) => {
      const near = neighbours.get(n.id) ?? [];
      const cx = near.reduce((sum, m) => sum + (m.x ?? 0), 0) / Math.max(1, near.length);
      const cy = near.reduce((sum, m) => sum + (m.y ?? 0), 0) / Math.max(1, near.length);
      // Outwards from the middle of the picture, past the first nodes; spread a little by index.
      const angle =
        near.length > 0 ? Math.atan2(cy, cx) + ((i % 5) - 2) * 0.15 : i * Math.PI * (3 - Math.sqrt(5));
      const r = radius + 60 + (i % 3) * 30;
      n.x = Math.cos(angle) * r;
      n.y = Math.sin(angle) * r;
    });
}

/**
 * After the simulation: each later node that still overlaps another node moves
 * straight outwards (away from the middle of the picture) until it is free.
 * The pinned first nodes never move.
 */
export function moveLaterOutwards<N extends Placeable & BoxNode>(nodes: N[]): void {
  const STEP = 6;
  nodes.forEach((n, i) => {
    if (n.fx != null) return;
    let x = n.x ?? 0;
    let y = n.y ?? 0;
    const angle = x === 0 && y === 0 ? i * Math.PI * (3 - Math.sqrt(5)) : Math.atan2(y, x);
    for (let k = 0; k < 2000 && nodes.some((m) => m !== n && overlap(n, m)); k++) {
      x += Math.cos(angle) * STEP;
      y += Math.sin(angle) * STEP;
      n.x = x;
      n.y = y;
    }
  });
}
