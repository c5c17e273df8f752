import { describe, expect, it } from 'vitest';
import { edgeState, nodeState, viewModel } from '../../src/graph/viewModel';
import type { ViewInput } from '../../src/graph/viewModel';
import { storyView } from '../../src/graph/story';
import { EDGE_KINDS } from '../../src/data/kinds';
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
});
