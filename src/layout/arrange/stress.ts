/**
 * Stress majorisation (Gansner, Koren & North 2004): places nodes so that
 * their distances match the graph's shortest paths, the classic start for a
 * readable drawing. Deterministic for a given random source.
 */

export interface LengthEdge {
  s: number;
  t: number;
  /** Wanted length of the relation (layout units). */
  length: number;
}

/**
 * Shortest-path distances between all pairs along relations of the given
 * lengths (Floyd–Warshall); unreachable pairs a little beyond the farthest.
 */
export function graphDistances(n: number, edges: readonly LengthEdge[]): Float64Array {
  const d = new Float64Array(n * n).fill(Infinity);
  for (let i = 0; i < n; i++) d[i * n + i] = 0;
  for (const e of edges) {
    const l = Math.min(d[e.s * n + e.t]!, e.length);
    d[e.s * n + e.t] = l;
    d[e.t * n + e.s] = l;
  }
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      const dik = d[i * n + k]!;
      if (dik === Infinity) continue;
      const row = i * n;
      const krow = k * n;
      for (let j = 0; j < n; j++) {
        const via = dik + d[krow + j]!;
        if (via < d[row + j]!) d[row + j] = via;
      }
    }
  }
  let max = 0;
  let unit = Infinity;
  for (const v of d) if (v !== Infinity && v > max) max = v;
  for (const e of edges) unit = Math.min(unit, e.length);
  for (let i = 0; i < n * n; i++) if (d[i] === Infinity) d[i] = max + (unit === Infinity ? 80 : unit);
  return d;
}

/**
 * Moves `x`, `y` (in place) towards low stress: `iterations` sweeps of the
 * localised majorisation update, weights 1/d².
 */
export function majorise(x: Float64Array, y: Float64Array, dist: Float64Array, iterations: number): void {
  const n = x.length;
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let sx = 0;
      let sy = 0;
      let sw = 0;
      const xi = x[i]!;
      const yi = y[i]!;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const d = dist[i * n + j]!;
        if (d <= 0) continue;
        const w = 1 / (d * d);
        const dx = xi - x[j]!;
        const dy = yi - y[j]!;
        const len = Math.hypot(dx, dy) || 1e-6;
        sx += w * (x[j]! + (d * dx) / len);
        sy += w * (y[j]! + (d * dy) / len);
        sw += w;
      }
      if (sw === 0) continue;
      const nx = sx / sw;
      const ny = sy / sw;
      moved += Math.abs(nx - xi) + Math.abs(ny - yi);
      x[i] = nx;
      y[i] = ny;
    }
    if (moved / n < 1e-3) break;
  }
}

/** The stress of a drawing: Σ (|pᵢ − pⱼ| − dᵢⱼ)² / dᵢⱼ². */
export function stress(x: Float64Array, y: Float64Array, dist: Float64Array): number {
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = dist[i * n + j]!;
      if (d <= 0) continue;
      const e = Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!) - d;
      s += (e * e) / (d * d);
    }
  }
  return s;
}

/** Turns the drawing (in place) so that its longer principal axis runs along x; centres it. */
export function alignPrincipalAxis(x: Float64Array, y: Float64Array): void {
  const n = x.length;
  if (n === 0) return;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]! / n;
    my += y[i]! / n;
  }
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const c = Math.cos(-angle);
  const s = Math.sin(-angle);
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    x[i] = dx * c - dy * s;
    y[i] = dx * s + dy * c;
  }
}
