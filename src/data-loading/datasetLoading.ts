/**
 * Actions that load a dataset into the view: the article dataset, a reader's
 * file, or a `data=` URL. On failure the error view shows every problem and
 * the previous dataset stays one "Back" click away.
 */
import { create } from 'zustand';
import defaultDatasetUrl from '../../data/alliance-network.json?url';
import {
  FILE_SOURCE_PREFIX,
  checkDataUrl,
  dataSourceLabel,
  dataUrlLabel,
  parseAllowedOrigins,
} from '../data/dataUrlPolicy';
import { loadDatasetFromUrl } from '../data/load';
import { loadDatasetFile, loadDatasetUrl } from '../data/loadDataset';
import type { Phase, ValidationWorker } from '../data/loadDataset';
import type { GraphPreview } from '../layout/large/preview';
import { useLayoutStatus } from '../store/layoutStatus';
import { prefersReducedMotion } from '../ui/motion';
import { takeFirstPicture } from './firstPictureHandover';
import { MAIN_THREAD_PREVIEW_BYTES } from '../data/limits';
import type { FirstPicture, PostedCheck } from './firstPictureHandover';
import type { ValidationResult } from '../data/validate';
import type { UrlState } from '../store/urlState';
import { useAppStore } from '../store/store';

export interface LoadProgress {
  source: string;
  phase: Phase;
}

/** What is being loaded right now (null when idle): drives the progress line. */
export const useLoadProgress = create<{ progress: LoadProgress | null; generation: number }>()(() => ({
  progress: null,
  // Counts loads: only the latest one may show its progress or its result.
  generation: 0,
}));

/** Origins allowed for `data=` besides the page's own, from `VITE_DATA_ORIGINS` at build time. */
export const ALLOWED_DATA_ORIGINS = parseAllowedOrigins(import.meta.env.VITE_DATA_ORIGINS);

export { FILE_SOURCE_PREFIX };

function apply(result: ValidationResult, source: string, dataSource: string | null): boolean {
  const s = useAppStore.getState();
  if (result.ok) {
    // The validated data reaches the view (benchmarks time the first picture from here).
    if (typeof performance !== 'undefined') performance.mark('alliance-network:data');
    s.showDataset(result.dataset);
    s.setDataSource(dataSource);
    s.setStoryStep(null);
    return true;
  }
  s.showLoadError({ source, problems: result.problems, omitted: result.omitted });
  return false;
}

/**
 * The app's dataset worker: it checks the file and, for a large graph, first sends a preview
 * (a picture while the file is checked, and where its layout starts). Under reduced motion
 * none: the first picture is the settled one.
 */
function datasetWorker(
  latest: () => boolean,
  first: FirstPicture | null,
  early: { worker: Worker | null; posted: PostedCheck | null },
): ValidationWorker<GraphPreview> {
  const { posted } = early;
  // Started now, as the load begins (or by the page's first picture, earlier): a worker takes
  // 150 ms and more to start on a busy phone or a 2-core machine.
  let worker: Worker | null = early.worker;
  try {
    if (!worker && typeof Worker !== 'undefined')
      worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // e.g. a CSP without worker-src: the loader checks on the main thread
  }
  if (prefersReducedMotion() || typeof window === 'undefined') return { worker };
  // The stage is about the window's size (its shape decides the preview's orientation).
  const frame = { width: window.innerWidth, height: window.innerHeight };
  // Fetched now, beside the file: a small file's preview is made on this thread (not in the first view's code).
  const previewModule = first ? null : import('../layout/large/preview');
  previewModule?.catch(() => {}); // no module, no preview made here (awaited below)
  return {
    worker,
    posted,
    preview: {
      ...frame,
      onPreview: (preview) => {
        if (latest()) useLayoutStatus.setState({ preview });
      },
      here: {
        maxBytes: MAIN_THREAD_PREVIEW_BYTES,
        make: async (text) => {
          // Made by the page's first picture already (or found to be none).
          if (first) return first.preview;
          if (!previewModule) return null;
          const { previewOfText } = await previewModule;
          // Parsed and read in one task, laid out in the next (each well under 50 ms for 2 MB).
          return previewOfText(await text(), frame, () => new Promise((resolve) => setTimeout(resolve, 0)));
        },
      },
    },
  };
}

type Run = (onPhase: (p: Phase) => void, worker: ValidationWorker<GraphPreview>) => Promise<ValidationResult>;

async function track(source: string, run: Run, first: FirstPicture | null = null) {
  const mine = useLoadProgress.getState().generation + 1;
  const latest = () => useLoadProgress.getState().generation === mine;
  useLoadProgress.setState({ progress: { source, phase: 'reading' }, generation: mine });
  useLayoutStatus.setState({ preview: null });
  // The first picture's worker, and a large file's check it has asked of it already.
  const [worker, posted] = first ? await Promise.all([first.worker, first.posted]) : [null, null];
  const result = await run(
    (phase) => {
      if (latest()) useLoadProgress.setState({ progress: { source, phase } });
    },
    datasetWorker(latest, first, { worker, posted }),
  );
  // A file refused after its preview was shown: the problems replace the picture.
  if (!result.ok && latest()) useLayoutStatus.setState({ preview: null });
  // The worker's reply was unpacked (structured clone: about 100 ms for a 9 MB file) in the task
  // that delivered it; drawing the dataset gets a task of its own, so neither blocks the page long.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (latest()) useLoadProgress.setState({ progress: null });
  return { result, current: latest() };
}

/** The article dataset. */
export async function loadArticleDataset(): Promise<void> {
  const result = await loadDatasetFromUrl(defaultDatasetUrl);
  apply(result, 'alliance-network.json', null);
}

/** A file the reader opened or dropped onto the page. */
export async function openDatasetFile(file: File): Promise<void> {
  const source = `${FILE_SOURCE_PREFIX}${file.name}`;
  const label = dataSourceLabel(source, document.baseURI);
  const { result, current } = await track(label, (onPhase, worker) => loadDatasetFile(file, onPhase, worker));
  if (current) apply(result, label, source);
}

/** How a `data=` value is named on the page: its resolved path only (see `dataUrlLabel`). */
function labelOf(value: string): string {
  return dataUrlLabel(value, document.baseURI);
}

function refusal(value: string, reason: string): ValidationResult {
  const label = labelOf(value);
  return {
    ok: false,
    problems: [
      {
        path: '',
        expected: 'a same-origin URL or an allowed data origin',
        found: label || 'a value that is not an http(s) URL',
        message: `refused to load data${label ? ` from ${label}` : ''}: ${reason}`,
      },
    ],
  };
}

async function fromDataUrl(value: string): Promise<{ result: ValidationResult; current: boolean }> {
  const decision = checkDataUrl(value, document.baseURI, ALLOWED_DATA_ORIGINS);
  if (!decision.ok) return { result: refusal(value, decision.reason), current: true };
  const isAllowed = (finalUrl: string) => checkDataUrl(finalUrl, document.baseURI, ALLOWED_DATA_ORIGINS).ok;
  // A `data=` file of this site is downloading since the page's head (src/app/prerender/boot.ts):
  // fetched there and taken over by the page's first picture, whose response the loader's first ask
  // gets; or, in the embed layout, preloaded, and asked for once the preload is complete.
  const first = await takeFirstPicture(decision.url);
  let unread = first?.response;
  const fromHead: typeof fetch = (input, init) => {
    const taken = unread;
    unread = undefined;
    if (taken && String(input) === decision.url && !init?.cache) return taken;
    return preloaded(String(input)).then(() => fetch(input, init));
  };
  return track(
    labelOf(value),
    (onPhase, worker) => loadDatasetUrl(decision.url, onPhase, isAllowed, fromHead, worker),
    first,
  );
}

/**
 * Resolves once the head's preload of `url` has finished (at once without one). Taken over
 * complete, not while it still arrives: Chromium now and then aborts the read of a response that
 * a preload is still receiving. Waiting costs nothing, the body cannot be read any sooner.
 */
function preloaded(url: string): Promise<void> {
  const link = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].find(
    (l) => l.href === url,
  );
  if (!link || link.hasAttribute('data-done')) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}

/** A dataset named by `data=`; refused unless same-origin or allowed at build time. */
export async function openDatasetUrl(value: string): Promise<boolean> {
  const { result, current } = await fromDataUrl(value);
  return current ? apply(result, labelOf(value), value) : false;
}

/** The first dataset: the one `data=` names, else the article's; never a blank page. */
export async function loadInitialDataset(fromUrl: UrlState): Promise<void> {
  if (!fromUrl.data) return loadArticleDataset();
  const { result } = await fromDataUrl(fromUrl.data);
  if (result.ok) {
    apply(result, labelOf(fromUrl.data), fromUrl.data);
    return;
  }
  // Refused or broken: the article dataset underneath, the problems on top, "Back" between them.
  const article = await loadDatasetFromUrl(defaultDatasetUrl);
  if (article.ok) apply(article, 'alliance-network.json', null);
  apply(result, labelOf(fromUrl.data), null);
}
