/**
 * The layout engine for large graphs (CANVAS_MIN_NODES and more), behind the
 * same LayoutEngine interface as ./simulation.ts so the canvas renderer can
 * use either. The work runs in a Web Worker (./layout.worker.ts); positions
 * arrive in batches (transferred Float32Arrays) and are written into the
 * LayoutNode objects the renderer reads, then listeners hear a tick. If the
 * worker cannot start or fails, the same layout continues on the main thread
 * in short time slices, and `fallback()` says why (the stage shows it).
 */
import type { NodeKind } from '../data/kinds';
import { createForceLayout } from './forceCore';
import type { ForceInput } from './forceCore';
import { runBatch } from './layoutBatch';
import type { LayoutReply, LayoutRequest } from './layout.worker';
import { symbolRadius } from './nodeBox';
import { hashString } from './random';
import type { LayoutEngine, LayoutInputEdge, LayoutInputNode, LayoutNode } from './simulation';

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
}

/** What drives the force layout: a worker or main-thread time slices. */
interface Driver {
  send(request: Exclude<LayoutRequest, { type: 'start' }>): void;
  stop(): void;
}

interface Batch {
  xy: ArrayLike<number> | null;
  progress: number;
  settled: boolean;
  ticks: number;
}

const SLICE_MS = 8;
/** No word from the worker for this long after starting: run on the main thread instead. */
const WORKER_SILENCE_MS = 10_000;

function defaultWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

function mainThreadDriver(input: ForceInput, stream: boolean, onBatch: (b: Batch) => void): Driver {
  const layout = createForceLayout(input);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let paused = false;
  const report = (settled: boolean) =>
    onBatch({
      xy: stream || settled ? layout.xy : null,
      progress: layout.progress(),
      settled,
      ticks: layout.ticks(),
    });
  const schedule = () => {
    if (timer === null && !paused && !layout.settled()) timer = setTimeout(step, 0);
  };
  function step() {
    timer = null;
    if (paused) return;
    report(runBatch(layout, SLICE_MS));
    schedule();
  }
  // The first picture at once (from pivot MDS), then the slices.
  timer = setTimeout(() => {
    timer = null;
    report(layout.settled());
    schedule();
  }, 0);
  return {
    send(request) {
      if (request.type === 'pin') layout.pin(request.i, request.x, request.y);
      else if (request.type === 'unpin') layout.unpin(request.i);
      else if (request.type === 'pause') {
        paused = true;
        if (timer !== null) clearTimeout(timer);
        timer = null;
      } else if (request.type === 'resume') {
        paused = false;
        schedule();
      } else if (request.type === 'reset') {
        layout.reset();
        report(layout.settled());
        schedule();
      }
    },
    stop() {
      paused = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

function workerDriver(
  worker: Worker,
  input: ForceInput,
  stream: boolean,
  onBatch: (b: Batch) => void,
  onFail: (reason: string) => void,
): Driver {
  let failed = false;
  let heard = false;
  const fail = (reason: string) => {
    if (failed) return;
    failed = true;
    clearTimeout(watchdog);
    worker.terminate();
    onFail(reason);
  };
  const watchdog = setTimeout(() => {
    if (!heard) fail('the layout worker did not answer');
  }, WORKER_SILENCE_MS);
  worker.addEventListener('message', (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    heard = true;
    clearTimeout(watchdog);
    if (reply.type === 'failed') fail(`the layout worker failed (${reply.message})`);
    else if (reply.type === 'progress') onBatch({ xy: null, progress: reply.progress, settled: false, ticks: reply.ticks });
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
  // The typed arrays are copied (structured clone), not transferred: the main thread may need them for a fallback.
  post({ type: 'start', input, stream });
  return {
    send: post,
    stop() {
      failed = true;
      clearTimeout(watchdog);
      worker.terminate();
    },
  };
}

export function createLargeLayout(
  inputNodes: readonly LayoutInputNode[],
  inputEdges: readonly LayoutInputEdge[],
  options: LargeLayoutOptions,
): LargeLayoutEngine {
  const n = inputNodes.length;
  const index = new Map<string, number>();
  const nodes: LayoutNode[] = inputNodes.map((node, i) => {
    index.set(node.id, i);
    const r = symbolRadius(node.kind as NodeKind) + 3;
    return { id: node.id, kind: node.kind, box: { halfWidth: r, top: r, bottom: r }, index: i };
  });
  const pairs = inputEdges.filter(
    (e) => e.source !== e.target && index.has(e.source) && index.has(e.target),
  );
  const input: ForceInput = {
    n,
    source: Int32Array.from(pairs, (e) => index.get(e.source)!),
    target: Int32Array.from(pairs, (e) => index.get(e.target)!),
    radius: Float32Array.from(nodes, (node) => node.box.halfWidth),
    width: options.width,
    height: options.height,
    seed: options.seed ?? hashString(inputNodes.map((node) => node.id).join(',')),
  };
  const stream = options.stream ?? true;
  const tickListeners = new Set<() => void>();
  const settledListeners = new Set<() => void>();
  const progressListeners = new Set<() => void>();
  let running = n > 0;
  let positioned = false;
  let progress = 0;
  let tickCount = 0;
  let fallbackReason: string | null = null;
  let paused = false;

  const emit = (listeners: Set<() => void>) => {
    for (const l of listeners) l();
  };

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
    const wasRunning = running;
    running = !batch.settled;
    emit(progressListeners);
    if (batch.xy) emit(tickListeners);
    if (wasRunning && batch.settled) emit(settledListeners);
  }

  function fallBack(reason: string) {
    fallbackReason = reason;
    driver = mainThreadDriver(input, stream, onBatch);
    // Nodes the reader already moved stay put in the new run too.
    for (const node of nodes) {
      if (node.fx != null && node.fy != null) driver.send({ type: 'pin', i: node.index!, x: node.fx, y: node.fy });
    }
    if (paused) driver.send({ type: 'pause' });
    emit(progressListeners);
  }

  let driver: Driver;
  if (n === 0) {
    driver = { send: () => {}, stop: () => {} };
  } else if (options.runIn === 'main-thread' || typeof Worker === 'undefined') {
    driver = mainThreadDriver(input, stream, onBatch);
  } else {
    try {
      driver = workerDriver((options.createWorker ?? defaultWorker)(), input, stream, onBatch, fallBack);
    } catch (error) {
      // e.g. a content security policy without worker-src 'self'
      fallbackReason = `the layout worker could not start (${String(error)})`;
      driver = mainThreadDriver(input, stream, onBatch);
    }
  }

  const hold = (id: string, x: number, y: number) => {
    const i = index.get(id);
    if (i === undefined) return;
    const node = nodes[i]!;
    node.x = node.fx = x;
    node.y = node.fy = y;
    if (running) driver.send({ type: 'pin', i, x, y });
    emit(tickListeners);
  };

  return {
    nodes,
    position: (id) => {
      const i = index.get(id);
      return i === undefined ? undefined : nodes[i];
    },
    onTick(listener) {
      tickListeners.add(listener);
      return () => tickListeners.delete(listener);
    },
    onSettled(listener) {
      settledListeners.add(listener);
      return () => settledListeners.delete(listener);
    },
    onProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    isRunning: () => running,
    hasPositions: () => positioned,
    progress: () => progress,
    fallback: () => fallbackReason,
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
      for (const node of nodes) {
        node.fx = null;
        node.fy = null;
      }
      if (n === 0) return;
      running = true;
      progress = 0;
      driver.send({ type: 'reset' });
    },
    pause() {
      paused = true;
      driver.send({ type: 'pause' });
    },
    resume() {
      paused = false;
      driver.send({ type: 'resume' });
    },
    ticks: () => tickCount,
    stop() {
      running = false;
      driver.stop();
    },
  };
}
