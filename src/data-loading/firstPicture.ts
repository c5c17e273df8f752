/**
 * The first picture of a reader's `data=` file, before the app has started: a module of its own
 * (built by ./firstPictureBuild.ts) that the page's head script loads beside the file
 * (src/app/prerender/boot.ts). It takes over the head script's fetch of the file and, for a graph
 * the canvas renderer will draw (300 nodes and more), draws its preview over the window: made here
 * for a file of up to MAIN_THREAD_PREVIEW_BYTES, by the worker (with the file's check) for a larger
 * one, which the page never parses. The app takes the response, the preview, the worker and the
 * check over (./firstPictureHandover.ts) and removes this picture once its own is drawn.
 */
import { MAIN_THREAD_PREVIEW_BYTES } from '../data/limits';
import { previewOfText } from '../layout/large/preview';
import type { GraphPreview } from '../layout/large/preview';
import { drawPreview } from '../network/canvas/previewScene';
import { prefersReducedMotion } from '../ui/motion';
import { FIRST_PICTURE_ATTR, publishFirstPicture } from './firstPictureHandover';
import type { Download, FirstPicture, PostedCheck } from './firstPictureHandover';
import type { WorkerReply, WorkerRequest } from '../data/validationService';

/** The dataset worker's file in the build, relative to this module (set by ./firstPictureBuild.ts). */
declare const __DATASET_WORKER__: string;

/** The dataset worker the head script started for a large file (src/app/prerender/boot.ts), once. */
function takeEarlyWorker(): Worker | null {
  const early = window.allianceNetworkDatasetWorker ?? null;
  delete window.allianceNetworkDatasetWorker;
  return early;
}

function startWorker(): Worker | null {
  const early = takeEarlyWorker();
  if (early) return early;
  try {
    return new Worker(new URL(__DATASET_WORKER__, import.meta.url), { type: 'module' });
  } catch {
    return null; // e.g. a CSP without worker-src: the app checks on the main thread
  }
}

type Frame = { width: number; height: number };

const PREVIEW_MARK = 'alliance-network:preview';

/**
 * The next task, ahead of other waiting work where the browser can say so (`scheduler.postTask`,
 * user-blocking): each step of the first picture gets a task of its own without letting the
 * app's start, queued meanwhile, come between.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (f: () => void, o: object) => Promise<void> } })
    .scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'user-blocking' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The worker's preview of a large file, sent before its check's verdict (null if none comes). */
function previewFromWorker(check: PostedCheck): Promise<GraphPreview | null> {
  return new Promise((resolve) => {
    check.listen(
      (reply) => {
        if ('preview' in reply) resolve(reply.preview);
        else if ('result' in reply) resolve(null);
      },
      () => resolve(null),
    );
  });
}

/** Draws the preview over the whole window, where the page will be (the app then takes it over). */
function draw(preview: GraphPreview, frame: Frame): boolean {
  if (window.innerWidth !== frame.width || window.innerHeight !== frame.height) return false;
  const wrap = document.createElement('div');
  wrap.setAttribute(FIRST_PICTURE_ATTR, '');
  wrap.setAttribute('data-network-preview', '');
  // A copy of what the app will show a moment later: not announced twice.
  wrap.setAttribute('aria-hidden', 'true');
  // Opaque, in the page's colour: the app's page may render beneath before it takes the picture over.
  wrap.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:1;background:var(--bg)';
  const canvas = document.createElement('canvas');
  canvas.style.cssText = 'display:block;width:100%;height:100%';
  wrap.append(canvas);
  document.body.append(wrap);
  if (!drawPreview(canvas, document.documentElement, preview, frame)) {
    wrap.remove();
    return false;
  }
  window.addEventListener('resize', () => wrap.remove(), { once: true });
  return true;
}

/** `body` as a response like `original` (its status, headers and final URL, for the app's checks). */
export function asResponse(original: Response, body: Blob): Response {
  const copy = new Response(body, {
    status: original.status,
    statusText: original.statusText,
    headers: original.headers,
  });
  // A constructed response has no URL of its own: the app checks where a redirect ended up.
  Object.defineProperty(copy, 'url', { value: original.url });
  return copy;
}

/** Asks `worker` for `request` now, keeping its replies for whoever listens later. */
export function postCheck(worker: Worker, request: WorkerRequest): PostedCheck {
  const replies: WorkerReply<GraphPreview>[] = [];
  let failed = false;
  const listeners: { reply: (r: WorkerReply<GraphPreview>) => void; error: () => void }[] = [];
  worker.addEventListener('message', (event: MessageEvent<WorkerReply<GraphPreview>>) => {
    replies.push(event.data);
    for (const l of listeners) l.reply(event.data);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failed = true;
    for (const l of listeners) l.error();
  });
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
  worker.postMessage(request);
  return {
    listen(reply, error) {
      listeners.push({ reply, error });
      for (const r of replies) reply(r);
      if (failed) error();
    },
  };
}

/** The download's body as a response of its own, once read (the response itself when it was not). */
const readResponse = ({ response, blob }: Download): Promise<Response> =>
  Promise.all([response, blob]).then(([r, b]) => (b ? asResponse(r, b) : r));

function start(download: Download): void {
  const { url, response: fetched, blob } = download;
  const frame = { width: window.innerWidth, height: window.innerHeight };
  // A large file's worker: the head script's, started when the response's headers said the file is
  // large (it boots while the body arrives; its callback on the same response ran before this one);
  // a small file's once its picture is drawn (the two would share the cores).
  const early = fetched.then(takeEarlyWorker, () => null);
  // Read once, by the head script as it arrives; the app gets the same body and status as a
  // response of its own.
  const response = readResponse(download);
  const posted = Promise.all([blob, early]).then(([b, earlyWorker]) => {
    if (!b || b.size <= MAIN_THREAD_PREVIEW_BYTES) return null;
    const worker = earlyWorker ?? startWorker();
    return worker ? { worker, check: postCheck(worker, { id: 1, blob: b, preview: frame }) } : null;
  });
  const preview = Promise.all([blob, posted])
    .then(async ([b, large]) => {
      if (large) return previewFromWorker(large.check);
      if (!b || b.size > MAIN_THREAD_PREVIEW_BYTES) return null;
      // Parsed and read in one task, laid out in the next (each under 50 ms at 1,000 nodes here).
      return previewOfText(await b.text(), frame, nextTask);
    })
    .catch(() => null)
    .then(async (made) => {
      // Drawn in a task of its own.
      if (made) await nextTask();
      if (made && draw(made, frame)) {
        // The app's mark of a drawn preview (src/network/marks.ts), and its event.
        performance.mark(PREVIEW_MARK);
        document.dispatchEvent(new Event(PREVIEW_MARK));
      }
      return made;
    });
  // The worker the check was posted to, else the one started early, else a new one.
  const worker = Promise.all([posted, preview, early]).then(
    ([large, , earlyWorker]) => large?.worker ?? earlyWorker ?? startWorker(),
  );
  const picture: FirstPicture = {
    url,
    response,
    preview,
    worker,
    posted: posted.then((large) => large?.check ?? null),
    arrived: false,
  };
  void blob.then(() => (picture.arrived = true));
  publishFirstPicture(picture);
}

const download = window.allianceNetworkDownload;
delete window.allianceNetworkDownload;
if (download && !prefersReducedMotion()) start(download);
else if (download) {
  // Under reduced motion the first picture is the settled network (the app's): the app still
  // takes the download over.
  const none = Promise.resolve(null);
  publishFirstPicture({
    url: download.url,
    response: readResponse(download),
    preview: none,
    // The head script's, for a large file: the app checks the file with it.
    worker: Promise.resolve(takeEarlyWorker()),
    posted: none,
    arrived: false,
  });
} else publishFirstPicture(null);
