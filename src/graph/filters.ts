/**
 * Which nodes and edges the reader sees. `hidden` holds filter group ids
 * (alliances, threats, …) and node kind ids (country, person, …): the two
 * vocabularies do not overlap, so one set serves both filters and the URL.
 */
import { EDGE_KINDS, FILTER_GROUPS, NODE_KINDS } from '../data/kinds';
import type { FilterGroup, NodeKind } from '../data/kinds';
import type { Dataset, GraphEdge, GraphNode } from '../data/schema';

export type FilterId = FilterGroup | NodeKind;

export function isFilterId(value: string): value is FilterId {
  return (
    (FILTER_GROUPS as readonly string[]).includes(value) || (NODE_KINDS as readonly string[]).includes(value)
  );
}

export function visibleNodes(nodes: readonly GraphNode[], hidden: ReadonlySet<string>): GraphNode[] {
  return nodes.filter((n) => !hidden.has(n.kind));
}

export function visibleEdges(
  edges: readonly GraphEdge[],
  shownNodes: readonly GraphNode[],
  hidden: ReadonlySet<string>,
): GraphEdge[] {
  const shown = new Set(shownNodes.map((n) => n.id));
  return edges.filter(
    (e) => !hidden.has(EDGE_KINDS[e.kind].group) && shown.has(e.source) && shown.has(e.target),
  );
}

export interface VisibleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function visibleGraph(
  data: Pick<Dataset, 'nodes' | 'edges'>,
  hidden: ReadonlySet<string>,
): VisibleGraph {
  const nodes = visibleNodes(data.nodes, hidden);
  return { nodes, edges: visibleEdges(data.edges, nodes, hidden) };
}

/** Filter groups and node kinds that the dataset actually uses, in canonical order. */
export function groupsInUse(edges: readonly GraphEdge[]): FilterGroup[] {
  const used = new Set(edges.map((e) => EDGE_KINDS[e.kind].group));
  return FILTER_GROUPS.filter((g) => used.has(g));
}

export function nodeKindsInUse(nodes: readonly GraphNode[]): NodeKind[] {
  const used = new Set(nodes.map((n) => n.kind));
  return NODE_KINDS.filter((k) => used.has(k));
}
