/**
 * The camera's and d3-zoom's zoom interpolator (src/network/camera/interpolateZoom.ts) is
 * d3-interpolate's, copied so the rest of d3-interpolate stays out of the first view: it must
 * move the camera exactly as the original does.
 */
import { interpolateZoom as d3InterpolateZoom } from 'd3';
import { describe, expect, it } from 'vitest';
import { interpolateZoom } from '../../src/network/camera/interpolateZoom';
import type { ZoomView } from '../../src/network/camera/interpolateZoom';

const moves: [ZoomView, ZoomView][] = [
  [
    [0, 0, 800],
    [300, -120, 200],
  ],
  [
    [50, 50, 400],
    [50, 50, 1600],
  ], // zoom only (the special case)
  [
    [-900, 40, 2000],
    [900, 40, 2000],
  ], // pan only
];

describe('interpolateZoom', () => {
  it('follows d3-interpolate’s path and duration', () => {
    for (const [from, to] of moves) {
      const ours = interpolateZoom(from, to);
      const d3s = d3InterpolateZoom(from, to);
      expect(ours.duration).toBeCloseTo(d3s.duration, 9);
      for (const t of [0, 0.1, 0.35, 0.5, 0.8, 1]) {
        const [x, y, w] = ours(t);
        const [dx, dy, dw] = d3s(t);
        expect(x).toBeCloseTo(dx, 9);
        expect(y).toBeCloseTo(dy, 9);
        expect(w).toBeCloseTo(dw, 9);
      }
    }
  });

  it('takes another curvature, as d3’s does', () => {
    const [from, to] = moves[0]!;
    const ours = interpolateZoom.rho(0.5)(from, to);
    // Its types leave `rho` out; d3-interpolate has it.
    const withRho = d3InterpolateZoom as unknown as { rho(r: number): typeof d3InterpolateZoom };
    const d3s = withRho.rho(0.5)(from, to);
    expect(ours(0.5)[2]).toBeCloseTo(d3s(0.5)[2], 9);
    expect(ours.duration).toBeCloseTo(d3s.duration, 9);
  });
});
