import { describe, expect, it } from 'vitest';
import { groupsInUse, isFilterId, nodeKindsInUse, visibleGraph } from '../../src/graph/filters';
import { degrees, edgesOf, neighbourhood } from '../../src/graph/neighbourhood';
import { edgeBends } from '../../src/graph/parallel';
import { searchNodes } from '../../src/graph/search';
import type { GraphEdge } from '../../src/data/schema';
import { articleDataset } from './fixtures';

describe('visibleGraph', () => {
  it('shows everything when nothing is hidden', () => {
    const g = visibleGraph(articleDataset, new Set());
    expect(g.nodes).toHaveLength(articleDataset.nodes.length);
    expect(g.edges).toHaveLength(articleDataset.edges.length);
  });

  it('hiding the threats group removes threat, poses and cooperation edges but no nodes', () => {
    const g = visibleGraph(articleDataset, new Set(['threats']));
    expect(g.nodes).toHaveLength(articleDataset.nodes.length);
    expect(g.edges.some((e) => ['threat', 'poses', 'cooperation'].includes(e.kind))).toBe(false);
    expect(g.edges.some((e) => e.kind === 'alliance')).toBe(true);
  });

  it('hiding the alliances group removes the alliance edge', () => {
    const g = visibleGraph(articleDataset, new Set(['alliances']));
    expect(g.edges.some((e) => e.kind === 'alliance')).toBe(false);
    expect(g.edges.some((e) => e.kind === 'threat')).toBe(true);
  });

  it('hiding a node kind hides those nodes and every edge touching them', () => {
    const g = visibleGraph(articleDataset, new Set(['person']));
    expect(g.nodes.some((n) => n.kind === 'person')).toBe(false);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(g.edges.some((e) => e.kind === 'represents')).toBe(false);
  });

  it('knows which ids are filters', () => {
    expect(isFilterId('threats')).toBe(true);
    expect(isFilterId('country')).toBe(true);
    expect(isFilterId('us')).toBe(false);
  });

  it('lists the groups and kinds in use, in canonical order', () => {
    expect(groupsInUse(articleDataset.edges)).toEqual(['alliances', 'threats', 'diplomacy', 'context']);
    expect(nodeKindsInUse(articleDataset.nodes)[0]).toBe('country');
  });
});

describe('neighbourhoods', () => {
  it('contains the node, its neighbours and the edges between', () => {
    const n = neighbourhood('blinken', articleDataset.edges);
    expect(n.nodes.has('blinken')).toBe(true);
    expect(n.nodes.has('us')).toBe(true);
    expect(n.nodes.has('ru')).toBe(false);
    expect(
      [...n.edges].every((id) => edgesOf('blinken', articleDataset.edges).some((e) => e.id === id)),
    ).toBe(true);
  });

  it('counts degrees', () => {
    const d = degrees(articleDataset.edges);
    expect(d.get('blinken')).toBe(edgesOf('blinken', articleDataset.edges).length);
  });
});

describe('searchNodes', () => {
  it('finds by German and English label, ignoring case and accents', () => {
    expect(searchNodes(articleDataset.nodes, 'nordkorea', 'en')[0]?.id).toBe('kp');
    expect(searchNodes(articleDataset.nodes, 'north korea', 'de')[0]?.id).toBe('kp');
    expect(searchNodes(articleDataset.nodes, 'KIHARA', 'de')[0]?.id).toBe('kihara');
  });

  it('puts labels that start with the query first', () => {
    const hits = searchNodes(articleDataset.nodes, 'ja', 'en');
    expect(hits[0]?.id).toBe('jp');
  });

  it('returns nothing for an empty query', () => {
    expect(searchNodes(articleDataset.nodes, '  ', 'de')).toEqual([]);
  });
});

describe('edgeBends', () => {
  const edge = (id: string, source: string, target: string): GraphEdge => ({
    id,
    source,
    target,
    kind: 'threat',
    evidence: [{ type: 'article', quote: 'x', translation: 'x' }],
  });

  it('keeps a single relation straight', () => {
    expect(edgeBends([edge('a', 'us', 'jp')]).get('a')).toBe(0);
  });

  it('fans out several relations between the same two nodes, whichever direction', () => {
    const bends = edgeBends([edge('a', 'us', 'jp'), edge('b', 'jp', 'us'), edge('c', 'us', 'jp')]);
    const values = ['a', 'b', 'c'].map((id) => bends.get(id));
    // Drawn from the same side, the three must all differ.
    const sameSide = [values[0], -(values[1] ?? 0), values[2]];
    expect(new Set(sameSide).size).toBe(3);
  });
});
