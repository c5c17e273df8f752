/**
 * Plane geometry for readability measures and the layout optimiser: segments,
 * polylines (flat arrays x0, y0, x1, y1, …), axis-aligned boxes and circles.
 * Pure and allocation-free in the hot paths.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Twice the signed area of the triangle a, b, c (> 0: counter-clockwise in a y-up frame). */
function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Whether segments ab and cd cross at a point inside both (touching end points do not count). */
export function segmentsCross(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Whether two polylines cross anywhere. */
export function polylinesCross(p: ArrayLike<number>, q: ArrayLike<number>): boolean {
  for (let i = 0; i + 3 < p.length; i += 2) {
    const ax = p[i]!;
    const ay = p[i + 1]!;
    const bx = p[i + 2]!;
    const by = p[i + 3]!;
    const minX = Math.min(ax, bx);
    const maxX = Math.max(ax, bx);
    const minY = Math.min(ay, by);
    const maxY = Math.max(ay, by);
    for (let j = 0; j + 3 < q.length; j += 2) {
      const cx = q[j]!;
      const cy = q[j + 1]!;
      const dx = q[j + 2]!;
      const dy = q[j + 3]!;
      if (Math.max(cx, dx) < minX || Math.min(cx, dx) > maxX) continue;
      if (Math.max(cy, dy) < minY || Math.min(cy, dy) > maxY) continue;
      if (segmentsCross(ax, ay, bx, by, cx, cy, dx, dy)) return true;
    }
  }
  return false;
}

/** Length of the part of segment ab inside the box x0, y0, x1, y1 (Liang–Barsky clipping). */
export function segmentInBox(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  // The four sides in turn: p is the direction across the side, q the distance inside it.
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? ax - x0 : side === 1 ? x1 - ax : side === 2 ? ay - y0 : y1 - ay;
    if (p === 0) {
      if (q < 0) return 0;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return 0;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return 0;
      if (r < t1) t1 = r;
    }
  }
  return t1 > t0 ? (t1 - t0) * Math.hypot(dx, dy) : 0;
}

/** Length of the part of a polyline inside the box x0, y0, x1, y1. */
export function polylineInBox(p: ArrayLike<number>, x0: number, y0: number, x1: number, y1: number): number {
  let total = 0;
  for (let i = 0; i + 3 < p.length; i += 2) {
    const ax = p[i]!;
    const ay = p[i + 1]!;
    const bx = p[i + 2]!;
    const by = p[i + 3]!;
    if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1) continue;
    if (Math.max(ay, by) < y0 || Math.min(ay, by) > y1) continue;
    total += segmentInBox(ax, ay, bx, by, x0, y0, x1, y1);
  }
  return total;
}

/** Distance from point (px, py) to segment ab. */
export function pointSegmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance from a point to a polyline. */
export function pointPolylineDistance(px: number, py: number, p: ArrayLike<number>): number {
  let best = Infinity;
  for (let i = 0; i + 3 < p.length; i += 2) {
    const d = pointSegmentDistance(px, py, p[i]!, p[i + 1]!, p[i + 2]!, p[i + 3]!);
    if (d < best) best = d;
  }
  return best;
}

/** Area of the intersection of two boxes (0 when they do not overlap). */
export function boxOverlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Whether the box x0, y0, x1, y1 touches the circle (centre, radius); if so,
 * the area it shares with the square around the circle (at least a little).
 */
export function boxCircleOverlap(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  cx: number,
  cy: number,
  r: number,
): number {
  // Nearest point of the box to the centre: inside the radius means they touch.
  const nx = Math.max(x0, Math.min(cx, x1));
  const ny = Math.max(y0, Math.min(cy, y1));
  if (Math.hypot(nx - cx, ny - cy) >= r) return 0;
  const w = Math.min(x1, cx + r) - Math.max(x0, cx - r);
  const h = Math.min(y1, cy + r) - Math.max(y0, cy - r);
  return Math.max(1e-6, w * h);
}

/** A box grown by `m` on every side. */
export function inflate(b: Box, m: number): Box {
  return { x0: b.x0 - m, y0: b.y0 - m, x1: b.x1 + m, y1: b.y1 + m };
}
