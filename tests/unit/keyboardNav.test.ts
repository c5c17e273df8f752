import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestInDirection } from '../../src/graph/keyboardNav';
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
