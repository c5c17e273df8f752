/**
 * Loading a reader's dataset (a file or a URL): size checks first, then
 * parsing and validation in a Web Worker, with a main-thread fallback where
 * workers are unavailable. Every failure becomes problems, never an exception.
 */
import { fileSizeProblem } from './limits';
import { parseDataset } from './validate';
import type { Phase, ValidationResult } from './validate';
import type { WorkerReply, WorkerRequest } from './validate.worker';

export type { Phase };
export type OnPhase = (phase: Phase) => void;

function fail(expected: string, found: string, message: string): ValidationResult {
  return { ok: false, problems: [{ path: '', expected, found, message }] };
}

/** Lets the browser paint the progress before a long synchronous step. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function onMainThread(blob: Blob, onPhase: OnPhase): Promise<ValidationResult> {
  let text: string;
  try {
    text = await blob.text();
  } catch (error) {
    return fail('a readable file', String(error), `could not read the file (${String(error)})`);
  }
  onPhase('parsing');
  await nextFrame();
  // 'parsing' was announced above, before the pause that lets it paint.
  return parseDataset(text, (phase) => {
    if (phase !== 'parsing') onPhase(phase);
  });
}

function inWorker(blob: Blob, onPhase: OnPhase): Promise<ValidationResult> {
  if (typeof Worker === 'undefined') return onMainThread(blob, onPhase);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(blob, onPhase);
  }
  // One worker per request: the id only tells its replies from anything else it might post.
  const id = 1;
  return new Promise<ValidationResult>((resolve) => {
    let settled = false;
    const done = (result: ValidationResult | Promise<ValidationResult>) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if ('phase' in reply) onPhase(reply.phase);
      else done(reply.result);
    });
    // A worker that cannot start (e.g. blocked by a content security policy): do it here.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      done(onMainThread(blob, onPhase));
    });
    const request: WorkerRequest = { id, blob };
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    worker.postMessage(request);
  });
}

/** A file the reader opened or dropped. */
export async function loadDatasetFile(file: Blob, onPhase: OnPhase = () => {}): Promise<ValidationResult> {
  onPhase('reading');
  const size = fileSizeProblem(file.size);
  if (size) return { ok: false, problems: [size] };
  return inWorker(file, onPhase);
}

/**
 * A dataset by URL (already allowed by `checkDataUrl`). `isAllowed` checks
 * where redirects ended up, so an open redirect cannot lead elsewhere.
 */
export async function loadDatasetUrl(
  url: string,
  onPhase: OnPhase = () => {},
  isAllowed: (finalUrl: string) => boolean = () => true,
  fetchImpl: typeof fetch = fetch,
): Promise<ValidationResult> {
  onPhase('reading');
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin' });
  } catch (error) {
    return fail('a reachable dataset URL', 'a network error', `could not fetch ${url} (${String(error)})`);
  }
  if (response.url && !isAllowed(response.url)) {
    return fail(
      'an allowed origin',
      response.url,
      `refused: ${url} redirected to ${response.url}, which is not allowed`,
    );
  }
  if (!response.ok) {
    const status = `HTTP ${response.status} ${response.statusText}`.trim();
    return fail('HTTP 200', status, `could not fetch ${url}: ${status}`);
  }
  const length = Number(response.headers.get('content-length'));
  const size = Number.isFinite(length) ? fileSizeProblem(length) : undefined;
  if (size) return { ok: false, problems: [size] };
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch (error) {
    return fail('a readable response', String(error), `could not read ${url} (${String(error)})`);
  }
  const blobSize = fileSizeProblem(blob.size);
  if (blobSize) return { ok: false, problems: [blobSize] };
  return inWorker(blob, onPhase);
}
