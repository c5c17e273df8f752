/// <reference lib="webworker" />
/**
 * A validation worker's message handling (the app's worker,
 * src/data-loading/validate.worker.ts, adds a preview of a large graph). Messages in: { id, blob } or
 * { id, text }, optionally with `preview` (the stage's size); out: { id, phase } while
 * working, { id, preview } when the extension made one, then { id, result }.
 */
import { parseDataset } from './parse';
import type { Phase, ValidationResult } from './validate';

export interface WorkerRequest {
  id: number;
  blob?: Blob;
  text?: string;
  /** Asks for a preview of a large graph laid out for this stage. */
  preview?: { width: number; height: number };
}
export type WorkerReply<P = unknown> =
  { id: number; phase: Phase } | { id: number; preview: P } | { id: number; result: ValidationResult };

/** What a worker may send once the JSON has been parsed (before it is validated). */
export type OnParsed<P> = (
  json: unknown,
  request: WorkerRequest,
) => { preview: P; transfer: Transferable[] } | null;

export function serveValidation<P>(scope: DedicatedWorkerGlobalScope, onParsed?: OnParsed<P>): void {
  scope.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
    const request = event.data;
    const { id, blob, text } = request;
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    const post = (reply: WorkerReply<P>, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
    let result: ValidationResult;
    try {
      const source = text ?? (blob ? await blob.text() : '');
      result = parseDataset(
        source,
        (phase) => post({ id, phase }),
        (json) => {
          // A preview that fails is no reason to refuse the file: the check decides that.
          try {
            const made = onParsed?.(json, request);
            if (made) post({ id, preview: made.preview }, made.transfer);
          } catch {
            // no preview, then
          }
        },
        // A blob's size is the file's: not counted again from its text.
        text === undefined ? blob?.size : undefined,
      );
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
}
