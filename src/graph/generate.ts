/**
 * Seeded synthetic datasets for benchmarks and scale tests: a preferential-
 * attachment graph (a few hubs, many leaves, like real networks) with about
 * `edgesPerNode` relations per node. Pure: the same options give the same
 * dataset. Every generated dataset passes the schema.
 */
import { EDGE_KIND_IDS, NODE_KINDS } from '../data/kinds';
import type { Dataset, GraphEdge, GraphNode } from '../data/schema';
import { seededRandom } from '../layout/random';

export interface GenerateOptions {
  nodes: number;
  /** Average relations per node (default 3). */
  edgesPerNode?: number;
  seed?: number;
}

const EVIDENCE: GraphNode['evidence'] = [
  {
    type: 'background',
    note: { de: 'Erzeugte Testdaten.', en: 'Generated test data.' },
    reference: { title: 'Alliance Network generator' },
  },
];

export function generateDataset({ nodes: count, edgesPerNode = 3, seed = 1 }: GenerateOptions): Dataset {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const n = Math.max(1, Math.floor(count));
  const m = Math.max(1, Math.round(edgesPerNode));
  const nodes: GraphNode[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push({
      id: `n${i}`,
      kind: i < 5 ? 'country' : pick(NODE_KINDS),
      label: { de: `Knoten ${i}`, en: `Node ${i}` },
      evidence: EVIDENCE,
    });
  }
  // Barabási–Albert: each new node links to m earlier ones, chosen in
  // proportion to their degree (via the list of edge endpoints).
  const edges: GraphEdge[] = [];
  const endpoints: number[] = [];
  const seen = new Set<string>();
  const link = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return false;
    seen.add(key);
    edges.push({
      id: `e${edges.length}`,
      source: `n${a}`,
      target: `n${b}`,
      kind: pick(EDGE_KIND_IDS),
      evidence: EVIDENCE,
    });
    endpoints.push(a, b);
    return true;
  };
  for (let i = 1; i < n; i++) {
    const want = Math.min(m, i);
    let made = 0;
    for (let attempt = 0; made < want && attempt < want * 10; attempt++) {
      const target = endpoints.length === 0 || random() < 0.1 ? Math.floor(random() * i) : pick(endpoints);
      if (link(i, target)) made++;
    }
  }
  return {
    version: 1,
    meta: {
      title: { de: `Erzeugtes Netzwerk (${n} Knoten)`, en: `Generated network (${n} nodes)` },
      source: { name: 'Alliance Network generator' },
    },
    nodes,
    edges,
  };
}
