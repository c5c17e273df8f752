/**
 * Layers and time: which nodes and relations exist in the reader's view before
 * the filters apply. Nodes and relations without a `layer` are the default
 * view; a layer adds its own when it is switched on. With `until` the view is
 * the network as it stood at the end of that year (data/README.md, "Time").
 * Pure, so the drawing, the relations table and the tests agree.
 */
import type { Dataset, GraphEdge, GraphNode } from '../data/schema';

export interface LayerFilter {
  /** Ids of the layers switched on. */
  layers: ReadonlySet<string>;
  /** The year whose end the view shows; null: the latest state. */
  until: number | null;
}

export const DEFAULT_LAYER_FILTER: LayerFilter = { layers: new Set(), until: null };

type Data = Pick<Dataset, 'nodes' | 'edges'> & { meta?: Pick<Dataset['meta'], 'date'> };

/** The year of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date, or null. */
export function yearOf(date: string | undefined): number | null {
  const m = date === undefined ? null : /^(\d{4})(?:-|$)/.exec(date);
  return m ? Number(m[1]) : null;
}

export function inLayers(item: { layer?: string }, layers: ReadonlySet<string>): boolean {
  return item.layer === undefined || layers.has(item.layer);
}

/** The years a relation spans: from its date (else the dataset's), to its end if it has one. */
export function relationYears(
  edge: Pick<GraphEdge, 'date' | 'end'>,
  datasetYear: number | null,
): { start: number | null; end: number | null } {
  return { start: yearOf(edge.date) ?? datasetYear, end: yearOf(edge.end) };
}

/** Whether a relation is part of the network at the end of `until` (null: the latest state). */
export function relationShown(
  edge: Pick<GraphEdge, 'date' | 'end'>,
  until: number | null,
  datasetYear: number | null,
): boolean {
  const { start, end } = relationYears(edge, datasetYear);
  if (until === null) return end === null;
  return (start === null || start <= until) && (end === null || end > until);
}

/**
 * The nodes and relations of the switched-on layers as they stood at `until`,
 * in dataset order. A relation needs both ends; a node of a layer appears with
 * its first shown relation; with `until` so does every other node (a node
 * without relations counts from the dataset's date).
 */
export function layerGraph(data: Data, filter: LayerFilter): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const { layers, until } = filter;
  // Nothing to take away (no layer off, no year, nothing ended): the dataset as it is, same arrays.
  if (
    until === null &&
    !data.nodes.some((n) => !inLayers(n, layers)) &&
    !data.edges.some((e) => !inLayers(e, layers) || e.end !== undefined)
  )
    return { nodes: data.nodes as GraphNode[], edges: data.edges as GraphEdge[] };
  const datasetYear = yearOf(data.meta?.date);
  const nodeIn = new Map(data.nodes.map((n) => [n.id, inLayers(n, layers)]));
  const candidates = data.edges.filter(
    (e) => inLayers(e, layers) && nodeIn.get(e.source) === true && nodeIn.get(e.target) === true,
  );
  const related = new Set<string>();
  const active = new Set<string>();
  const edges: GraphEdge[] = [];
  for (const e of candidates) {
    related.add(e.source).add(e.target);
    if (!relationShown(e, until, datasetYear)) continue;
    edges.push(e);
    active.add(e.source).add(e.target);
  }
  const nodes = data.nodes.filter((n) => {
    if (nodeIn.get(n.id) !== true) return false;
    if (active.has(n.id)) return true;
    if (!related.has(n.id)) return until === null || datasetYear === null || datasetYear <= until;
    return until === null && n.layer === undefined;
  });
  return { nodes, edges };
}
