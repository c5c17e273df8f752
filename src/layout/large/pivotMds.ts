/**
 * A good first picture for a large graph in a few milliseconds: pivot MDS
 * (Brandes & Pich, "Eigensolver Methods for Progressive Multidimensional
 * Scaling of Large Data", Graph Drawing 2006). Breadth-first distances from k
 * pivots (chosen far apart, max–min) are double-centred and projected onto the
 * two main axes of that n×k matrix. The global shape is right from the start,
 * so the force layout only has to sort out the neighbourhoods: far fewer ticks
 * than from a spiral (phyllotaxis). Pure, deterministic, typed arrays.
 */
import { PIVOT_MDS_WASM } from './pivotMdsBytes';

/** Neighbours of each node in compressed rows: `neighbours[offsets[i] .. offsets[i + 1]]`. */
export interface Adjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
}

export function adjacency(n: number, source: Int32Array, target: Int32Array): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < source.length; e++) {
    if (source[e] === target[e]) continue; // a loop is no neighbour
    offsets[source[e]! + 1]!++;
    offsets[target[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]!);
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (s === t) continue;
    neighbours[fill[s]!++] = t;
    neighbours[fill[t]!++] = s;
  }
  return { offsets, neighbours };
}

/** Hop distances from `from` (unreachable: -1), into `out`; `queue` is scratch space of length n. */
function bfs(adj: Adjacency, from: number, out: Int32Array, queue: Int32Array): void {
  out.fill(-1);
  out[from] = 0;
  queue[0] = from;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    const d = out[v]! + 1;
    for (let j = adj.offsets[v]!; j < adj.offsets[v + 1]!; j++) {
      const w = adj.neighbours[j]!;
      if (out[w]! < 0) {
        out[w] = d;
        queue[tail++] = w;
      }
    }
  }
}

/** The unit eigenvector of the symmetric k×k matrix `m` for its largest eigenvalue, orthogonal to `against`. */
function powerIteration(m: Float64Array, k: number, against: Float64Array | null): Float64Array {
  // Two buffers, swapped: nothing is allocated per step (this runs before the code is optimised).
  let v = new Float64Array(k);
  let next = new Float64Array(k);
  for (let i = 0; i < k; i++) v[i] = 1 + ((i * 7919) % 13) / 13; // deterministic, not degenerate
  for (let iter = 0; iter < 100; iter++) {
    if (against) {
      let dot = 0;
      for (let i = 0; i < k; i++) dot += v[i]! * against[i]!;
      for (let i = 0; i < k; i++) v[i]! -= dot * against[i]!;
    }
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let j = 0; j < k; j++) s += m[i * k + j]! * v[j]!;
      next[i] = s;
    }
    let norm = 0;
    for (let i = 0; i < k; i++) norm += next[i]! * next[i]!;
    norm = Math.sqrt(norm);
    if (norm === 0) return v;
    let change = 0;
    for (let i = 0; i < k; i++) {
      next[i]! /= norm;
      change += Math.abs(next[i]! - v[i]!);
    }
    [v, next] = [next, v];
    if (change < 1e-5) break;
  }
  return v;
}

/** Nodes CᵀC is summed over, at most (see below). */
const SAMPLE = 1500;

export interface PivotMdsOptions {
  /**
   * Pivots (default 24): more is steadier, each costs one breadth-first search and they add up
   * quadratically below. 24 start large graphs as well as 50 once the forces have run (crossings
   * within 1 % on generated graphs of 1,000 and 2,500 nodes) at under half the cost, which counts:
   * this runs once, before the browser has optimised the code.
   */
  pivots?: number;
  /** Desired mean distance between linked nodes, in layout units. */
  edgeLength: number;
  /** The main axis goes along x when true (a landscape viewport), else along y. */
  landscape?: boolean;
}

/** Positions (x, y interleaved) for the n nodes of the graph. */
export function pivotMds(n: number, adj: Adjacency, options: PivotMdsOptions): Float64Array {
  if (n < 3) {
    const out = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) out[2 * i] = i * options.edgeLength;
    return out;
  }
  const steps: PivotMdsSteps = {
    k: Math.min(n, options.pivots ?? 24),
    stride: Math.max(1, Math.floor(n / SAMPLE)),
    edgeLength: options.edgeLength,
    landscape: options.landscape !== false,
  };
  return pivotMdsByWasm(n, adj, steps) ?? pivotMdsByScript(n, adj, steps);
}

/** What pivot MDS is asked for, worked out: pivots, every stride-th node for CᵀC, the main axis. */
export interface PivotMdsSteps {
  k: number;
  stride: number;
  edgeLength: number;
  landscape: boolean;
}

/**
 * Pivot MDS in WebAssembly (./pivotMds.wat, the same steps in the same order: bit-identical
 * positions), else null where the browser does not run it (no WebAssembly, a Content-Security-
 * Policy without 'wasm-unsafe-eval', no memory). Why: this runs once per file, before the
 * browser has optimised any JavaScript; there the script took 50–100 ms at 5,000 nodes, the
 * WebAssembly (compiled before it runs) takes a few. A fresh module and memory each call:
 * nothing is kept between files.
 */
export function pivotMdsByWasm(
  n: number,
  adj: Adjacency,
  { k, stride, edgeLength, landscape }: PivotMdsSteps,
) {
  try {
    if (typeof WebAssembly !== 'object') return null;
    // Where each array lives in the module's memory: 4-byte integers first, then 8-byte numbers.
    let end = 0;
    const take = (bytes: number) => ((end += bytes), end - bytes);
    const offs = take(4 * (n + 1));
    const neigh = take(4 * adj.neighbours.length);
    const dist = take(4 * n);
    const queue = take(4 * n);
    const minDist = take(4 * n);
    end = Math.ceil(end / 8) * 8;
    const out = take(16 * n);
    const c = take(8 * n * k);
    const rowMean = take(8 * n);
    const colMean = take(8 * k);
    const ctc = take(8 * k * k);
    const vectors = [take(8 * k), take(8 * k), take(8 * k), take(8 * k)] as const;
    const bytes = Uint8Array.from(atob(PIVOT_MDS_WASM), (ch) => ch.charCodeAt(0));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    const { memory, pivotMds: run } = instance.exports as {
      memory: WebAssembly.Memory;
      pivotMds: (...args: number[]) => void;
    };
    const pages = Math.ceil(end / 65536) - memory.buffer.byteLength / 65536;
    if (pages > 0) memory.grow(pages);
    new Int32Array(memory.buffer, offs, n + 1).set(adj.offsets);
    new Int32Array(memory.buffer, neigh, adj.neighbours.length).set(adj.neighbours);
    run(
      n,
      k,
      stride,
      landscape ? 1 : 0,
      edgeLength,
      offs,
      neigh,
      out,
      c,
      dist,
      queue,
      minDist,
      rowMean,
      colMean,
      ctc,
      ...vectors,
    );
    return new Float64Array(memory.buffer.slice(out, out + 16 * n));
  } catch {
    return null;
  }
}

/** Pivot MDS in JavaScript: where WebAssembly is not allowed, and the reference for ./pivotMds.wat. */
export function pivotMdsByScript(
  n: number,
  adj: Adjacency,
  { k, stride, edgeLength, landscape }: PivotMdsSteps,
) {
  const out = new Float64Array(2 * n);
  // C: n×k squared distances, column-major per pivot.
  const c = new Float64Array(n * k);
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const minDist = new Int32Array(n).fill(0x7fffffff);
  // Sums for the double centring below, taken as C is filled (one pass less over n×k values).
  const rowMean = new Float64Array(n);
  const colMean = new Float64Array(k);
  let grand = 0;
  // First pivot: the most connected node (the centre of things).
  let pivot = 0;
  for (let i = 1; i < n; i++) {
    if (adj.offsets[i + 1]! - adj.offsets[i]! > adj.offsets[pivot + 1]! - adj.offsets[pivot]!) pivot = i;
  }
  for (let p = 0; p < k; p++) {
    bfs(adj, pivot, dist, queue);
    let far = 0;
    for (let i = 0; i < n; i++) if (dist[i]! > far) far = dist[i]!;
    const col = p * n;
    let column = 0;
    for (let i = 0; i < n; i++) {
      // Another component: a little further than the farthest reachable node.
      const d = dist[i]! < 0 ? far + 1 : dist[i]!;
      const squared = d * d;
      c[col + i] = squared;
      rowMean[i]! += squared;
      column += squared;
      if (dist[i]! >= 0 && dist[i]! < minDist[i]!) minDist[i] = dist[i]!;
    }
    colMean[p] = column / n;
    grand += column;
    // Next pivot: the node farthest from every pivot so far (ties: the lower index).
    let next = -1;
    let best = -1;
    for (let i = 0; i < n; i++) {
      const d = dist[i]! < 0 ? 0x7ffffffe : minDist[i]!;
      if (d > best) {
        best = d;
        next = i;
      }
    }
    pivot = next;
  }
  // Double centring (the sums were taken above; one division each).
  grand /= n * k;
  for (let i = 0; i < n; i++) rowMean[i]! /= k;
  for (let p = 0; p < k; p++) {
    const offset = grand - colMean[p]!;
    for (let i = 0; i < n; i++) c[p * n + i] = -0.5 * (c[p * n + i]! - rowMean[i]! + offset);
  }
  // CᵀC (k×k), its two main eigenvectors, and the projection C·v. CᵀC sums over the nodes; from
  // every `stride`-th of a large graph (about SAMPLE of them, see pivotMds) its main axes come
  // out the same, at a fraction of the cost (k² per node summed).
  const ctc = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let s = 0;
      for (let i = 0; i < n; i += stride) s += c[a * n + i]! * c[b * n + i]!;
      ctc[a * k + b] = s;
      ctc[b * k + a] = s;
    }
  }
  const v1 = powerIteration(ctc, k, null);
  const v2 = powerIteration(ctc, k, v1);
  const [ax, ay] = landscape ? [0, 1] : [1, 0];
  for (let i = 0; i < n; i++) {
    let s1 = 0;
    let s2 = 0;
    for (let p = 0; p < k; p++) {
      s1 += c[p * n + i]! * v1[p]!;
      s2 += c[p * n + i]! * v2[p]!;
    }
    out[2 * i + ax] = s1;
    out[2 * i + ay] = s2;
  }
  // Scale so that linked nodes are `edgeLength` apart on average.
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = adj.offsets[i]!; j < adj.offsets[i + 1]!; j++) {
      const w = adj.neighbours[j]!;
      if (w <= i) continue;
      // Not Math.hypot, whose last bit may differ from the WebAssembly's square root.
      const dx = out[2 * i]! - out[2 * w]!;
      const dy = out[2 * i + 1]! - out[2 * w + 1]!;
      sum += Math.sqrt(dx * dx + dy * dy);
      count++;
    }
  }
  const scale = count > 0 && sum > 0 ? edgeLength / (sum / count) : 1;
  for (let i = 0; i < 2 * n; i++) out[i]! *= scale;
  return out;
}
