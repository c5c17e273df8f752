/**
 * What the guided story shows at a step: the nodes and relations brought in by
 * the steps so far are visible, this step's ones are highlighted, the rest is
 * dimmed. Pure, so the drawing, the export and the tests agree.
 */
import type { Dataset, Story, StoryStep } from '../data/schema';

type WithStories = Pick<Dataset, 'story' | 'stories'>;

/** A further story of the dataset by id (`stories`), or undefined. */
export function findStory(dataset: WithStories, storyId: string | null): Story | undefined {
  return storyId === null ? undefined : dataset.stories?.find((s) => s.id === storyId);
}

/** The steps of a story: the main `story` for null, else the further story with that id (or none). */
export function storySteps(dataset: WithStories, storyId: string | null): StoryStep[] {
  return storyId === null ? (dataset.story ?? []) : (findStory(dataset, storyId)?.steps ?? []);
}

export interface StoryView {
  /** 0-based index of the step, clamped into the story. */
  index: number;
  step: StoryStep;
  total: number;
  visibleNodes: ReadonlySet<string>;
  visibleEdges: ReadonlySet<string>;
  highlightNodes: ReadonlySet<string>;
  highlightEdges: ReadonlySet<string>;
  /** Highlighted nodes this step brings in: not shown at any earlier step. */
  newNodes: ReadonlySet<string>;
  /** Highlighted relations this step brings in: not shown at any earlier step. */
  newEdges: ReadonlySet<string>;
  /** The node the camera moves to (the step's `focus`, else its first node). */
  focus: string | null;
}

/** The step index inside `[0, total - 1]`, or null when there is no story. */
export function clampStep(index: number, total: number): number | null {
  if (total <= 0 || !Number.isFinite(index)) return null;
  return Math.min(total - 1, Math.max(0, Math.trunc(index)));
}

export function storyView(
  dataset: Pick<Dataset, 'nodes' | 'edges' | 'story' | 'stories'>,
  stepIndex: number,
  storyId: string | null = null,
): StoryView | null {
  const story = storySteps(dataset, storyId);
  const index = clampStep(stepIndex, story.length);
  if (index === null) return null;
  const nodeIds = new Set(dataset.nodes.map((n) => n.id));
  const edgeById = new Map(dataset.edges.map((e) => [e.id, e]));

  const visibleNodes = new Set<string>();
  const visibleEdges = new Set<string>();
  const highlightNodes = new Set<string>();
  const highlightEdges = new Set<string>();
  // What the earlier steps showed: the rest of this step's highlight is new in it.
  let shownBefore = { nodes: new Set<string>(), edges: new Set<string>() };
  for (const [i, step] of story.slice(0, index + 1).entries()) {
    const current = i === index;
    if (current) shownBefore = { nodes: new Set(visibleNodes), edges: new Set(visibleEdges) };
    for (const id of step.nodes) {
      if (!nodeIds.has(id)) continue;
      visibleNodes.add(id);
      if (current) highlightNodes.add(id);
    }
    for (const id of step.edges) {
      const edge = edgeById.get(id);
      if (!edge || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
      // A relation brings in both of its ends.
      visibleEdges.add(id);
      visibleNodes.add(edge.source);
      visibleNodes.add(edge.target);
      if (current) {
        highlightEdges.add(id);
        highlightNodes.add(edge.source);
        highlightNodes.add(edge.target);
      }
    }
  }
  const step = story[index];
  if (!step) return null;
  const focus =
    step.focus && nodeIds.has(step.focus) ? step.focus : (step.nodes.find((id) => nodeIds.has(id)) ?? null);
  if (focus) {
    visibleNodes.add(focus);
    highlightNodes.add(focus);
  }
  const notIn = (ids: ReadonlySet<string>, earlier: ReadonlySet<string>) =>
    new Set([...ids].filter((id) => !earlier.has(id)));
  return {
    index,
    step,
    total: story.length,
    visibleNodes,
    visibleEdges,
    highlightNodes,
    highlightEdges,
    newNodes: notIn(highlightNodes, shownBefore.nodes),
    newEdges: notIn(highlightEdges, shownBefore.edges),
    focus,
  };
}

/** The dataset's nodes and edges that the story shows at this step, in dataset order. */
export function storyGraph(dataset: Pick<Dataset, 'nodes' | 'edges'>, view: StoryView) {
  return {
    nodes: dataset.nodes.filter((n) => view.visibleNodes.has(n.id)),
    edges: dataset.edges.filter((e) => view.visibleEdges.has(e.id)),
  };
}
