/**
 * Layout benchmark in Node: for generated graphs of 100, 1,000 and 5,000
 * nodes (about 3 relations per node), the milliseconds per simulation tick and
 * the total time until the layout has settled (the work the browser spreads
 * over time slices before `alliance-network:settled`).
 *
 *   npx tsx tests/bench/layout.bench.ts
 */
import { generateDataset } from '../../src/graph/generate';
import { createLayout } from '../../src/layout/simulation';
import { createForceLayout } from '../../src/layout/large/forceCore';
import { symbolRadius } from '../../src/layout/nodeBox';

export interface LayoutBenchRow {
  nodes: number;
  edges: number;
  ticks: number;
  msPerTick: number;
  settleMs: number;
  /** The large-graph layout (src/layout/large/forceCore.ts, what the worker runs), from CANVAS_MIN_NODES. */
  large?: { ticks: number; msPerTick: number; settleMs: number; startMs: number };
}

function benchLarge(data: ReturnType<typeof generateDataset>): LayoutBenchRow['large'] {
  const index = new Map(data.nodes.map((n, i) => [n.id, i]));
  const t0 = performance.now();
  const layout = createForceLayout({
    n: data.nodes.length,
    source: Int32Array.from(data.edges, (e) => index.get(e.source)!),
    target: Int32Array.from(data.edges, (e) => index.get(e.target)!),
    radius: Float32Array.from(data.nodes, (n) => symbolRadius(n.kind) + 3),
    width: 1280,
    height: 800,
    seed: 1,
  });
  const startMs = performance.now() - t0;
  const t1 = performance.now();
  while (!layout.tick());
  const tickMs = performance.now() - t1;
  return { ticks: layout.ticks(), msPerTick: tickMs / layout.ticks(), settleMs: startMs + tickMs, startMs };
}

export function benchLayout(sizes = [100, 1000, 5000]): LayoutBenchRow[] {
  return sizes.map((size) => {
    const data = generateDataset({ nodes: size, seed: 1 });
    const inputs = data.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label.de }));
    const start = performance.now();
    const engine = createLayout(inputs, data.edges, { width: 1280, height: 800, mode: 'sync' });
    const settleMs = performance.now() - start;
    engine.stop();
    return {
      large: size >= 300 ? benchLarge(data) : undefined,
      nodes: data.nodes.length,
      edges: data.edges.length,
      ticks: engine.ticks(),
      msPerTick: settleMs / engine.ticks(),
      settleMs,
    };
  });
}

const isMain = process.argv[1]?.endsWith('layout.bench.ts');
if (isMain) {
  const rows = benchLayout(
    process.argv.slice(2).map(Number).filter(Boolean).length ? process.argv.slice(2).map(Number) : undefined,
  );
  console.log(JSON.stringify(rows));
}
