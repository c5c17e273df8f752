import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../src/graph/generate';
import { overlap, separate, separateIndexed } from '../../src/layout/forceBoxCollide';
import type { BoxNode } from '../../src/layout/forceBoxCollide';
import { seededRandom } from '../../src/layout/random';
import { createLayout } from '../../src/layout/simulation';

function overlappingPairs(nodes: BoxNode[]): number {
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) if (overlap(nodes[i]!, nodes[j]!)) count++;
  }
  return count;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('box collision at scale', () => {
  it('the quadtree search finds the same overlaps as all pairs and separates them', () => {
    const random = seededRandom(5);
    const make = () =>
      Array.from({ length: 800 }, () => ({
        x: random() * 1500,
        y: random() * 1500,
        box: { halfWidth: 8 + random() * 30, top: 12, bottom: 30 },
      }));
    const nodes = make();
    const before = overlappingPairs(nodes);
    expect(before).toBeGreaterThan(50);
    const copy = nodes.map((n) => ({ ...n }));
    // One pass touches every overlapping pair once, whichever way the pairs are found.
    expect(separateIndexed(copy, 0)).toBe(before);
    for (let i = 0; i < 2000 && separate(nodes, 1) > 0; i++);
    expect(overlappingPairs(nodes)).toBe(0);
  });
});

describe('large layouts', () => {
  const data = generateDataset({ nodes: 600, seed: 2 });
  const inputs = data.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label.en }));

  it('settle in time slices, do nothing while paused, and resume', () => {
    vi.useFakeTimers();
    const engine = createLayout(inputs, data.edges, { width: 1200, height: 800 });
    const settled = vi.fn();
    engine.onSettled(settled);
    expect(engine.isRunning()).toBe(true);
    vi.advanceTimersByTime(1);
    const afterOneSlice = engine.ticks();
    expect(afterOneSlice).toBeGreaterThan(0);
    engine.pause();
    vi.advanceTimersByTime(5000);
    expect(engine.ticks()).toBe(afterOneSlice);
    expect(vi.getTimerCount()).toBe(0);
    engine.resume();
    vi.runAllTimers();
    expect(settled).toHaveBeenCalledTimes(1);
    expect(engine.isRunning()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('give the same picture as the synchronous layout', () => {
    vi.useFakeTimers();
    const sync = createLayout(inputs, data.edges, { width: 1200, height: 800, mode: 'sync' });
    const sliced = createLayout(inputs, data.edges, { width: 1200, height: 800 });
    vi.runAllTimers();
    expect(sliced.nodes.map((n) => [n.x, n.y])).toEqual(sync.nodes.map((n) => [n.x, n.y]));
  });
});
