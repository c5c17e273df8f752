/**
 * A d3-force force that keeps node boxes (symbol + label) from overlapping.
 * Unlike forceCollide it works on rectangles, since labels are wide and flat.
 * Not scaled by alpha: the settled layout must be free of overlaps.
 */
import type { NodeBox } from './nodeBox';

export interface BoxNode {
  x?: number | undefined;
  y?: number | undefined;
  vx?: number | undefined;
  vy?: number | undefined;
  fx?: number | null | undefined;
  fy?: number | null | undefined;
  box: NodeBox;
}

/** Penetration of box b into box a (positive when overlapping), per axis. */
export function overlap(a: BoxNode, b: BoxNode): { dx: number; dy: number } | null {
  const ax = a.x ?? 0;
  const ay = a.y ?? 0;
  const bx = b.x ?? 0;
  const by = b.y ?? 0;
  const ox = a.box.halfWidth + b.box.halfWidth - Math.abs(ax - bx);
  if (ox <= 0) return null;
  // Vertical extents differ above/below the centre.
  const oy = ay < by ? ay + a.box.bottom - (by - b.box.top) : by + b.box.bottom - (ay - a.box.top);
  if (oy <= 0) return null;
  return { dx: ox, dy: oy };
}

/** Moves overlapping pairs apart along the axis of least penetration. */
export function separate(nodes: BoxNode[], strength: number): number {
  let moved = 0;
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j]!;
      const o = overlap(a, b);
      if (!o) continue;
      moved++;
      const aFixed = a.fx != null;
      const bFixed = b.fx != null;
      const shareA = aFixed ? 0 : bFixed ? 1 : 0.5;
      const shareB = 1 - shareA;
      if (o.dx * 1.6 < o.dy) {
        const dir = (a.x ?? 0) < (b.x ?? 0) || ((a.x ?? 0) === (b.x ?? 0) && i < j) ? -1 : 1;
        const d = (o.dx + 0.5) * strength;
        a.x = (a.x ?? 0) + dir * d * shareA;
        b.x = (b.x ?? 0) - dir * d * shareB;
      } else {
        const dir = (a.y ?? 0) < (b.y ?? 0) || ((a.y ?? 0) === (b.y ?? 0) && i < j) ? -1 : 1;
        const d = (o.dy + 0.5) * strength;
        a.y = (a.y ?? 0) + dir * d * shareA;
        b.y = (b.y ?? 0) - dir * d * shareB;
      }
    }
  }
  return moved;
}

export function forceBoxCollide(strength = 0.7) {
  let nodes: BoxNode[] = [];
  function force() {
    separate(nodes, strength);
  }
  force.initialize = (n: BoxNode[]) => {
    nodes = n;
  };
  return force;
}
