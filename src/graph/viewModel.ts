/**
 * One view model of what the reader sees: which nodes and relations are shown
 * and how (normal, dimmed, highlighted, selected), from the dataset, the
 * layers and year, the filters, the story step, the search and the selection. Every surface reads
 * it: the SVG and canvas renderers, the relations table, the detail panel, the
 * live region, print and export. Pure, like a sigma.js reducer: the dataset is
 * never mutated.
 */
import type { Lang } from '../data/lang';
import type { Dataset, GraphEdge, GraphNode } from '../data/schema';
import { visibleGraph } from './filters';
import { DEFAULT_LAYER_FILTER, layerGraph } from './layers';
import type { LayerFilter } from './layers';
import { neighbourhood } from './neighbourhood';
import { searchNodes } from './search';
import { storyGraph, storyView } from './story';
import type { StoryView } from './story';

export type Selection = { type: 'node' | 'edge'; id: string } | null;

/** The reader's state that decides what is shown. */
export interface ViewInput {
  /** Switched-off filter groups and node kinds. */
  hidden: ReadonlySet<string>;
  /** The open story step (0-based), or null while exploring freely. */
  storyStep: number | null;
  /** Which story: null for the main one, else the id of a further story. */
  storyId?: string | null;
  /** The layers switched on and the year (see graph/layers.ts); none and the latest by default. */
  layers?: LayerFilter;
  selection: Selection;
  hovered: string | null;
  query: string;
  lang: Lang;
}

/** What is shown, before any highlighting: changes only with the dataset, filters and story. */
export interface ShownGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  /** The story step being shown (its own filters replace the reader's, which wait untouched). */
  story: StoryView | null;
}

export type ElementState = 'normal' | 'highlighted' | 'dimmed';

export interface ViewModel extends ShownGraph {
  /** Nodes and relations in focus (story step, selection or hover); null when nothing is. */
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  /** The selection, if it is shown; a selection hidden by a filter or the story counts as none. */
  selection: Selection;
  /** Shown nodes whose label matches the search, best first. */
  matches: GraphNode[];
}

/**
 * The story decides what it shows from the whole dataset; otherwise the
 * reader's layers and year decide what exists, and the filters what is shown.
 */
export function shownGraph(
  dataset: Pick<Dataset, 'nodes' | 'edges' | 'story' | 'stories'> & { meta?: Pick<Dataset['meta'], 'date'> },
  hidden: ReadonlySet<string>,
  storyStep: number | null,
  layers: LayerFilter = DEFAULT_LAYER_FILTER,
  storyId: string | null = null,
): ShownGraph {
  const story = storyStep === null ? null : storyView(dataset, storyStep, storyId);
  const { nodes, edges } = story
    ? storyGraph(dataset, story)
    : visibleGraph(layerGraph(dataset, layers), hidden);
  return {
    nodes,
    edges,
    nodeIds: new Set(nodes.map((n) => n.id)),
    edgeIds: new Set(edges.map((e) => e.id)),
    story,
  };
}

/** Adds highlight, selection and search to what is shown. */
export function decorate(
  shown: ShownGraph,
  input: Pick<ViewInput, 'selection' | 'hovered' | 'query' | 'lang'>,
): ViewModel {
  const { selection, hovered } = input;
  const selectionShown =
    selection &&
    (selection.type === 'node' ? shown.nodeIds.has(selection.id) : shown.edgeIds.has(selection.id))
      ? selection
      : null;
  let highlight: ViewModel['highlight'] = null;
  if (shown.story) highlight = { nodes: shown.story.highlightNodes, edges: shown.story.highlightEdges };
  else if (selectionShown?.type === 'edge') {
    const e = shown.edges.find((x) => x.id === selectionShown.id);
    if (e) highlight = { nodes: new Set([e.source, e.target]), edges: new Set([e.id]) };
  } else {
    const focus =
      (hovered && shown.nodeIds.has(hovered) ? hovered : null) ??
      (selectionShown?.type === 'node' ? selectionShown.id : null);
    if (focus) highlight = neighbourhood(focus, shown.edges);
  }
  return {
    ...shown,
    highlight,
    selection: selectionShown,
    matches: searchNodes(shown.nodes, input.query, input.lang),
  };
}

export function viewModel(
  dataset: Pick<Dataset, 'nodes' | 'edges' | 'story' | 'stories' | 'meta'>,
  input: ViewInput,
): ViewModel {
  return decorate(shownGraph(dataset, input.hidden, input.storyStep, input.layers, input.storyId), input);
}

export function nodeState(vm: Pick<ViewModel, 'highlight'>, id: string): ElementState {
  if (!vm.highlight) return 'normal';
  return vm.highlight.nodes.has(id) ? 'highlighted' : 'dimmed';
}

export function edgeState(vm: Pick<ViewModel, 'highlight'>, id: string): ElementState {
  if (!vm.highlight) return 'normal';
  return vm.highlight.edges.has(id) ? 'highlighted' : 'dimmed';
}

/**
 * How the open story step shows a highlighted element: `new` when the step
 * brings it in (no earlier step showed it), `again` when an earlier step did
 * and this one highlights it again; null outside the step's highlight.
 */
export type StoryMark = 'new' | 'again' | null;

export function nodeMark(vm: Pick<ShownGraph, 'story'>, id: string): StoryMark {
  const story = vm.story;
  if (!story?.highlightNodes.has(id)) return null;
  return story.newNodes.has(id) ? 'new' : 'again';
}

export function edgeMark(vm: Pick<ShownGraph, 'story'>, id: string): StoryMark {
  const story = vm.story;
  if (!story?.highlightEdges.has(id)) return null;
  return story.newEdges.has(id) ? 'new' : 'again';
}
