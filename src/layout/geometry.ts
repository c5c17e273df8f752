/** Pure geometry for drawing: edge paths and fitting the picture into the viewport. */
import type { NodeBox } from './nodeBox';

export interface Point {
  x: number;
  y: number;
}

export const BEND_PX = 28;

/**
 * A quadratic curve from `a` to `b`, bent sideways by `bend` units, trimmed so
 * it starts and ends at the symbols' rims (arrowheads stay visible).
 */
export function edgePath(a: Point, b: Point, bend: number, trimStart: number, trimEnd: number): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const nx = -dy / len;
  const ny = dx / len;
  const cx = (a.x + b.x) / 2 + nx * bend * BEND_PX;
  const cy = (a.y + b.y) / 2 + ny * bend * BEND_PX;
  const start = towards(a, { x: cx, y: cy }, trimStart);
  const end = towards(b, { x: cx, y: cy }, trimEnd);
  const r = (v: number) => Math.round(v * 10) / 10;
  if (bend === 0) return `M${r(start.x)},${r(start.y)}L${r(end.x)},${r(end.y)}`;
  return `M${r(start.x)},${r(start.y)}Q${r(cx)},${r(cy)} ${r(end.x)},${r(end.y)}`;
}

function towards(from: Point, to: Point, distance: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len === 0 || distance === 0) return from;
  const k = Math.min(distance, len / 2) / len;
  return { x: from.x + dx * k, y: from.y + dy * k };
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundsOf(items: Iterable<Point & { box: NodeBox }>): Bounds | null {
  let b: Bounds | null = null;
  for (const n of items) {
    const minX = n.x - n.box.halfWidth;
    const maxX = n.x + n.box.halfWidth;
    const minY = n.y - n.box.top;
    const maxY = n.y + n.box.bottom;
    if (!b) b = { minX, minY, maxX, maxY };
    else {
      b.minX = Math.min(b.minX, minX);
      b.minY = Math.min(b.minY, minY);
      b.maxX = Math.max(b.maxX, maxX);
      b.maxY = Math.max(b.maxY, maxY);
    }
  }
  return b;
}

export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/** The zoom transform that shows `bounds` centred in a `width`×`height` viewport. */
export function fitTransform(
  bounds: Bounds,
  width: number,
  height: number,
  padding = 16,
  maxScale = 1.6,
): ViewTransform {
  const bw = Math.max(1, bounds.maxX - bounds.minX);
  const bh = Math.max(1, bounds.maxY - bounds.minY);
  const k = Math.max(0.05, Math.min(maxScale, (width - 2 * padding) / bw, (height - 2 * padding) / bh));
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  return { x: width / 2 - cx * k, y: height / 2 - cy * k, k };
}

/** The point at `t` (0 … 1) along a relation's line (straight, or bent by `bend` as in edgePath). */
export function edgePoint(a: Point, b: Point, bend: number, t = 0.5): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const cx = (a.x + b.x) / 2 + (-dy / len) * bend * BEND_PX;
  const cy = (a.y + b.y) / 2 + (dx / len) * bend * BEND_PX;
  // A quadratic Bézier: (1-t)² a + 2t(1-t) c + t² b.
  const u = 1 - t;
  return { x: u * u * a.x + 2 * t * u * cx + t * t * b.x, y: u * u * a.y + 2 * t * u * cy + t * t * b.y };
}

/** The middle of a relation's line. */
export function edgeMidpoint(a: Point, b: Point, bend: number): Point {
  return edgePoint(a, b, bend, 0.5);
}
