/**
 * The rules a structural schema cannot express: unique ids, relations and
 * story steps that point at existing nodes and edges, layers that are
 * declared, dates that exist in the calendar. Lenient on purpose: it reads
 * whatever is there (even a structurally broken file), so a dangling edge is
 * reported together with a type error instead of one at a time.
 */
import { describeValue } from './problem';
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
        found: describeValue(item.id),
      });
  });
  return new Set(first.keys());
}

function ref(value: unknown, ids: Set<string>, path: string, what: string, problems: Problem[]): void {
  if (typeof value === 'string' && !ids.has(value)) {
    problems.push({ path, expected: what, found: describeValue(value) });
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

/** Every `layer` a node, relation or story names is declared in `meta.layers` (once). */
function layerProblems(input: Rec, problems: Problem[]): void {
  const layers = isRec(input.meta) ? items(input.meta.layers) : [];
  const declared = uniqueIds(layers, 'meta.layers', 'layer', problems);
  const what = `a layer declared in meta.layers (${[...declared].join(', ') || 'the dataset declares none'})`;
  items(input.nodes).forEach(
    (n, i) => isRec(n) && ref(n.layer, declared, `nodes[${i}].layer`, what, problems),
  );
  items(input.edges).forEach(
    (e, i) => isRec(e) && ref(e.layer, declared, `edges[${i}].layer`, what, problems),
  );
  items(input.stories).forEach((story, i) => {
    if (isRec(story))
      items(story.layers).forEach((id, j) => ref(id, declared, `stories[${i}].layers[${j}]`, what, problems));
  });
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date as a sortable number (partial dates count from their start), if real. */
function dateKey(value: string): number | null {
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? y * 10000 + m * 100 + d : null;
}

/** Relation dates are real calendar dates, and a relation does not end before it began. */
function dateProblems(edges: unknown[], problems: Problem[]): void {
  edges.forEach((edge, i) => {
    if (!isRec(edge)) return;
    const keys: (number | null)[] = [];
    for (const field of ['date', 'end'] as const) {
      const value = edge[field];
      // Values that do not even look like a date are reported by the schema.
      const key = typeof value === 'string' && /^\d{4}(-\d\d){0,2}$/.test(value) ? dateKey(value) : undefined;
      keys.push(key ?? null);
      if (key === null)
        problems.push({
          path: `edges[${i}].${field}`,
          expected: 'a real calendar date',
          found: JSON.stringify(value),
        });
    }
    const [start, end] = keys;
    if (start != null && end != null && end < start)
      problems.push({
        path: `edges[${i}].end`,
        expected: `a date on or after the relation's date (${String(edge.date)})`,
        found: JSON.stringify(edge.end),
      });
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
  layerProblems(input, problems);
  dateProblems(edges, problems);
  return problems;
}
