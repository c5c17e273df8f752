import { describe, expect, it } from 'vitest';
import { PRESENT_MIN_SCALE, frameTransform } from '../../src/layout/frame';
import { LABEL_FONT_PX } from '../../src/layout/nodeBox';

const small = { minX: -50, minY: -20, maxX: 50, maxY: 20 };
const large = { minX: -1000, minY: -600, maxX: 1000, maxY: 600 };

describe('frameTransform', () => {
  it('zooms in further in the story and the presentation than in free exploration', () => {
    const ks = (['free', 'story', 'present'] as const).map((m) => frameTransform(small, 1400, 1000, m).k);
    expect(ks[0]).toBeCloseTo(1.4);
    expect(ks[1]).toBeGreaterThan(ks[0]!);
    expect(ks[2]).toBeGreaterThan(ks[1]!);
  });

  it('keeps presentation labels at least 24 px on screen, even when the picture does not fit', () => {
    const t = frameTransform(large, 1400, 1000, 'present');
    expect(t.k).toBe(PRESENT_MIN_SCALE);
    expect(LABEL_FONT_PX * t.k).toBeGreaterThanOrEqual(24);
    // Still centred on the picture.
    expect(t.x).toBeCloseTo(700);
    expect(t.y).toBeCloseTo(500);
    expect(frameTransform(large, 1400, 1000, 'free').k).toBeLessThan(1);
  });
});
