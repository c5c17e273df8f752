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

/** The control point of a route whose midpoint lies bend × length off the chord. */
function routeControl(a: Point, b: Point, bend: number): Point {
  return { x: (a.x + b.x) / 2 - (b.y - a.y) * 2 * bend, y: (a.y + b.y) / 2 + (b.x - a.x) * 2 * bend };
}

/** The point at `t` (0 … 1) along a relation's route as the arrangement bends it (see routePath). */
export function routePoint(a: Point, b: Point, bend: number, t: number): Point {
  const c = routeControl(a, b, bend);
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}

/**
 * A relation as the arrangement routes it: straight, or the quadratic curve
 * whose midpoint lies `bend` × length off the chord (see arrange/scene.ts),
 * cut exactly where it leaves the symbols (`trimStart`, `trimEnd` from the centres).
 */
export function routePath(a: Point, b: Point, bend: number, trimStart: number, trimEnd: number): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  if (bend === 0 || len === 0) {
    const start = towards(a, b, trimStart);
    const end = towards(b, a, trimEnd);
    return `M${r(start.x)},${r(start.y)}L${r(end.x)},${r(end.y)}`;
  }
  const c = routeControl(a, b, bend);
  const at = (t: number): Point => routePoint(a, b, bend, t);
  // The parameter where the curve is `distance` from `from` (distance grows along the curve near its end).
  const cut = (from: Point, distance: number, fromStart: boolean): number => {
    let lo = 0;
    let hi = 0.5;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      const p = at(fromStart ? mid : 1 - mid);
      if (Math.hypot(p.x - from.x, p.y - from.y) < distance) lo = mid;
      else hi = mid;
    }
    return fromStart ? (lo + hi) / 2 : 1 - (lo + hi) / 2;
  };
  const t0 = cut(a, trimStart, true);
  const t1 = cut(b, trimEnd, false);
  // The piece of the curve between t0 and t1 is itself a quadratic curve (de Casteljau).
  const p0 = at(t0);
  const p2 = at(t1);
  const w0 = (1 - t0) * (1 - t1);
  const w1 = (1 - t0) * t1 + t0 * (1 - t1);
  const w2 = t0 * t1;
  const q = { x: w0 * a.x + w1 * c.x + w2 * b.x, y: w0 * a.y + w1 * c.y + w2 * b.y };
  return `M${r(p0.x)},${r(p0.y)}Q${r(q.x)},${r(q.y)} ${r(p2.x)},${r(p2.y)}`;
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
