// @vitest-environment node -- pure layout code.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from '../../src/graph/generate';
import { drawingOf } from '../../src/layout/arrange/drawing';
import { layoutDataset } from '../../src/layout/arrange/index';
import { chooseOrientation, viewOf } from '../../src/layout/arrange/orientation';
import { isArrangementOf } from '../../src/layout/arrange/fingerprint';
import { labelLines, labelText, textWidth } from '../../src/layout/arrange/text';
import type { DatasetLayout } from '../../src/layout/arrange/types';
import { createArrangedEngine } from '../../src/layout/arrangedEngine';
import { routePath } from '../../src/layout/geometry';
import { measureReadability } from '../../src/layout/readability/measures';
import { procrustesResidual } from '../../src/layout/readability/procrustes';
import { articleDataset } from './fixtures';

const committed = JSON.parse(
  readFileSync(join(process.cwd(), 'data/alliance-network.layout.json'), 'utf8'),
) as DatasetLayout;

const small = {
  nodes: [
    { id: 'a', kind: 'country' as const, label: { de: 'Alpha', en: 'Alpha' } },
    { id: 'b', kind: 'person' as const, label: { de: 'Bertha Beispiel', en: 'Bertha Example' } },
    { id: 'c', kind: 'event' as const, label: { de: 'Treffen', en: 'A meeting in town' } },
    { id: 'd', kind: 'concern' as const, label: { de: 'Sorge', en: 'Concern' } },
    { id: 'e', kind: 'region' as const, label: { de: 'Welt', en: 'World' } },
  ],
  edges: [
    { id: 'ab', source: 'b', target: 'a', kind: 'represents' },
    { id: 'bc', source: 'b', target: 'c', kind: 'attends' },
    { id: 'ca', source: 'c', target: 'a', kind: 'located-in' },
    { id: 'ad', source: 'a', target: 'd', kind: 'poses' },
    { id: 'ce', source: 'c', target: 'e', kind: 'applies-to' },
  ],
};

const points = (layout: DatasetLayout, view: 'upright' | 'turned') =>
  Object.entries(viewOf(layout, view).positions).map(([id, p]) => ({ id, ...p }));

describe('the arrangement', () => {
  it('is deterministic: the same dataset gives the same arrangement', () => {
    expect(layoutDataset(small)).toEqual(layoutDataset(small));
  });

  it('reserves room for the longer label of either language', () => {
    const layout = layoutDataset(small);
    const c = layout.labelPlacements['c']!;
    const width = c.box.x1 - c.box.x0;
    for (const text of ['Treffen', 'A meeting in town']) {
      for (const line of labelLines('event', text, c.lines))
        expect(textWidth('event', line)).toBeLessThanOrEqual(width);
    }
  });

  it('draws a small graph without a readability fault', () => {
    const layout = layoutDataset(small);
    const r = measureReadability(drawingOf(small, layout, 'upright'));
    expect(r.faults).toEqual([]);
  });

  it('keeps its shape on every screen: only the camera moves (Procrustes residual 0)', () => {
    const layout = layoutDataset(small);
    if (!layout.turned) return;
    expect(procrustesResidual(points(layout, 'upright'), points(layout, 'turned'))).toBeLessThan(1e-6);
  });

  it('arranges a reader’s larger graph (its time is the bench’s: `npm run bench`)', () => {
    const data = generateDataset({ nodes: 40, seed: 3 });
    const layout = layoutDataset(data);
    expect(Object.keys(layout.positions)).toHaveLength(40);
    for (const p of Object.values(layout.positions)) expect(Number.isFinite(p.x + p.y)).toBe(true);
    // Dense, non-planar and in the browser's budget: not every label clear, but nearly.
    const r = measureReadability(drawingOf(data, layout, 'upright'));
    expect(r.labelOverlaps + r.labelNodeOverlaps).toBeLessThan(data.nodes.length / 4);
  });
});

describe('optional layers', () => {
  const layered = {
    nodes: [
      ...small.nodes,
      { id: 'x', kind: 'country' as const, label: { de: 'Xland', en: 'Xland' }, layer: 'wider' },
      { id: 'y', kind: 'country' as const, label: { de: 'Yland', en: 'Yland' }, layer: 'wider' },
    ],
    edges: [
      ...small.edges,
      { id: 'ax', source: 'a', target: 'x', kind: 'alliance', layer: 'wider' },
      { id: 'xy', source: 'x', target: 'y', kind: 'alliance', layer: 'wider' },
    ],
  };

  it('leave the default view exactly as the dataset without them has it', () => {
    const alone = layoutDataset(small);
    const withLayer = layoutDataset(layered);
    for (const n of small.nodes) {
      expect(withLayer.positions[n.id], n.id).toEqual(alone.positions[n.id]);
      expect(withLayer.labelPlacements[n.id], n.id).toEqual(alone.labelPlacements[n.id]);
    }
    for (const e of small.edges) expect(withLayer.edgeRoutes[e.id]).toEqual(alone.edgeRoutes[e.id]);
    expect(Object.keys(withLayer.positions)).toHaveLength(7);
    const r = measureReadability(drawingOf(layered, withLayer, 'upright'));
    expect(r.faults).toEqual([]);
  });
});

describe('the article’s precomputed arrangement', () => {
  // What the reader sees by default: the article without its optional layer.
  const nodes = articleDataset.nodes.filter((n) => !n.layer);
  const shown = new Set(nodes.map((n) => n.id));
  const article = {
    nodes,
    edges: articleDataset.edges.filter((e) => !e.layer && shown.has(e.source) && shown.has(e.target)),
  };

  it('belongs to the dataset (else run `npm run layout`)', () => {
    expect(isArrangementOf(committed, articleDataset), 'data/alliance-network.layout.json is stale').toBe(
      true,
    );
  });

  it('draws the default view without a readability fault', () => {
    expect(measureReadability(drawingOf(article, committed, 'upright')).faults).toEqual([]);
  });

  it('fits a phone-wide screen at a readable size: at most 29.5 × 46 label sizes', () => {
    const d = drawingOf(article, committed, 'upright');
    const boxes = [...d.nodes, ...d.labels].map((x) => x.box);
    const width = Math.max(...boxes.map((b) => b.x1)) - Math.min(...boxes.map((b) => b.x0));
    const height = Math.max(...boxes.map((b) => b.y1)) - Math.min(...boxes.map((b) => b.y0));
    expect(width / 13).toBeLessThanOrEqual(29.5);
    expect(height / 13).toBeLessThanOrEqual(46);
  });
});

describe('views and the engine', () => {
  const layout = layoutDataset(small);
  const withTurn: DatasetLayout = layout.turned
    ? layout
    : { ...layout, turned: { labelPlacements: layout.labelPlacements, bounds: layout.bounds } };

  it('turns only on a screen the turned view fits clearly better', () => {
    const tall = { ...withTurn, bounds: { x0: 0, y0: 0, x1: 100, y1: 200 } };
    const turned = { ...tall, turned: { ...withTurn.turned!, bounds: { x0: 0, y0: 0, x1: 200, y1: 100 } } };
    expect(chooseOrientation(turned, 400, 800)).toBe('upright');
    expect(chooseOrientation(turned, 800, 400)).toBe('turned');
    expect(chooseOrientation(turned, 500, 480)).toBe('upright');
    expect(chooseOrientation(tall, 800, 400)).toBe('upright');
  });

  it('moves a dragged node alone, keeps it through a turn, and resets', () => {
    const engine = createArrangedEngine(withTurn, small.nodes, small.edges);
    const before = engine.nodes.map((n) => [n.id, n.x, n.y]);
    engine.dragTo('a', 500, 40);
    expect(engine.position('a')).toMatchObject({ x: 500, y: 40 });
    expect(engine.position('b')).toMatchObject({ x: before[1]![1], y: before[1]![2] });
    engine.setOrientation('turned');
    expect(engine.position('a')).toMatchObject({ x: 40, y: -500 });
    engine.setOrientation('upright');
    engine.reset();
    expect(engine.nodes.map((n) => [n.id, n.x, n.y])).toEqual(before);
  });

  it('frames what is shown: the extent of the given nodes, labels included', () => {
    const engine = createArrangedEngine(layout, small.nodes, small.edges);
    const all = engine.extent(null)!;
    const one = engine.extent(new Set(['e']))!;
    expect(one.maxX - one.minX).toBeLessThan(all.maxX - all.minX + 1e-9);
    const e = engine.position('e')!;
    const box = layout.labelPlacements['e']!.box;
    expect(one.minX).toBeLessThanOrEqual((e.x ?? 0) + box.x0);
    expect(one.maxX).toBeGreaterThanOrEqual((e.x ?? 0) + box.x1);
  });
});

describe('labels and routes', () => {
  it('breaks a label into two balanced lines at a space or after a hyphen', () => {
    expect(labelLines('concern', 'Nuclear arms programme', 2)).toEqual(['Nuclear arms', 'programme']);
    expect(labelLines('statement', 'Eckpfeiler-Erklärung', 2)).toEqual(['Eckpfeiler-', 'Erklärung']);
    expect(labelLines('concern', 'Atomwaffenprogramm', 2)).toEqual(['Atomwaffenprogramm']);
    expect(labelLines('concern', 'Nuclear arms programme', 1)).toEqual(['Nuclear arms programme']);
  });

  it('keeps a one-line text of a two-line room next to its symbol', () => {
    const placement = { lines: 2 as const, anchor: 'middle' as const, x: 0, y: -30, side: 'n' };
    expect(labelText('concern', 'Atomwaffenprogramm', placement).y).toBe(-15);
    expect(labelText('concern', 'Nuclear arms programme', placement).y).toBe(-30);
  });

  it('cuts a curved relation where it leaves the symbols', () => {
    const d = routePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.2, 10, 20);
    const [sx, sy, , , ex, ey] = d.match(/-?[\d.]+/g)!.map(Number);
    expect(Math.hypot(sx!, sy!)).toBeCloseTo(10, 0);
    expect(Math.hypot(ex! - 100, ey!)).toBeCloseTo(20, 0);
    expect(routePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 10, 20)).toBe('M10,0L80,0');
  });
});
