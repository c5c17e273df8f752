import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { generateDataset } from '../../src/graph/generate';
import { degrees } from '../../src/graph/neighbourhood';

describe('generateDataset', () => {
  it('makes a valid dataset with about three relations per node', () => {
    const data = generateDataset({ nodes: 1000, seed: 7 });
    expect(data.nodes).toHaveLength(1000);
    expect(data.edges.length).toBeGreaterThan(2900);
    expect(data.edges.length).toBeLessThanOrEqual(3000);
    expect(validateDataset(data).ok).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(generateDataset({ nodes: 200, seed: 3 }));
    expect(JSON.stringify(generateDataset({ nodes: 200, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateDataset({ nodes: 200, seed: 4 }))).not.toBe(a);
  });

  it('has hubs: a few nodes with many relations', () => {
    const data = generateDataset({ nodes: 1000, seed: 1 });
    const max = Math.max(...degrees(data.edges).values());
    expect(max).toBeGreaterThan(30);
  });
});
