/**
 * The layout engine for large graphs (CANVAS_MIN_NODES and more), behind the
 * same LayoutEngine interface as ./simulation.ts so the canvas renderer can
 * use either. The work runs in a Web Worker (./layout.worker.ts); positions
 * arrive in batches (transferred Float32Arrays) and are written into the
 * LayoutNode objects the renderer reads, then listeners hear a tick. The
 * relations come drawn as a bitmap for the view the renderer asked for
 * (`setEdgeView`). If the worker cannot start or fails, the same layout goes
 * on on the main thread in short time slices, and `fallback()` says why.
 */
import { EDGE_KINDS, FILTER_GROUPS } from '../../data/kinds';
import type { EdgeKind, NodeKind } from '../../data/kinds';
import type { ForceInput } from './forceCore';
import type { EdgeImage, EdgeView } from './edgeLayer';
import { startRunner } from './layoutRunner';
import type { Batch, LayoutStart, Runner, RunnerRequest } from './layoutRunner';
import type { LayoutReply, LayoutRequest } from './layout.worker';
import { symbolRadius } from '../nodeBox';
import { listeners } from '../listeners';
import { hashString } from '../random';
import type { LayoutEngine, LayoutInputEdge, LayoutInputNode, LayoutNode } from '../simulation';

export interface LargeLayoutOptions {
  width: number;
  height: number;
  seed?: number;
  /** Send positions while settling (false under prefers-reduced-motion: progress only, then the result). */
  stream?: boolean;
  /** Where the layout runs; "main-thread" skips the worker (tests, environments without workers). */
  runIn?: 'worker' | 'main-thread';
  /** Makes the worker (tests). */
  createWorker?: () => Worker;
  /** Positions to show at once and start from (the preview drawn while the file was checked). */
  initial?: Float32Array;
}

export interface LargeLayoutEngine extends LayoutEngine {
  /** 0 … 1 towards settled. */
  progress(): number;
  /** Positions have arrived (the first picture can be drawn). */
  hasPositions(): boolean;
  /** Why the layout runs on the main thread instead of a worker, or null. */
  fallback(): string | null;
  /** Called on each batch (progress) and on fallback. */
  onProgress(listener: () => void): () => void;
  /** Asks for the relations drawn for this view (ids must grow). */
  setEdgeView(view: EdgeView): void;
  /** The latest bitmap of the relations, or null (then the renderer strokes them itself). */
  edges(): EdgeImage | null;
  /** Called when a new bitmap of the relations arrives. */
  onEdges(listener: () => void): () => void;
}

/** Filter group index of each relation kind (the order of FILTER_GROUPS). */
export function edgeGroupIndex(kind: EdgeKind): number {
  return FILTER_GROUPS.indexOf(EDGE_KINDS[kind].group);
}

function closeImage(edges: EdgeImage | null): void {
  if (edges && typeof ImageBitmap !== 'undefined' && edges.image instanceof ImageBitmap) edges.image.close();
}

const SLICE_MS = 8;
/** No word from the worker for this long after starting: run on the main thread instead. */
const WORKER_SILENCE_MS = 10_000;

function defaultWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

function workerRunner(
  worker: Worker,
  start: LayoutStart,
  onBatch: (b: Batch) => void,
  onFail: (reason: string) => void,
): Runner {
  let failed = false;
  const fail = (reason: string) => {
    if (failed) return;
    failed = true;
    clearTimeout(watchdog);
    worker.terminate();
    onFail(reason);
  };
  const watchdog = setTimeout(() => fail('the layout worker did not answer'), WORKER_SILENCE_MS);
  worker.addEventListener('message', (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    clearTimeout(watchdog);
    if (failed) return;
    if (reply.type === 'failed') fail(`the layout worker failed (${reply.message})`);
    else onBatch(reply);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(`the layout worker could not run${event.message ? ` (${event.message})` : ''}`);
  });
  worker.addEventListener('messageerror', () => fail('the layout worker sent an unreadable message'));
  const post = (request: LayoutRequest) => {
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    if (!failed) worker.postMessage(request);
  };
  // The typed arrays are copied (structured clone), not transferred: a fallback needs them here.
  post({ type: 'start', ...start });
  return {
    send: post,
    stop() {
      failed = true;
      clearTimeout(watchdog);
      worker.terminate();
    },
  };
}

/**
 * The force layout's input for these nodes and relations, in their order. The preview of a file
 * still being checked (./preview.ts) is made from the same input, so it shows the very positions
 * the layout starts from. Loops and dangling ends get a harmless self-pair, which the layout and
 * the bitmap ignore.
 */
export function forceInputOf(
  nodes: readonly { id: string; kind: string }[],
  edges: readonly { source: string; target: string }[],
  frame: { width: number; height: number; seed?: number },
): ForceInput {
  // Plain loops into typed arrays: a large file's preview runs this once, before the browser has
  // optimised anything, where `Array.from`-style callbacks and iterators cost several times more.
  const n = nodes.length;
  const index = new Map<string, number>();
  const radius = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    index.set(node.id, i);
    radius[i] = nodeRadius(node.kind);
  }
  const source = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  for (let j = 0; j < edges.length; j++) {
    const s = index.get(edges[j]!.source);
    const t = index.get(edges[j]!.target);
    if (s !== undefined && t !== undefined) {
      source[j] = s;
      target[j] = t;
    }
  }
  return {
    n,
    source,
    target,
    radius,
    width: frame.width,
    height: frame.height,
    seed: frame.seed ?? hashString(nodes.map((node) => node.id).join(',')),
  };
}

/** The room a node takes in the large-graph layout (and the canvas renderer's framing): its symbol and a little air. */
export const nodeRadius = (kind: string) => symbolRadius(kind as NodeKind) + 3;

export function createLargeLayout(
  inputNodes: readonly LayoutInputNode[],
  inputEdges: readonly (LayoutInputEdge & { kind?: EdgeKind })[],
  options: LargeLayoutOptions,
): LargeLayoutEngine {
  const n = inputNodes.length;
  const index = new Map<string, number>();
  const nodes: LayoutNode[] = inputNodes.map((node, i) => {
    index.set(node.id, i);
    const r = nodeRadius(node.kind);
    return { id: node.id, kind: node.kind, box: { halfWidth: r, top: r, bottom: r }, index: i };
  });
  const input = forceInputOf(inputNodes, inputEdges, options);
  const initial = options.initial?.length === 2 * n ? options.initial : undefined;
  const start: LayoutStart = {
    input,
    group: Uint8Array.from(inputEdges, (e) => (e.kind ? edgeGroupIndex(e.kind) : 0)),
    stream: options.stream ?? true,
    initial,
  };
  const ticked = listeners();
  const settled = listeners();
  const progressed = listeners();
  const edgesDrawn = listeners();
  let running = n > 0;
  let positioned = false;
  if (initial && start.stream) {
    // The preview the reader already sees stays on screen: no blank while the worker starts up.
    nodes.forEach((node, i) => {
      node.x = initial[2 * i]!;
      node.y = initial[2 * i + 1]!;
    });
    positioned = true;
  }
  let progress = 0;
  let tickCount = 0;
  let fallbackReason: string | null = null;
  let paused = false;
  let edgeImage: EdgeImage | null = null;
  let lastView: EdgeView | null = null;

  function onBatch(batch: Batch) {
    progress = batch.progress;
    tickCount = batch.ticks;
    if (batch.xy) {
      const xy = batch.xy;
      for (let i = 0; i < n; i++) {
        const node = nodes[i]!;
        // A node the reader holds or dropped stays where they put it.
        node.x = node.fx ?? xy[2 * i]!;
        node.y = node.fy ?? xy[2 * i + 1]!;
      }
      positioned = true;
    }
    if (batch.edges) {
      if (edgeImage && edgeImage.image !== batch.edges.image) closeImage(edgeImage);
      edgeImage = batch.edges;
    }
    const wasRunning = running;
    running = !batch.settled;
    progressed.emit();
    if (batch.xy) ticked.emit();
    else if (batch.edges) edgesDrawn.emit();
    if (wasRunning && batch.settled) settled.emit();
  }

  const onMainThread = () => startRunner(start, SLICE_MS, false, onBatch);

  function fallBack(reason: string) {
    fallbackReason = reason;
    runner = onMainThread();
    // Nodes the reader already moved stay put in the new run too.
    for (const node of nodes) {
      if (node.fx != null && node.fy != null)
        runner.send({ type: 'pin', i: node.index!, x: node.fx, y: node.fy });
    }
    if (lastView) runner.send({ type: 'view', view: lastView });
    if (paused) runner.send({ type: 'pause' });
    progressed.emit();
  }

  let runner: Runner;
  if (n === 0) {
    runner = { send: () => {}, stop: () => {} };
  } else if (options.runIn === 'main-thread' || (typeof Worker === 'undefined' && !options.createWorker)) {
    runner = onMainThread();
  } else {
    try {
      runner = workerRunner((options.createWorker ?? defaultWorker)(), start, onBatch, fallBack);
    } catch (error) {
      // e.g. a content security policy without worker-src 'self'
      fallbackReason = `the layout worker could not start (${String(error)})`;
      runner = onMainThread();
    }
  }
  const send = (request: RunnerRequest) => runner.send(request);

  const hold = (id: string, x: number, y: number) => {
    const i = index.get(id);
    if (i === undefined) return;
    const node = nodes[i]!;
    node.x = node.fx = x;
    node.y = node.fy = y;
    send({ type: 'pin', i, x, y });
    ticked.emit();
  };

  return {
    nodes,
    position: (id) => {
      const i = index.get(id);
      return i === undefined ? undefined : nodes[i];
    },
    onTick: ticked.add,
    onSettled: settled.add,
    onProgress: progressed.add,
    onEdges: edgesDrawn.add,
    isRunning: () => running,
    hasPositions: () => positioned,
    progress: () => progress,
    fallback: () => fallbackReason,
    setEdgeView(view) {
      lastView = view;
      send({ type: 'view', view });
    },
    edges: () => edgeImage,
    dragStart(id) {
      const node = nodes[index.get(id) ?? -1];
      if (node) hold(id, node.x ?? 0, node.y ?? 0);
    },
    dragTo: hold,
    dragEnd() {
      // The node keeps fx/fy: it stays where the reader dropped it until reset.
    },
    place: hold,
    reset() {
      for (const [i, node] of nodes.entries()) {
        if (node.fx != null) send({ type: 'unpin', i });
        node.fx = null;
        node.fy = null;
      }
      if (n === 0) return;
      running = true;
      progress = 0;
      send({ type: 'reset' });
    },
    pause() {
      paused = true;
      send({ type: 'pause' });
    },
    resume() {
      paused = false;
      send({ type: 'resume' });
    },
    ticks: () => tickCount,
    stop() {
      running = false;
      runner.stop();
      closeImage(edgeImage);
      edgeImage = null;
    },
  };
}
