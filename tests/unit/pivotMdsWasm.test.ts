// @vitest-environment node -- reads the .wat source with node:fs; WebAssembly as in a worker.
// Pivot MDS runs as WebAssembly where the browser allows it (src/layout/large/pivotMds.wat) and as
// JavaScript elsewhere: both must put every node at the very same place, and the bytes the app
// carries must be the .wat source's build.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/graph/generate';
import { adjacency, pivotMds, pivotMdsByScript, pivotMdsByWasm } from '../../src/layout/large/pivotMds';
import type { PivotMdsSteps } from '../../src/layout/large/pivotMds';
import { PIVOT_MDS_WASM } from '../../src/layout/large/pivotMdsBytes';
// @ts-expect-error -- a plain Node script without types (tests/tools/wasm.mjs)
import { build } from '../tools/wasm.mjs';

function generated(nodes: number, seed: number) {
  const data = generateDataset({ nodes, seed });
  const index = new Map(data.nodes.map((n, i) => [n.id, i]));
  const source = Int32Array.from(data.edges, (e) => index.get(e.source)!);
  const target = Int32Array.from(data.edges, (e) => index.get(e.target)!);
  return { n: data.nodes.length, adj: adjacency(data.nodes.length, source, target) };
}

/** Several pieces: a path, a star, a triangle with a loop, lone nodes (other components). */
function pieces() {
  const edges: [number, number][] = [
    [0, 1],
    [1, 2],
    [2, 3],
    [4, 5],
    [4, 6],
    [4, 7],
    [8, 9],
    [9, 10],
    [10, 8],
    [10, 10],
  ];
  const n = 14;
  return {
    n,
    adj: adjacency(
      n,
      Int32Array.from(edges, (e) => e[0]),
      Int32Array.from(edges, (e) => e[1]),
    ),
  };
}

const steps = (n: number, over: Partial<PivotMdsSteps> = {}): PivotMdsSteps => ({
  k: Math.min(n, 24),
  stride: Math.max(1, Math.floor(n / 1500)),
  edgeLength: 36,
  landscape: true,
  ...over,
});

describe('pivot MDS in WebAssembly', () => {
  it.each([
    ['a generated graph of 400 nodes', generated(400, 3), {}],
    ['a generated graph of 3,200 nodes, CᵀC over every second', generated(3200, 5), {}],
    ['a graph in pieces, portrait', pieces(), { landscape: false }],
    ['three nodes and three pivots', { n: 3, adj: adjacency(3, Int32Array.of(0), Int32Array.of(1)) }, {}],
    ['a generated graph, 8 pivots', generated(700, 9), { k: 8 }],
  ])('puts every node where the JavaScript does, to the last bit: %s', (_, { n, adj }, over) => {
    const wasm = pivotMdsByWasm(n, adj, steps(n, over));
    const script = pivotMdsByScript(n, adj, steps(n, over));
    expect(wasm, 'WebAssembly ran').not.toBeNull();
    expect(wasm!.length).toBe(2 * n);
    expect([...script].every(Number.isFinite)).toBe(true);
    expect(Array.from(wasm!)).toEqual(Array.from(script));
  });

  it('is what pivotMds uses, and gives way to the JavaScript where WebAssembly cannot run', () => {
    const { n, adj } = generated(500, 2);
    const expected = pivotMdsByScript(n, adj, steps(n));
    expect(Array.from(pivotMds(n, adj, { edgeLength: 36 }))).toEqual(Array.from(expected));
    const original = WebAssembly.Module;
    // As a Content-Security-Policy without 'wasm-unsafe-eval' refuses it.
    WebAssembly.Module = function refused() {
      throw new WebAssembly.CompileError('Refused to compile or instantiate WebAssembly module');
    } as unknown as typeof WebAssembly.Module;
    try {
      expect(pivotMdsByWasm(n, adj, steps(n))).toBeNull();
      expect(Array.from(pivotMds(n, adj, { edgeLength: 36 }))).toEqual(Array.from(expected));
    } finally {
      WebAssembly.Module = original;
    }
  });

  it('is small enough for the main thread to compile at once (Chromium refuses more than 4 KB there)', () => {
    expect(atob(PIVOT_MDS_WASM).length).toBeLessThan(4096);
  });

  it('carries the build of pivotMds.wat (run `node tests/tools/wasm.mjs` after editing it)', async () => {
    const source = readFileSync(new URL('../../src/layout/large/pivotMds.wat', import.meta.url), 'utf8');
    const committed = readFileSync(
      new URL('../../src/layout/large/pivotMdsBytes.ts', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(await build(source));
  });
});
