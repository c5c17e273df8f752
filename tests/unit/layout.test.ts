import { describe, expect, it } from 'vitest';
import { overlap } from '../../src/layout/forceBoxCollide';
import { boundsOf, edgeMidpoint, edgePath, fitTransform } from '../../src/layout/geometry';
import { estimateLabelWidth, nodeBox } from '../../src/layout/nodeBox';
import { createLayout } from '../../src/layout/simulation';
import { articleDataset } from './fixtures';

const nodes = articleDataset.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label.de }));

describe('the force layout with a layer placed later', () => {
  const all = articleDataset.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    label: n.label.de,
    later: n.layer !== undefined,
  }));
  const first = all.filter((n) => !n.later);

  it('puts the first nodes exactly where a layout without the later ones puts them', () => {
    expect(first.length).toBeLessThan(all.length);
    const alone = createLayout(first, articleDataset.edges, { width: 1100, height: 700 });
    const both = createLayout(all, articleDataset.edges, { width: 1100, height: 700 });
    const at = (l: typeof alone, id: string) => [l.position(id)?.x, l.position(id)?.y];
    for (const n of first) expect(at(both, n.id), n.id).toEqual(at(alone, n.id));
    alone.stop();
    both.stop();
  });

  it('places the later nodes around them without overlaps, and lets the first ones go', () => {
    const layout = createLayout(all, articleDataset.edges, { width: 1100, height: 700 });
    const list = layout.nodes;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        expect(overlap(list[i]!, list[j]!), `${list[i]!.id} / ${list[j]!.id}`).toBeNull();
      }
    }
    expect(list.every((n) => n.fx == null && Number.isFinite(n.x))).toBe(true);
    layout.stop();
  });
});

describe('the force layout', () => {
  it('is deterministic: the same data and viewport give the same positions', () => {
    const a = createLayout(nodes, articleDataset.edges, { width: 900, height: 600 });
    const b = createLayout(nodes, articleDataset.edges, { width: 900, height: 600 });
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
    a.stop();
    b.stop();
  });

  it('is settled after construction and leaves no node boxes overlapping', () => {
    for (const [width, height] of [
      [1280, 800],
      [375, 667],
    ] as const) {
      const layout = createLayout(nodes, articleDataset.edges, { width, height });
      expect(layout.isRunning()).toBe(false);
      const list = layout.nodes;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          expect(overlap(list[i]!, list[j]!), `${list[i]!.id} / ${list[j]!.id}`).toBeNull();
        }
      }
      layout.stop();
    }
  });

  it('takes the viewport shape: taller on a phone than on a wide screen', () => {
    const measure = (width: number, height: number) => {
      const layout = createLayout(nodes, articleDataset.edges, { width, height });
      const b = boundsOf(layout.nodes.map((n) => ({ x: n.x ?? 0, y: n.y ?? 0, box: n.box })))!;
      layout.stop();
      return (b.maxX - b.minX) / (b.maxY - b.minY);
    };
    expect(measure(375, 667)).toBeLessThan(measure(1600, 800));
  });

  it('reset returns a dragged node to the initial layout', () => {
    const layout = createLayout(nodes, articleDataset.edges, { width: 900, height: 600 });
    const before = layout.nodes.map((n) => [n.x, n.y]);
    layout.dragStart('ru');
    layout.dragTo('ru', 500, 500);
    layout.dragEnd('ru');
    layout.stop();
    expect(layout.position('ru')?.fx).toBe(500);
    layout.reset();
    expect(layout.nodes.map((n) => [n.x, n.y])).toEqual(before);
    expect(layout.position('ru')?.fx ?? null).toBeNull();
    layout.stop();
  });
});

describe('geometry', () => {
  it('draws a straight edge trimmed at both ends', () => {
    expect(edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 10, 20)).toBe('M10,0L80,0');
  });

  it('bends a parallel edge with a quadratic curve', () => {
    expect(edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 1, 0, 0)).toMatch(/^M0,0Q50,28 100,0$/);
  });

  it('puts a relation’s words at the middle of its line, on the bend for a curve', () => {
    expect(edgeMidpoint({ x: 0, y: 0 }, { x: 100, y: 0 }, 0)).toEqual({ x: 50, y: 0 });
    // Half way to the control point (50, 28) of the curve.
    expect(edgeMidpoint({ x: 0, y: 0 }, { x: 100, y: 0 }, 1)).toEqual({ x: 50, y: 14 });
  });

  it('fits bounds centred in the viewport', () => {
    const t = fitTransform({ minX: 0, minY: 0, maxX: 100, maxY: 50 }, 232, 132, 16, 10);
    expect(t.k).toBe(2);
    expect(t.x).toBe(16);
    expect(t.y).toBe(16);
  });

  it('estimates wider boxes for longer labels', () => {
    expect(estimateLabelWidth('Nordkorea')).toBeGreaterThan(estimateLabelWidth('USA'));
    expect(nodeBox('country', 'Japan').halfWidth).toBeGreaterThan(nodeBox('person', 'Japan').halfWidth);
  });
});
