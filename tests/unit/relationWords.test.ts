// @vitest-environment node -- pure geometry.
import { describe, expect, it } from 'vitest';
import { routePoint } from '../../src/layout/geometry';
import { placeRelationWords } from '../../src/layout/relationWords';

const word = (id: string, ay = 0, by = 0) => ({
  id,
  a: { x: 0, y: ay },
  b: { x: 200, y: by },
  bend: 0,
  width: 40,
  height: 16,
});
const around = (x: number, y: number, r = 12) => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

describe('relation words in the presentation', () => {
  it('sit on the middle of the route when it is clear, on a bent route too', () => {
    expect(placeRelationWords([word('e')], []).get('e')).toEqual({ x: 100, y: 0 });
    const bent = { ...word('e'), bend: 0.1 };
    expect(placeRelationWords([bent], []).get('e')).toEqual(routePoint(bent.a, bent.b, 0.1, 0.5));
    expect(routePoint(bent.a, bent.b, 0.1, 0.5).y).toBeCloseTo(20, 5); // bend × length off the chord
  });

  it('move along the route, then beside it, to leave labels and each other clear', () => {
    const along = placeRelationWords([word('e')], [around(100, 0)]).get('e')!;
    expect(along.y).toBe(0);
    expect(Math.abs(along.x - 100)).toBeGreaterThanOrEqual(32);
    // The whole line covered: beside it.
    const beside = placeRelationWords([word('e')], [{ x0: 30, y0: -6, x1: 170, y1: 6 }]).get('e')!;
    expect(Math.abs(beside.y)).toBeGreaterThan(10);
    // Two relations on one line: their words apart.
    const both = placeRelationWords([word('a'), word('b')], []);
    expect(Math.abs(both.get('a')!.x - both.get('b')!.x)).toBeGreaterThanOrEqual(40);
  });

  it('where nothing is clear, cover a faded label rather than one the step shows', () => {
    const wall = (y0: number, y1: number, weight: number) =>
      Array.from({ length: 8 }, (_, i) => ({ x0: i * 30, y0, x1: i * 30 + 30, y1, weight }));
    const shown = wall(-100, 0, 1);
    const faded = wall(0, 100, 0.15);
    const at = placeRelationWords([word('e')], [...shown, ...faded]).get('e')!;
    expect(at.y).toBeGreaterThan(0);
    // Never so far off its line that the words seem to belong to another.
    expect(Math.abs(at.y)).toBeLessThanOrEqual(2 * 16);
  });
});
