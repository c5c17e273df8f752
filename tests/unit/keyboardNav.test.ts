import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestInDirection, unobscuredBox } from '../../src/graph/keyboardNav';
import type { Direction, NavPoint } from '../../src/graph/keyboardNav';

// A plus sign around c, with a far node diagonally down-right.
const plus: NavPoint[] = [
  { id: 'c', x: 0, y: 0 },
  { id: 'n', x: 0, y: -100 },
  { id: 's', x: 5, y: 80 },
  { id: 'w', x: -120, y: 10 },
  { id: 'e', x: 90, y: -5 },
  { id: 'far-se', x: 300, y: 280 },
];

describe('nearestInDirection', () => {
  it.each<[Direction, string]>([
    ['up', 'n'],
    ['down', 's'],
    ['left', 'w'],
    ['right', 'e'],
  ])('moves %s to the node in that direction', (dir, expected) => {
    expect(nearestInDirection('c', dir, plus)).toBe(expected);
  });

  it('prefers a node straight ahead over a nearer one far off to the side', () => {
    const points: NavPoint[] = [
      { id: 'a', x: 0, y: 0 },
      { id: 'side', x: 60, y: 55 },
      { id: 'ahead', x: 150, y: 10 },
    ];
    expect(nearestInDirection('a', 'right', points)).toBe('ahead');
  });

  it('falls back to a node in the half-plane when the cone is empty', () => {
    const points: NavPoint[] = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 20, y: 200 },
    ];
    expect(nearestInDirection('a', 'right', points)).toBe('b');
    expect(nearestInDirection('a', 'left', points)).toBeNull();
  });

  it('returns null at the edge and for an unknown start', () => {
    expect(nearestInDirection('n', 'up', plus)).toBeNull();
    expect(nearestInDirection('nope', 'up', plus)).toBeNull();
  });

  it('never returns the start, and the result always lies ahead', () => {
    const point = fc.record({
      x: fc.integer({ min: -500, max: 500 }),
      y: fc.integer({ min: -500, max: 500 }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 20 }),
        fc.constantFrom<Direction>('up', 'down', 'left', 'right'),
        (raw, dir) => {
          const points = raw.map((p, i) => ({ id: `n${i}`, ...p }));
          const to = nearestInDirection('n0', dir, points);
          if (to === null) return;
          expect(to).not.toBe('n0');
          const a = points[0]!;
          const b = points.find((p) => p.id === to)!;
          const along = { up: a.y - b.y, down: b.y - a.y, left: a.x - b.x, right: b.x - a.x }[dir];
          expect(along).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('unobscuredBox', () => {
  const view = { left: 0, top: 0, right: 900, bottom: 600 };
  it('leaves the box alone without a panel or when the panel lies elsewhere', () => {
    expect(unobscuredBox(view, null)).toEqual(view);
    expect(unobscuredBox(view, { left: 950, top: 0, right: 1200, bottom: 600 })).toEqual(view);
  });
  it('narrows the box beside a side panel', () => {
    expect(unobscuredBox(view, { left: 500, top: 0, right: 860, bottom: 600 })).toEqual({
      ...view,
      right: 500,
    });
  });
  it('shortens the box above a bottom sheet', () => {
    expect(unobscuredBox(view, { left: 0, top: 350, right: 900, bottom: 700 })).toEqual({
      ...view,
      bottom: 350,
    });
  });
  it('gives up when the panel covers nearly everything', () => {
    expect(unobscuredBox(view, { left: 50, top: 50, right: 900, bottom: 600 })).toEqual(view);
  });
});
