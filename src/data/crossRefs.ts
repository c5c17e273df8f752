/**
 * The rules a structural schema cannot express: unique ids, relations and
 * story steps that point at existing nodes and edges. Lenient on purpose: it
 * reads whatever is there (even a structurally broken file), so a dangling
 * edge is reported together with a type error instead of one at a time.
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

export function crossReferenceProblems(input: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isRec(input)) return problems;
  const nodes = items(input.nodes);
  const edges = items(input.edges);
  const story = items(input.story);
  const nodeIds = uniqueIds(nodes, 'nodes', 'node', problems);
  const edgeIds = uniqueIds(edges, 'edges', 'edge', problems);
  uniqueIds(story, 'story', 'story step', problems);
  const haveNodes = Array.isArray(input.nodes);
  const haveEdges = Array.isArray(input.edges);

  if (haveNodes) {
    edges.forEach((edge, i) => {
      if (!isRec(edge)) return;
      ref(edge.source, nodeIds, `edges[${i}].source`, 'a node id', problems);
      ref(edge.target, nodeIds, `edges[${i}].target`, 'a node id', problems);
    });
  }
  story.forEach((step, i) => {
    if (!isRec(step)) return;
    if (haveNodes) {
      items(step.nodes).forEach((id, j) =>
        ref(id, nodeIds, `story[${i}].nodes[${j}]`, 'a node id', problems),
      );
      ref(step.focus, nodeIds, `story[${i}].focus`, 'a node id', problems);
    }
    if (haveEdges) {
      items(step.edges).forEach((id, j) =>
        ref(id, edgeIds, `story[${i}].edges[${j}]`, 'an edge id', problems),
      );
    }
  });
  return problems;
}
