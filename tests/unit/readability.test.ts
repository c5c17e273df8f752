import { describe, expect, it } from 'vitest';
import {
  countCrossings,
  countCutOff,
  countEdgeThroughLabel,
  countEdgeThroughNode,
  countLabelNodeOverlaps,
  countLabelOverlaps,
  measureReadability,
} from '../../src/layout/readability/measures';
import type { DrawnEdge } from '../../src/layout/readability/measures';
import { procrustesResidual } from '../../src/layout/readability/procrustes';
import { polylinesCross, segmentInBox } from '../../src/layout/readability/primitives';

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
const edge = (id: string, source: string, target: string, points: number[]): DrawnEdge => ({
  id,
  source,
  target,
  points,
});

describe('readability measures', () => {
  it('counts two relations that cross, not two that share an end or only touch', () => {
    const x = [edge('a', 'p', 'q', [0, 0, 10, 10]), edge('b', 'r', 's', [0, 10, 10, 0])];
    expect(countCrossings(x)).toBe(1);
    const shared = [edge('a', 'p', 'q', [0, 0, 10, 10]), edge('b', 'p', 's', [0, 0, 10, 0])];
    expect(countCrossings(shared)).toBe(0);
    const apart = [edge('a', 'p', 'q', [0, 0, 10, 0]), edge('b', 'r', 's', [0, 5, 10, 5])];
    expect(countCrossings(apart)).toBe(0);
    // A T: one ends on the other, without crossing it.
    const touch = [edge('a', 'p', 'q', [0, 0, 10, 0]), edge('b', 'r', 's', [5, 0, 5, 10])];
    expect(countCrossings(touch)).toBe(0);
  });

  it('finds crossings of curved relations given as polylines', () => {
    // An arch over a straight line crosses it twice: one pair.
    const arch = edge('a', 'p', 'q', [0, 0, 5, 10, 10, 0]);
    const line = edge('b', 'r', 's', [-5, 3, 15, 3]);
    expect(countCrossings([arch, line])).toBe(1);
    expect(polylinesCross([0, 0, 5, 10, 10, 0], [-5, 12, 15, 12])).toBe(false);
  });

  it('counts a relation through a label, its own node’s label included', () => {
    const labels = [
      { id: 'p', box: box(2, -3, 20, 3) },
      { id: 'z', box: box(40, 40, 60, 50) },
    ];
    const edges = [edge('a', 'p', 'q', [0, 0, 30, 0])];
    expect(countEdgeThroughLabel(edges, labels)).toBe(1);
    // Grazing a corner by less than the tolerance does not count.
    expect(countEdgeThroughLabel([edge('b', 'q', 'r', [19.8, -10, 19.8, 10])], labels, 0.5)).toBe(1);
    expect(countEdgeThroughLabel([edge('c', 'q', 'r', [0, -3.2, 30, -3.2])], labels)).toBe(0);
  });

  it('counts a relation through a symbol other than its two ends', () => {
    const nodes = [
      { id: 'p', box: box(-5, -5, 5, 5) },
      { id: 'm', box: box(45, -5, 55, 5) },
      { id: 'q', box: box(95, -5, 105, 5) },
    ];
    expect(countEdgeThroughNode([edge('a', 'p', 'q', [5, 0, 95, 0])], nodes)).toBe(1);
    expect(countEdgeThroughNode([edge('a', 'p', 'q', [5, 10, 95, 10])], nodes)).toBe(0);
  });

  it('counts overlapping labels and labels over symbols', () => {
    const labels = [
      { id: 'a', box: box(0, 0, 10, 10) },
      { id: 'b', box: box(5, 5, 15, 15) },
      { id: 'c', box: box(10.2, 0, 20, 4) },
    ];
    expect(countLabelOverlaps(labels)).toBe(1);
    const nodes = [{ id: 'x', box: box(18, 2, 30, 12) }];
    expect(countLabelNodeOverlaps(labels, nodes)).toBe(1);
  });

  it('counts what lies outside the frame', () => {
    const drawing = {
      nodes: [{ id: 'x', box: box(-3, 0, 5, 5) }],
      labels: [{ id: 'x', box: box(8, 0, 18, 5) }],
      edges: [],
      frame: box(0, 0, 100, 100),
    };
    expect(countCutOff(drawing)).toBe(1);
    expect(measureReadability(drawing).faults).toEqual(['node x cut off']);
  });

  it('clips a segment to a box', () => {
    expect(segmentInBox(-10, 5, 20, 5, 0, 0, 10, 10)).toBeCloseTo(10);
    expect(segmentInBox(-10, 15, 20, 15, 0, 0, 10, 10)).toBe(0);
    expect(segmentInBox(0, 0, 10, 10, 0, 0, 10, 10)).toBeCloseTo(Math.SQRT2 * 10);
  });
});

describe('similarity-Procrustes residual', () => {
  const pts = [
    { id: 'a', x: 0, y: 0 },
    { id: 'b', x: 100, y: 0 },
    { id: 'c', x: 100, y: 40 },
    { id: 'd', x: 30, y: 80 },
  ];
  const transform = (f: (x: number, y: number) => [number, number]) =>
    pts.map((p) => {
      const [x, y] = f(p.x, p.y);
      return { id: p.id, x, y };
    });

  it('is 0 for the same picture moved, turned, mirrored and scaled', () => {
    expect(
      procrustesResidual(
        pts,
        transform((x, y) => [x + 500, y - 20]),
      ),
    ).toBeCloseTo(0, 9);
    expect(
      procrustesResidual(
        pts,
        transform((x, y) => [-y * 2.5, x * 2.5]),
      ),
    ).toBeCloseTo(0, 9);
    expect(
      procrustesResidual(
        pts,
        transform((x, y) => [-x * 0.3 + 7, y * 0.3]),
      ),
    ).toBeCloseTo(0, 9);
  });

  it('grows with the disagreement, relative to the size of the drawing', () => {
    const moved = pts.map((p) => (p.id === 'd' ? { ...p, x: p.x + 20 } : p));
    const small = procrustesResidual(pts, moved);
    expect(small).toBeGreaterThan(0.02);
    expect(small).toBeLessThan(0.3);
    const scaled = (k: number) => pts.map((p) => ({ ...p, x: p.x * k, y: p.y * k }));
    const movedScaled = (k: number) => moved.map((p) => ({ ...p, x: p.x * k, y: p.y * k }));
    expect(procrustesResidual(scaled(3), movedScaled(3))).toBeCloseTo(small, 9);
    // Symmetric.
    expect(procrustesResidual(moved, pts)).toBeCloseTo(small, 9);
    // A different picture of the same nodes is far off.
    const shuffled = pts.map((p, i) => ({ ...p, x: pts[(i + 2) % 4]!.x, y: pts[(i + 1) % 4]!.y }));
    expect(procrustesResidual(pts, shuffled)).toBeGreaterThan(0.5);
  });

  it('matches points by id and ignores the unmatched', () => {
    const extra = [...pts.toReversed(), { id: 'zzz', x: 1e6, y: 1e6 }];
    expect(procrustesResidual(pts, extra)).toBeCloseTo(0, 9);
  });
});
