/// <reference lib="webworker" />
/**
 * Runs the large-graph layout (./forceCore.ts through ./layoutRunner.ts) off
 * the main thread. Positions go back in batches as Float32Arrays, and the
 * relations as an ImageBitmap drawn on an OffscreenCanvas here; both are
 * transferred, not copied. The first batch comes right after the pivot-MDS
 * start, then one about every BATCH_MS while the layout settles; between
 * batches the worker takes messages (pins from dragging, pause, a new view).
 */
import { startRunner } from './layoutRunner';
import type { Batch, LayoutStart, Runner, RunnerRequest } from './layoutRunner';

export type LayoutRequest = ({ type: 'start' } & LayoutStart) | RunnerRequest;

export type LayoutReply = ({ type: 'batch' } & Batch) | { type: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const BATCH_MS = 90;

function serve() {
  let runner: Runner | null = null;
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
  const post = (reply: LayoutReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

  const onBatch = (batch: Batch) => {
    const transfer: Transferable[] = [];
    if (batch.xy) transfer.push(batch.xy.buffer);
    if (batch.edges?.image instanceof ImageBitmap) transfer.push(batch.edges.image);
    post({ type: 'batch', ...batch }, transfer);
  };

  scope.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
    const request = event.data;
    try {
      if (request.type === 'start') {
        runner?.stop();
        runner = startRunner(request, BATCH_MS, true, onBatch);
      } else {
        runner?.send(request);
      }
    } catch (error) {
      post({ type: 'failed', message: String(error) });
    }
  });
  // An exception in a batch (a timer callback) is reported too, so the page can fall back.
  scope.addEventListener('error', (event) => {
    post({ type: 'failed', message: event.message });
  });
}

serve();
