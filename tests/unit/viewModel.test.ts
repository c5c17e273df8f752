import { describe, expect, it } from 'vitest';
import { edgeMark, edgeState, nodeMark, nodeState, viewModel } from '../../src/graph/viewModel';
import type { ViewInput } from '../../src/graph/viewModel';
import { storyView } from '../../src/graph/story';
import { EDGE_KINDS } from '../../src/data/kinds';
import type { Dataset } from '../../src/data/schema';
import { DEFAULT_LAYER_FILTER, layerGraph } from '../../src/graph/layers';
import { articleDataset as dataset } from './fixtures';

/** The default view: the article, without the optional layer. */
const article = layerGraph(dataset, DEFAULT_LAYER_FILTER);

const free: ViewInput = {
  hidden: new Set(),
  storyStep: null,
  selection: null,
  hovered: null,
  query: '',
  lang: 'en',
};

describe('viewModel', () => {
  it('shows everything, nothing highlighted, when nothing is filtered, selected or told', () => {
    const vm = viewModel(dataset, free);
    expect(vm.nodes).toHaveLength(article.nodes.length);
    expect(vm.edges).toHaveLength(article.edges.length);
    expect(vm.highlight).toBeNull();
    expect(nodeState(vm, dataset.nodes[0]!.id)).toBe('normal');
  });

  it('follows the filters: a hidden group takes its relations away, nodes stay', () => {
    const vm = viewModel(dataset, { ...free, hidden: new Set(['threats']) });
    expect(vm.edges.some((e) => EDGE_KINDS[e.kind].group === 'threats')).toBe(false);
    expect(vm.edges.length).toBeLessThan(article.edges.length);
    expect(vm.nodes).toHaveLength(article.nodes.length);
  });

  it('adds a switched-on layer as it stood in a year, before the filters', () => {
    const layers = { layers: new Set(['wider']), until: 1955 };
    const vm = viewModel(dataset, { ...free, layers, hidden: new Set(['person']) });
    const shown = layerGraph(dataset, layers);
    expect(vm.edges.map((e) => e.id)).toEqual(shown.edges.map((e) => e.id));
    expect(vm.nodes.map((n) => n.id)).toContain('kr');
    expect(viewModel(dataset, free).nodes.map((n) => n.id)).not.toContain('kr');
  });

  it('walks a further story by id, whatever the layers', () => {
    const vm = viewModel(dataset, { ...free, storyStep: 0, storyId: 'network' });
    expect(vm.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['kr', 'ph', 'au']));
  });

  it('follows the story step instead of the filters while the story is open', () => {
    const step = 2;
    const vm = viewModel(dataset, { ...free, hidden: new Set(['alliances']), storyStep: step });
    const story = storyView(dataset, step)!;
    expect(new Set(vm.edges.map((e) => e.id))).toEqual(story.visibleEdges);
    expect(new Set(vm.nodes.map((n) => n.id))).toEqual(story.visibleNodes);
    // The step's own elements are highlighted, earlier ones dimmed.
    for (const id of story.highlightEdges) expect(edgeState(vm, id)).toBe('highlighted');
    const earlier = vm.edges.find((e) => !story.highlightEdges.has(e.id));
    if (earlier) expect(edgeState(vm, earlier.id)).toBe('dimmed');
  });

  it('highlights a hovered node with its neighbours and dims the rest', () => {
    const edge = dataset.edges[0]!;
    const vm = viewModel(dataset, { ...free, hovered: edge.source });
    expect(nodeState(vm, edge.source)).toBe('highlighted');
    expect(nodeState(vm, edge.target)).toBe('highlighted');
    expect(edgeState(vm, edge.id)).toBe('highlighted');
    const far = dataset.nodes.find(
      (n) =>
        !dataset.edges.some(
          (e) =>
            (e.source === edge.source && e.target === n.id) ||
            (e.target === edge.source && e.source === n.id),
        ) && n.id !== edge.source,
    );
    if (far) expect(nodeState(vm, far.id)).toBe('dimmed');
  });

  it('treats a selection that a filter hides as no selection', () => {
    const threat = dataset.edges.find((e) => EDGE_KINDS[e.kind].group === 'threats')!;
    const vm = viewModel(dataset, {
      ...free,
      hidden: new Set(['threats']),
      selection: { type: 'edge', id: threat.id },
    });
    expect(vm.selection).toBeNull();
    expect(vm.highlight).toBeNull();
  });

  it('finds shown nodes by the search text', () => {
    const vm = viewModel(dataset, { ...free, query: 'jap' });
    expect(vm.matches.map((n) => n.id)).toContain('jp');
  });

  it('never changes the dataset', () => {
    const before = JSON.stringify(dataset);
    viewModel(dataset, { ...free, storyStep: 1, hovered: 'jp', query: 'a' });
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it('tells what a step newly shows from what it highlights again', () => {
    const evidence = [{ type: 'article' as const, quote: 'q', translation: 't' }];
    const node = (id: string) => ({ id, kind: 'country' as const, label: { de: id, en: id }, evidence });
    const text = { de: 't', en: 't' };
    const tiny: Dataset = {
      version: 1,
      meta: { title: text, source: { name: 'S' } },
      nodes: ['a', 'b', 'c'].map(node),
      edges: [{ id: 'a-b', source: 'a', target: 'b', kind: 'alliance', evidence }],
      story: [
        { id: 's1', title: text, text, nodes: ['a'], edges: [] },
        { id: 's2', title: text, text, nodes: [], edges: ['a-b'] },
        { id: 's3', title: text, text, nodes: ['c'], edges: ['a-b'] },
      ],
    };
    const at = (storyStep: number) => viewModel(tiny, { ...free, storyStep });
    expect(nodeMark(at(0), 'a')).toBe('new');
    // Step 2 brings in b and the relation; a was shown by step 1.
    expect([nodeMark(at(1), 'a'), nodeMark(at(1), 'b'), edgeMark(at(1), 'a-b')]).toEqual([
      'again',
      'new',
      'new',
    ]);
    // Step 3 brings in c and highlights the relation and its ends again.
    const three = at(2);
    expect(['a', 'b', 'c'].map((id) => nodeMark(three, id))).toEqual(['again', 'again', 'new']);
    expect(edgeMark(three, 'a-b')).toBe('again');
    // Again is still highlighted; outside the story there are no marks.
    expect(nodeState(three, 'a')).toBe('highlighted');
    expect(nodeMark(viewModel(tiny, free), 'a')).toBeNull();
  });

  it('marks every highlighted element of the article story as new or again', () => {
    for (const [i] of (dataset.story ?? []).entries()) {
      const vm = viewModel(dataset, { ...free, storyStep: i });
      const story = vm.story!;
      for (const id of story.highlightNodes)
        expect(nodeMark(vm, id)).toBe(story.newNodes.has(id) ? 'new' : 'again');
      if (i === 0) expect(story.newNodes).toEqual(story.highlightNodes);
    }
  });
});
