/**
 * The rules a structural schema cannot express: unique ids, relations and
 * story steps that point at existing nodes and edges, layers that are
 * declared, dates that exist in the calendar. Lenient on purpose: it reads
 * whatever is there (even a structurally broken file), so a dangling edge is
 * reported together with a type error instead of one at a time.
 */
import { dateProblems, layerProblems } from './layerRules';
import type { Problem } from './problem';

type Rec = Record<string, unknown>;

function isRec(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Collects ids of a list and reports the duplicates. */
function uniqueIds(list: unknown[], name: string, what: string, problems: Problem[]): Set<string> {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    if (!isRec(item) || typeof item.id !== 'string') return;
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else
      problems.push({
        path: `${name}[${i}].id`,
        expected: `a unique ${what} id (${name}[${seen}] has it too)`,
        found: JSON.stringify(item.id),
      });
  });
  return new Set(first.keys());
}

function ref(value: unknown, ids: Set<string>, path: string, what: string, problems: Problem[]): void {
  if (typeof value === 'string' && !ids.has(value)) {
    problems.push({ path, expected: what, found: JSON.stringify(value) });
  }
}

function storyProblems(
  steps: unknown[],
  at: string,
  ids: { nodes: Set<string> | null; edges: Set<string> | null },
  problems: Problem[],
): void {
  uniqueIds(steps, at, 'story step', problems);
  steps.forEach((step, i) => {
    if (!isRec(step)) return;
    const path = `${at}[${i}]`;
    const { nodes, edges } = ids;
    if (nodes) {
      items(step.nodes).forEach((id, j) => ref(id, nodes, `${path}.nodes[${j}]`, 'a node id', problems));
      ref(step.focus, nodes, `${path}.focus`, 'a node id', problems);
    }
    if (edges) {
      items(step.edges).forEach((id, j) => ref(id, edges, `${path}.edges[${j}]`, 'an edge id', problems));
    }
  });
}

export function crossReferenceProblems(input: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isRec(input)) return problems;
  const nodes = items(input.nodes);
  const edges = items(input.edges);
  const nodeIds = uniqueIds(nodes, 'nodes', 'node', problems);
  const edgeIds = uniqueIds(edges, 'edges', 'edge', problems);
  const ids = {
    nodes: Array.isArray(input.nodes) ? nodeIds : null,
    edges: Array.isArray(input.edges) ? edgeIds : null,
  };

  if (ids.nodes) {
    edges.forEach((edge, i) => {
      if (!isRec(edge)) return;
      ref(edge.source, nodeIds, `edges[${i}].source`, 'a node id', problems);
      ref(edge.target, nodeIds, `edges[${i}].target`, 'a node id', problems);
    });
  }
  storyProblems(items(input.story), 'story', ids, problems);
  const stories = items(input.stories);
  uniqueIds(stories, 'stories', 'story', problems);
  stories.forEach((story, i) => {
    if (isRec(story)) storyProblems(items(story.steps), `stories[${i}].steps`, ids, problems);
  });
  problems.push(...layerProblems(input), ...dateProblems(edges));
  return problems;
}
