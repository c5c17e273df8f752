/**
 * A d3-force force that keeps node boxes (symbol + label) from overlapping.
 * Unlike forceCollide it works on rectangles, since labels are wide and flat.
 * Not scaled by alpha: the settled layout must be free of overlaps.
 */
import { quadtree } from 'd3';
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

/** Above this many nodes, overlapping pairs are found through a quadtree instead of all pairs. */
export const QUADTREE_MIN_NODES = 200;

function push(a: BoxNode, b: BoxNode, i: number, j: number, o: { dx: number; dy: number }, strength: number) {
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

/**
 * Moves overlapping pairs apart along the axis of least penetration; returns
 * how many pairs overlapped. All pairs for small graphs (O(n²), exact order,
 * the article's picture), a quadtree search for large ones (O(n log n)).
 */
export function separate(nodes: BoxNode[], strength: number): number {
  if (nodes.length > QUADTREE_MIN_NODES) return separateIndexed(nodes, strength);
  let moved = 0;
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j]!;
      const o = overlap(a, b);
      if (!o) continue;
      moved++;
      push(a, b, i, j, o, strength);
    }
  }
  return moved;
}

/** The same separation, visiting only the neighbours a quadtree of the node centres finds. */
export function separateIndexed(nodes: BoxNode[], strength: number): number {
  let maxHalfWidth = 0;
  let maxTop = 0;
  let maxBottom = 0;
  for (const n of nodes) {
    maxHalfWidth = Math.max(maxHalfWidth, n.box.halfWidth);
    maxTop = Math.max(maxTop, n.box.top);
    maxBottom = Math.max(maxBottom, n.box.bottom);
  }
  const indices = nodes.map((_, i) => i);
  const tree = quadtree<number>()
    .x((i) => nodes[i]!.x ?? 0)
    .y((i) => nodes[i]!.y ?? 0)
    .addAll(indices);
  let moved = 0;
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    const ax = a.x ?? 0;
    const ay = a.y ?? 0;
    const x0 = ax - a.box.halfWidth - maxHalfWidth;
    const x1 = ax + a.box.halfWidth + maxHalfWidth;
    const y0 = ay - a.box.top - maxBottom;
    const y1 = ay + a.box.bottom + maxTop;
    tree.visit((quad, qx0, qy0, qx1, qy1) => {
      if (!quad.length) {
        for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
          const j = leaf.data;
          if (j <= i) continue;
          const b = nodes[j]!;
          const o = overlap(a, b);
          if (!o) continue;
          moved++;
          push(a, b, i, j, o, strength);
        }
      }
      return qx0 > x1 || qx1 < x0 || qy0 > y1 || qy1 < y0;
    });
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
