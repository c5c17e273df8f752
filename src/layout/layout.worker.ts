/// <reference lib="webworker" />
/**
 * Runs the large-graph layout (./forceCore.ts) off the main thread. Positions
 * go back in batches as Float32Arrays whose buffers are transferred, not
 * copied: the first right after the pivot-MDS start, then about every
 * BATCH_MS while the layout settles. Between batches the worker takes
 * messages (pins from dragging, pause, reset).
 */
import { createForceLayout } from './forceCore';
import type { ForceInput, ForceLayout } from './forceCore';
import { runBatch } from './layoutBatch';

export type LayoutRequest =
  /** `stream: false` (reduced motion): progress only, positions once settled. */
  | { type: 'start'; input: ForceInput; stream: boolean }
  | { type: 'pin'; i: number; x: number; y: number }
  | { type: 'unpin'; i: number }
  | { type: 'reset' }
  | { type: 'pause' }
  | { type: 'resume' };

export type LayoutReply =
  | { type: 'positions'; xy: Float32Array; progress: number; settled: boolean; ticks: number }
  | { type: 'progress'; progress: number; ticks: number }
  | { type: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const BATCH_MS = 40;

function serve() {
  let layout: ForceLayout | null = null;
  let stream = true;
  let paused = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
  const post = (reply: LayoutReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

  const send = (settled: boolean) => {
    if (!layout) return;
    if (!stream && !settled) {
      post({ type: 'progress', progress: layout.progress(), ticks: layout.ticks() });
      return;
    }
    const xy = Float32Array.from(layout.xy);
    post(
      { type: 'positions', xy, progress: layout.progress(), settled, ticks: layout.ticks() },
      [xy.buffer],
    );
  };

  const schedule = () => {
    if (timer === null && !paused && layout && !layout.settled()) timer = setTimeout(step, 0);
  };

  function step() {
    timer = null;
    if (!layout || paused) return;
    const settled = runBatch(layout, BATCH_MS);
    send(settled);
    schedule();
  }

  scope.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
    const request = event.data;
    try {
      if (request.type === 'start') {
        stream = request.stream;
        layout = createForceLayout(request.input);
        send(layout.settled());
        schedule();
      } else if (!layout) {
        return;
      } else if (request.type === 'pin') {
        layout.pin(request.i, request.x, request.y);
      } else if (request.type === 'unpin') {
        layout.unpin(request.i);
      } else if (request.type === 'reset') {
        layout.reset();
        send(layout.settled());
        schedule();
      } else if (request.type === 'pause') {
        paused = true;
        if (timer !== null) clearTimeout(timer);
        timer = null;
      } else if (request.type === 'resume') {
        paused = false;
        schedule();
      }
    } catch (error) {
      post({ type: 'failed', message: String(error) });
    }
  });
}

serve();
