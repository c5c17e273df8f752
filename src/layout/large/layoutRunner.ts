/**
 * Runs a large-graph layout in batches and answers the renderer's requests:
 * the loop inside the layout worker, and the same loop on the main thread
 * after a fallback. Each batch reports positions (while streaming, and once
 * settled), progress, and the relations drawn for the renderer's last view.
 */
import { createForceLayout } from './forceCore';
import type { ForceInput, ForceLayout } from './forceCore';
import { renderEdges, viewGeometry } from './edgeLayer';
import type { EdgeImage, EdgeView } from './edgeLayer';

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** Ticks for about `budgetMs` (at least one tick); true once settled. */
export function runBatch(layout: ForceLayout, budgetMs: number): boolean {
  const deadline = now() + budgetMs;
  let settled = layout.tick();
  while (!settled && now() < deadline) settled = layout.tick();
  return settled;
}

export interface LayoutStart {
  input: ForceInput;
  /** Filter group index per relation (for the colours of the relations' bitmap). */
  group: Uint8Array;
  /** Send positions while settling (false under prefers-reduced-motion: progress, then the result). */
  stream: boolean;
  /** Where to start instead of pivot MDS: the preview already on screen (x, y interleaved). */
  initial?: Float32Array;
}

export type RunnerRequest =
  | { type: 'pin'; i: number; x: number; y: number }
  | { type: 'unpin'; i: number }
  | { type: 'reset' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'view'; view: EdgeView };

export interface Batch {
  /** Positions (x, y interleaved), or null when only progress is reported. */
  xy: Float32Array | Float64Array | null;
  progress: number;
  settled: boolean;
  ticks: number;
  /** The relations as a bitmap for the renderer's latest view, when one was drawn. */
  edges: EdgeImage | null;
}

export interface Runner {
  send(request: RunnerRequest): void;
  stop(): void;
}

/** The pause after the first positions (see below). */
const FIRST_PICTURE_MS = 60;

/**
 * `copy`: hand out a fresh Float32Array per batch (a worker transfers it);
 * otherwise the live Float64Array (the main thread reads it at once).
 */
export function startRunner(
  start: LayoutStart,
  batchMs: number,
  copy: boolean,
  onBatch: (batch: Batch) => void,
): Runner {
  const layout = createForceLayout(start.input, start.initial);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let paused = false;
  let stopped = false;
  let view: EdgeView | null = null;
  /** A view arrived that has not been drawn yet. */
  let viewPending = false;
  let drawTimer: ReturnType<typeof setTimeout> | null = null;

  const edgesFor = (): EdgeImage | null => {
    if (!view) return null;
    viewPending = false;
    const image = renderEdges(
      {
        xy: layout.xy,
        source: start.input.source,
        target: start.input.target,
        group: start.group,
        pinned: layout.pinned,
      },
      view,
    );
    return image ? { image, view: viewGeometry(view) } : null;
  };

  const report = (settled: boolean) => {
    const positions = start.stream || settled;
    onBatch({
      xy: positions ? (copy ? Float32Array.from(layout.xy) : layout.xy) : null,
      progress: layout.progress(),
      settled,
      ticks: layout.ticks(),
      edges: positions ? edgesFor() : null,
    });
  };

  const schedule = (delay = 0) => {
    if (timer === null && !paused && !stopped && !layout.settled()) timer = setTimeout(step, delay);
  };
  function step() {
    timer = null;
    if (paused || stopped) return;
    report(runBatch(layout, batchMs));
    schedule();
  }
  /** A new view while nothing else would draw it: draw once, after any newer views queued behind it. */
  const drawView = () => {
    if (drawTimer !== null || stopped) return;
    drawTimer = setTimeout(() => {
      drawTimer = null;
      const running = timer !== null && start.stream;
      if (!viewPending || running || (!start.stream && !layout.settled())) return;
      const edges = edgesFor();
      if (edges) {
        onBatch({
          xy: null,
          progress: layout.progress(),
          settled: layout.settled(),
          ticks: layout.ticks(),
          edges,
        });
      }
    }, 0);
  };

  // The first picture at once (pivot MDS), then the batches.
  timer = setTimeout(() => {
    timer = null;
    if (stopped) return;
    report(layout.settled());
    // A moment for the page to draw that first picture before the batches take a core: on a
    // 2-core machine the compositor waited for them, and the first frame's task grew to 200 ms.
    schedule(FIRST_PICTURE_MS);
  }, 0);

  return {
    send(request) {
      if (stopped) return;
      if (request.type === 'pin') {
        const fresh = !layout.pinned[request.i];
        layout.pin(request.i, request.x, request.y);
        // Its relations leave the bitmap (the renderer draws them live).
        if (fresh && view) {
          viewPending = true;
          drawView();
        }
      } else if (request.type === 'unpin') layout.unpin(request.i);
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
      } else if (request.type === 'view') {
        view = request.view;
        viewPending = true;
        drawView();
      }
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      if (drawTimer !== null) clearTimeout(drawTimer);
      timer = null;
      drawTimer = null;
    },
  };
}
