import type { GraphEdge } from '../data/schema';

/** The node itself, its direct neighbours and the edges between them. */
export function neighbourhood(
  nodeId: string,
  edges: readonly GraphEdge[],
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set([nodeId]);
  const edgeIds = new Set<string>();
  for (const e of edges) {
    if (e.source === nodeId || e.target === nodeId) {
      nodes.add(e.source);
      nodes.add(e.target);
      edgeIds.add(e.id);
    }
  }
  return { nodes, edges: edgeIds };
}

export function edgesOf(nodeId: string, edges: readonly GraphEdge[]): GraphEdge[] {
  return edges.filter((e) => e.source === nodeId || e.target === nodeId);
}

export function degrees(edges: readonly GraphEdge[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of edges) {
    out.set(e.source, (out.get(e.source) ?? 0) + 1);
    out.set(e.target, (out.get(e.target) ?? 0) + 1);
  }
  return out;
}
