import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/graph/generate';
import { createForceLayout, startPositions } from '../../src/layout/large/forceCore';
import { adjacency, pivotMds } from '../../src/layout/large/pivotMds';
import { createLargeLayout } from '../../src/layout/large/largeLayout';
import { symbolRadius } from '../../src/layout/nodeBox';

function input(nodes: number) {
  const data = generateDataset({ nodes, seed: 3 });
  const index = new Map(data.nodes.map((n, i) => [n.id, i]));
  return {
    data,
    force: {
      n: data.nodes.length,
      source: Int32Array.from(data.edges, (e) => index.get(e.source)!),
      target: Int32Array.from(data.edges, (e) => index.get(e.target)!),
      radius: Float32Array.from(data.nodes, (n) => symbolRadius(n.kind) + 3),
      width: 1280,
      height: 800,
      seed: 7,
    },
  };
}

const settle = (layout: ReturnType<typeof createForceLayout>) => {
  while (!layout.tick());
  return layout;
};

describe('pivot MDS', () => {
  it('places linked nodes closer than unlinked ones', () => {
    const { force } = input(400);
    const adj = adjacency(force.n, force.source, force.target);
    const xy = pivotMds(force.n, adj, { edgeLength: 36 });
    const d = (a: number, b: number) => Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);
    let linked = 0;
    for (let e = 0; e < force.source.length; e++) linked += d(force.source[e]!, force.target[e]!);
    let random = 0;
    for (let i = 0; i < 1000; i++) random += d((i * 7) % force.n, (i * 13 + 5) % force.n);
    expect(linked / force.source.length).toBeCloseTo(36, 0);
    expect(random / 1000).toBeGreaterThan(1.5 * (linked / force.source.length));
    expect([...xy].every(Number.isFinite)).toBe(true);
  });

  it('unfolds a large grid flat (its main axes summed over a sample of the nodes)', () => {
    const side = 64;
    const source: number[] = [];
    const target: number[] = [];
    for (let r = 0; r < side; r++)
      for (let c = 0; c < side; c++) {
        const i = r * side + c;
        if (c + 1 < side) {
          source.push(i);
          target.push(i + 1);
        }
        if (r + 1 < side) {
          source.push(i);
          target.push(i + side);
        }
      }
    const n = side * side;
    const xy = pivotMds(n, adjacency(n, Int32Array.from(source), Int32Array.from(target)), {
      edgeLength: 36,
    });
    const d = (a: number, b: number) => Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);
    // Flat, not folded: the corners as far apart as in a square of that size, both diagonals
    // alike, each side about a diagonal over √2.
    const corner = d(0, n - 1);
    expect(corner / (36 * (side - 1) * Math.SQRT2)).toBeGreaterThan(0.8);
    expect(d(side - 1, n - side) / corner).toBeGreaterThan(0.9);
    for (const sideLength of [d(0, side - 1), d(0, n - side)])
      expect(Math.abs(sideLength / corner - Math.SQRT1_2)).toBeLessThan(0.1);
  });
});

describe('large-graph force layout', () => {
  it('settles within its tick budget, deterministically, with symbols apart', () => {
    const { force } = input(600);
    const a = settle(createForceLayout(force));
    const b = settle(createForceLayout(force));
    expect(a.ticks()).toBeLessThanOrEqual(300);
    expect(a.progress()).toBe(1);
    expect([...a.xy]).toEqual([...b.xy]);
    expect([...a.xy].every(Number.isFinite)).toBe(true);
    let overlaps = 0;
    for (let i = 0; i < force.n; i++) {
      for (let j = i + 1; j < force.n; j++) {
        const gap = Math.hypot(a.xy[2 * i]! - a.xy[2 * j]!, a.xy[2 * i + 1]! - a.xy[2 * j + 1]!);
        if (gap < 0.8 * (force.radius[i]! + force.radius[j]!)) overlaps++;
      }
    }
    expect(overlaps).toBe(0);
  });

  it('starts about as wide as it settles, so its first picture neither is a blob nor blows apart', () => {
    const { force } = input(600);
    const spread = (xy: ArrayLike<number>) => {
      let cx = 0;
      let cy = 0;
      for (let i = 0; i < force.n; i++) {
        cx += xy[2 * i]!;
        cy += xy[2 * i + 1]!;
      }
      cx /= force.n;
      cy /= force.n;
      let sum = 0;
      for (let i = 0; i < force.n; i++) sum += (xy[2 * i]! - cx) ** 2 + (xy[2 * i + 1]! - cy) ** 2;
      return Math.sqrt(sum / force.n);
    };
    const start = spread(startPositions(force));
    const layout = createForceLayout(force);
    layout.tick();
    const first = spread(layout.xy);
    const settled = spread(settle(layout).xy);
    expect(start / settled).toBeGreaterThan(0.75);
    expect(start / settled).toBeLessThan(1.1);
    expect(first / start, 'the first tick keeps the picture').toBeLessThan(1.2);
  });

  it('keeps a pinned node where it was put, and reset forgets it', () => {
    const { force } = input(300);
    const layout = createForceLayout(force);
    layout.pin(5, 1234, -567);
    settle(layout);
    expect([layout.xy[10], layout.xy[11]]).toEqual([1234, -567]);
    layout.reset();
    settle(layout);
    expect(layout.xy[10]).not.toBe(1234);
  });
});

describe('createLargeLayout on the main thread (the fallback)', () => {
  it('streams positions into the nodes and settles; dragging pins a node', async () => {
    const { data } = input(320);
    const engine = createLargeLayout(
      data.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label.de })),
      data.edges,
      { width: 1000, height: 700, runIn: 'main-thread' },
    );
    const progress: number[] = [];
    engine.onProgress(() => progress.push(engine.progress()));
    expect(engine.isRunning()).toBe(true);
    await new Promise<void>((resolve) => engine.onSettled(resolve));
    expect(engine.hasPositions()).toBe(true);
    expect(engine.fallback()).toBeNull();
    expect(progress.length).toBeGreaterThan(1);
    expect(engine.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    engine.dragStart('n3');
    engine.dragTo('n3', 42, 43);
    engine.dragEnd('n3');
    expect(engine.position('n3')).toMatchObject({ x: 42, y: 43, fx: 42, fy: 43 });
    engine.stop();
  });

  it('falls back to the main thread, with a reason, when the worker cannot start', async () => {
    const { data } = input(300);
    const engine = createLargeLayout(
      data.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label.de })),
      data.edges,
      {
        width: 800,
        height: 600,
        createWorker: () => {
          throw new Error('blocked by the content security policy');
        },
      },
    );
    expect(engine.fallback()).toMatch(/could not start/);
    await new Promise<void>((resolve) => engine.onSettled(resolve));
    expect(engine.hasPositions()).toBe(true);
    engine.stop();
  });
});
