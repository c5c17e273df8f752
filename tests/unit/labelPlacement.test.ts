import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/layout/labelPlacement';
import type { LabelCandidate } from '../../src/layout/labelPlacement';

const overlaps = (a: LabelCandidate, b: LabelCandidate) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLabels', () => {
  it('keeps the first (most important) of two overlapping labels', () => {
    const shown = placeLabels([
      { x: 0, y: 0, width: 80, height: 16 },
      { x: 40, y: 8, width: 80, height: 16 },
      { x: 200, y: 0, width: 80, height: 16 },
    ]);
    expect(shown).toEqual([0, 2]);
  });

  it('never returns overlapping labels, and shows all once they are spread out', () => {
    const dense: LabelCandidate[] = [];
    for (let i = 0; i < 2000; i++) {
      dense.push({ x: (i * 37) % 500, y: (i * 53) % 400, width: 60, height: 14 });
    }
    const shown = placeLabels(dense).map((i) => dense[i]!);
    expect(shown.length).toBeGreaterThan(50);
    expect(shown.length).toBeLessThan(2000);
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) expect(overlaps(shown[i]!, shown[j]!)).toBe(false);
    }
    // "Zoomed in" 10×: the same labels, far apart.
    const spread = dense.map((c) => ({ ...c, x: c.x * 10, y: c.y * 10 }));
    expect(placeLabels(spread.slice(0, 200))).toHaveLength(200);
  });
});
