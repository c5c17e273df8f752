/// <reference lib="webworker" />
/**
 * Parses and validates a dataset off the main thread, so a large file never
 * freezes the page. Messages in: { id, blob } or { id, text }; out: { id, phase }
 * while working, then { id, result }.
 */
import { parseDataset } from './parse';
import type { Phase, ValidationResult } from './validate';

export interface WorkerRequest {
  id: number;
  blob?: Blob;
  text?: string;
}
export type WorkerReply = { id: number; phase: Phase } | { id: number; result: ValidationResult };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const { id, blob, text } = event.data;
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
  const post = (reply: WorkerReply) => scope.postMessage(reply);
  let result: ValidationResult;
  try {
    const source = text ?? (blob ? await blob.text() : '');
    result = parseDataset(source, (phase) => post({ id, phase }));
  } catch (error) {
    result = {
      ok: false,
      problems: [
        {
          path: '',
          expected: 'a readable file',
          found: String(error),
          message: `could not read the file: ${String(error)}`,
        },
      ],
    };
  }
  post({ id, result });
});
