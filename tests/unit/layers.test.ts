// @vitest-environment node -- reads the article dataset via node:fs.
/** Layers and time (src/graph/layers.ts): what the view holds before the filters apply. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Dataset } from '../../src/data/schema';
import type { GraphEdge, GraphNode } from '../../src/data/schema';
import { DEFAULT_LAYER_FILTER, layerGraph, relationShown, yearOf } from '../../src/graph/layers';
import { layersInUse, yearRange } from '../../src/graph/timeline';
import { storySteps, storyView } from '../../src/graph/story';

const article = v.parse(
  Dataset,
  JSON.parse(readFileSync(new URL('../../data/alliance-network.json', import.meta.url), 'utf8')),
);

const ev = [{ type: 'article' as const, quote: 'q', translation: 't' }];
const node = (id: string, layer?: string): GraphNode => ({
  id,
  kind: 'country',
  label: { de: id, en: id },
  evidence: ev,
  ...(layer ? { layer } : {}),
});
const edge = (id: string, source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id,
  source,
  target,
  kind: 'alliance',
  evidence: ev,
  ...extra,
});

// a–b from the article (2024); c joins in 1951 through the layer, d in 1960, e's tie ends in 1986.
const tiny = {
  meta: { date: '2024-07-28' },
  nodes: [node('a'), node('b'), node('lonely'), node('c', 'wider'), node('d', 'wider'), node('e', 'wider')],
  edges: [
    edge('a-b', 'a', 'b'),
    edge('a-c', 'a', 'c', { layer: 'wider', date: '1951-08-30' }),
    edge('c-d', 'c', 'd', { layer: 'wider', date: '1960' }),
    edge('a-e', 'a', 'e', { layer: 'wider', date: '1951-09', end: '1986' }),
  ],
};
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const wider = new Set(['wider']);

describe('yearOf', () => {
  it('reads the year of a full or partial date', () => {
    expect([yearOf('1951-08-30'), yearOf('1962-03'), yearOf('1986'), yearOf(undefined), yearOf('x')]).toEqual(
      [1951, 1962, 1986, null, null],
    );
  });
});

describe('relationShown', () => {
  it('shows a relation from the year of its date, until the year of its end', () => {
    const e = { date: '1951-09-01', end: '1986' };
    expect([1950, 1951, 1985, 1986, 2024].map((y) => relationShown(e, y, 2024))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(relationShown(e, null, 2024)).toBe(false); // the latest state: it has ended
  });

  it('dates an undated relation by the dataset, and always shows one with no date at all', () => {
    expect([relationShown({}, 2023, 2024), relationShown({}, 2024, 2024)]).toEqual([false, true]);
    expect([relationShown({}, 1900, null), relationShown({}, null, null)]).toEqual([true, true]);
  });
});

describe('layerGraph', () => {
  it('leaves every layer out by default, and nothing else', () => {
    const g = layerGraph(tiny, DEFAULT_LAYER_FILTER);
    expect(ids(g.nodes)).toEqual(['a', 'b', 'lonely']);
    expect(ids(g.edges)).toEqual(['a-b']);
  });

  it('adds a switched-on layer: its relations, and its nodes once they have one', () => {
    const g = layerGraph(tiny, { layers: wider, until: null });
    expect(ids(g.nodes)).toEqual(['a', 'b', 'lonely', 'c', 'd']);
    expect(ids(g.edges)).toEqual(['a-b', 'a-c', 'c-d']);
  });

  it('shows the network as it stood at the end of a year', () => {
    const at = (until: number) => layerGraph(tiny, { layers: wider, until });
    expect(ids(at(1950).nodes)).toEqual([]);
    expect(ids(at(1951).nodes)).toEqual(['a', 'c', 'e']);
    expect(ids(at(1951).edges)).toEqual(['a-c', 'a-e']);
    expect(ids(at(1960).edges)).toEqual(['a-c', 'c-d', 'a-e']);
    expect(ids(at(1986).edges)).toEqual(['a-c', 'c-d']);
    expect(ids(at(2024).nodes)).toEqual(['a', 'b', 'lonely', 'c', 'd']);
    expect(ids(at(2024).edges)).toEqual(['a-b', 'a-c', 'c-d']);
  });

  it('applies time without a layer too', () => {
    expect(ids(layerGraph(tiny, { layers: new Set(), until: 2000 }).nodes)).toEqual([]);
    expect(ids(layerGraph(tiny, { layers: new Set(), until: 2024 }).nodes)).toEqual(['a', 'b', 'lonely']);
  });

  it('never shows a relation whose end is in a layer that is off', () => {
    const g = layerGraph(
      { ...tiny, edges: [...tiny.edges, edge('b-c', 'b', 'c')] },
      { layers: new Set(), until: null },
    );
    expect(ids(g.edges)).toEqual(['a-b']);
  });
});

describe('yearRange', () => {
  it('spans the dated relations of the switched-on layers', () => {
    expect(yearRange(tiny, wider)).toEqual({ min: 1951, max: 2024 });
    expect(yearRange(tiny, new Set())).toBeNull();
  });
});

describe('the article dataset', () => {
  const layerIds = new Set(article.nodes.filter((n) => n.layer).map((n) => n.id));

  it('declares one layer in use, "wider"', () => {
    expect(layersInUse(article).map((l) => l.id)).toEqual(['wider']);
  });

  it('draws no node of the layer by default', () => {
    const g = layerGraph(article, DEFAULT_LAYER_FILTER);
    expect(g.nodes.filter((n) => layerIds.has(n.id))).toEqual([]);
    expect(g.nodes).toHaveLength(article.nodes.length - layerIds.size);
    expect(g.edges.every((e) => !e.layer)).toBe(true);
  });

  it('adds at least six countries with the layer, South Korea, the Philippines and Australia among them', () => {
    const g = layerGraph(article, { layers: wider, until: null });
    const added = g.nodes.filter((n) => n.kind === 'country' && layerIds.has(n.id)).map((n) => n.id);
    expect(added.length).toBeGreaterThanOrEqual(6);
    expect(added).toEqual(expect.arrayContaining(['kr', 'ph', 'au']));
  });

  it('grows from 1951 to 2024: South Korea and the Philippines by 1955, more relations by 2024', () => {
    const early = layerGraph(article, { layers: wider, until: 1955 });
    const late = layerGraph(article, { layers: wider, until: 2024 });
    expect(ids(early.nodes)).toEqual(expect.arrayContaining(['kr', 'ph', 'us']));
    expect(ids(early.nodes)).not.toContain('tokyo-2plus2-2024');
    expect(early.edges.length).toBeLessThan(late.edges.length);
    expect(ids(late.nodes)).toEqual(ids(layerGraph(article, { layers: wider, until: null }).nodes));
    expect(yearRange(article, wider)).toEqual({ min: 1951, max: 2024 });
  });

  it('walks the layer in its second story', () => {
    const steps = storySteps(article, 'network');
    expect(steps.length).toBeGreaterThanOrEqual(5);
    const last = storyView(article, steps.length - 1, 'network')!;
    expect([...last.visibleNodes]).toEqual(expect.arrayContaining(['kr', 'ph', 'au', 'quad', 'aukus']));
    expect(storySteps(article, null)).toBe(article.story);
    expect(storySteps(article, 'nope')).toEqual([]);
  });
});
