/**
 * Loading a reader's dataset (a file or a URL): size checks first, then
 * parsing and validation in a Web Worker, with a main-thread fallback where
 * workers are unavailable. Every failure becomes problems, never an exception.
 * Small and in the first view's code, so a download goes to the worker the
 * moment it is there; the checks themselves (./parse.ts) are loaded only for
 * the fallback.
 */
import { shorten } from './dataUrlPolicy';
import { withoutByteOrderMark } from './byteOrderMark';
import { fileSizeProblem } from './limits';
import type { Phase, ValidationResult } from './validate';
import type { WorkerReply, WorkerRequest } from './validationService';

export type { Phase };
export type OnPhase = (phase: Phase) => void;

/** A check asked of the worker before the load began (the page's first picture of a large file). */
export interface PostedCheck<P = unknown> {
  /** Hands `onReply` every reply (those already in first) and `onError` a worker that failed. */
  listen(onReply: (reply: WorkerReply<P>) => void, onError: () => void): void;
}

/** Which worker checks the file, and whether it also sends a preview of a large graph. */
export interface ValidationWorker<P = unknown> {
  /**
   * The worker, started by the caller as the load begins so it boots while the file is read or
   * fetched (the app's: src/data-loading/validate.worker.ts); without one, the check runs here.
   */
  worker?: Worker | null;
  /** The check, already asked of `worker` (with the preview if one is wanted): only listened to here. */
  posted?: PostedCheck<P> | null;
  /** Asks for a preview laid out for a stage of this size, handed to `onPreview` before the result. */
  preview?: {
    width: number;
    height: number;
    onPreview: (preview: P) => void;
    /**
     * Makes the preview of a small file here instead, from its text (unchecked, read by `text()`;
     * null when there is none to make), before the worker is asked to check it: parsing it once more costs less than
     * the worker's start. Files larger than `maxBytes` get theirs from the worker, so the page never
     * parses a big file.
     */
    here?: { maxBytes: number; make: (text: () => Promise<string>) => P | null | Promise<P | null> };
  };
}

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
  let parseDataset: typeof import('./parse').parseDataset;
  try {
    ({ parseDataset } = await import('./parse'));
  } catch (error) {
    return fail('the app’s checks', String(error), `could not load the checks (${String(error)})`);
  }
  await nextFrame();
  // 'parsing' was announced above, before the pause that lets it paint.
  return parseDataset(
    text,
    (phase) => {
      if (phase !== 'parsing') onPhase(phase);
    },
    undefined,
    blob.size,
  );
}

function inWorker<P>(blob: Blob, onPhase: OnPhase, options: ValidationWorker<P>): Promise<ValidationResult> {
  const { worker } = options;
  if (!worker) return onMainThread(blob, onPhase);
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
    const onReply = (reply: WorkerReply<P>) => {
      if (reply.id !== id) return;
      if ('phase' in reply) onPhase(reply.phase);
      else if ('preview' in reply) options.preview?.onPreview(reply.preview);
      else done(reply.result);
    };
    // A worker that cannot start (e.g. blocked by a content security policy): do it here.
    const onError = () => done(onMainThread(blob, onPhase));
    if (options.posted) {
      options.posted.listen(onReply, onError);
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<WorkerReply<P>>) => onReply(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      onError();
    });
    const { preview } = options;
    const here = preview?.here && blob.size <= preview.here.maxBytes ? preview.here : null;
    const request: WorkerRequest = {
      id,
      blob,
      ...(preview && !here ? { preview: { width: preview.width, height: preview.height } } : {}),
    };
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    const check = () => worker.postMessage(request);
    if (!here || !preview) {
      check();
      return;
    }
    // The check waits for the preview: on a machine with two cores the two would share them with
    // the browser's own threads, and both take twice as long (the picture first, then the verdict).
    void previewHere(blob, here.make).then((made) => {
      if (made && !settled) preview.onPreview(made);
      check();
    });
  });
}

/** The preview of a small file, made on this thread (from its text, read when asked for) before the worker checks it. */
async function previewHere<P>(
  blob: Blob,
  make: (text: () => Promise<string>) => P | null | Promise<P | null>,
): Promise<P | null> {
  const text = async () => withoutByteOrderMark(await blob.text());
  try {
    return await make(text);
  } catch {
    // Unreadable or not JSON: no preview; the worker's check says why.
    return null;
  }
}

/** A file the reader opened or dropped. */
export async function loadDatasetFile<P>(
  file: Blob,
  onPhase: OnPhase = () => {},
  options: ValidationWorker<P> = {},
): Promise<ValidationResult> {
  onPhase('reading');
  const size = fileSizeProblem(file.size);
  if (size) {
    options.worker?.terminate();
    return { ok: false, problems: [size] };
  }
  return inWorker(file, onPhase, options);
}

/** The URL as messages show it: origin and path, no query or fragment, shortened. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    return shorten(u.origin + u.pathname, 100);
  } catch {
    return shorten(url.replace(/[?#][\s\S]*$/, ''), 100);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** The problem when the server redirected the request to a site that may not provide data. */
export function redirectProblem(url: string, host: string): ValidationResult {
  const where = host ? `another site (${host})` : 'another site';
  return {
    ok: false,
    problems: [
      {
        path: '',
        expected: 'data from this site or an allowed data origin',
        found: `a redirect to ${where}`,
        message: `${shown(url)} was redirected to ${where} and refused: only this site and the allowed data origins may provide data`,
        reason: { code: 'redirected', host },
      },
    ],
  };
}

/** True if `url` answers with a redirect (asked without following it, so nothing else is requested). */
async function answersWithRedirect(url: string, fetchImpl: typeof fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(url, { credentials: 'same-origin', redirect: 'manual' });
    return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  } catch {
    return false;
  }
}

/**
 * A dataset by URL (already allowed by `checkDataUrl`). `isAllowed` checks
 * where redirects ended up, so an open redirect cannot lead elsewhere. A
 * redirect the browser itself blocked (the content security policy allows
 * only this site and the allowed data origins) fails like a network error;
 * asking again without following redirects tells the two apart. The browser
 * does not say where a blocked redirect was headed (its violation report
 * names the URL before the redirect), so then the message names no host.
 */
export async function loadDatasetUrl<P>(
  url: string,
  onPhase: OnPhase = () => {},
  isAllowed: (finalUrl: string) => boolean = () => true,
  fetchImpl: typeof fetch = fetch,
  options: ValidationWorker<P> = {},
): Promise<ValidationResult> {
  onPhase('reading');
  const downloaded = await download(url, isAllowed, fetchImpl);
  // A problem rather than a body (not `instanceof Blob`: a fetch polyfill's Blob may be another class).
  if ('ok' in downloaded) {
    options.worker?.terminate();
    return downloaded;
  }
  return inWorker(downloaded, onPhase, options);
}

/**
 * The response's body, or why there is none to check. A body that breaks off while it is read (a
 * dropped connection; Chromium's abort of a preload it is still receiving, which the app avoids by
 * waiting for the preload, src/data-loading/datasetLoading.ts) is asked for once more: a reader
 * should not see a refusal for a hiccup.
 */
async function download(
  url: string,
  isAllowed: (finalUrl: string) => boolean,
  fetchImpl: typeof fetch,
): Promise<Blob | ValidationResult> {
  const first = await downloadOnce(url, isAllowed, fetchImpl, false);
  if (!('brokeOff' in first)) return first;
  console.warn(`Alliance Network: the download of ${shown(url)} broke off; asking for it once more.`);
  const second = await downloadOnce(url, isAllowed, fetchImpl, true);
  if (!('brokeOff' in second)) return second;
  const error = String(second.brokeOff);
  return fail('a readable response', error, `could not read ${shown(url)} (${error})`);
}

async function downloadOnce(
  url: string,
  isAllowed: (finalUrl: string) => boolean,
  fetchImpl: typeof fetch,
  again: boolean,
): Promise<Blob | ValidationResult | { brokeOff: unknown }> {
  let response: Response;
  try {
    // Asked again: from the network, not from the preload or a cache.
    response = await fetchImpl(url, { credentials: 'same-origin', ...(again ? { cache: 'no-store' } : {}) });
  } catch (error) {
    if (await answersWithRedirect(url, fetchImpl)) return redirectProblem(url, '');
    return fail(
      'a reachable dataset URL',
      'a network error',
      `could not fetch ${shown(url)} (${String(error)})`,
    );
  }
  if (response.url && !isAllowed(response.url)) return redirectProblem(url, hostOf(response.url));
  if (!response.ok) {
    const status = `HTTP ${response.status} ${response.statusText}`.trim();
    return fail('HTTP 200', status, `could not fetch ${shown(url)}: ${status}`);
  }
  const length = Number(response.headers.get('content-length'));
  const size = Number.isFinite(length) ? fileSizeProblem(length) : undefined;
  if (size) return { ok: false, problems: [size] };
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch (error) {
    return { brokeOff: error };
  }
  const blobSize = fileSizeProblem(blob.size);
  if (blobSize) return { ok: false, problems: [blobSize] };
  return blob;
}
