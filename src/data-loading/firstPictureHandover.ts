/**
 * What the page's first picture of a `data=` file (./firstPicture.ts, a module of its own that
 * the head script loads beside the file) hands to the app: the file's response, from the head
 * script's fetch; the preview drawn of it; and the dataset worker, started early. Kept on the
 * window: the two are separate entry modules of one page.
 */
import type { GraphPreview } from '../layout/large/preview';
import type { PostedCheck as PostedCheckOf } from '../data/loadDataset';
import { prefersReducedMotion } from '../ui/motion';

/** A check already asked of the worker: its replies so far, then each as it comes. */
export type PostedCheck = PostedCheckOf<GraphPreview>;

export interface FirstPicture {
  /** The `data=` file's absolute URL. */
  url: string;
  /** Its response (the body the first picture read, as a response of its own): the app's download. */
  response: Promise<Response>;
  /** The preview drawn as the first picture; null when none was made (the app makes none either). */
  preview: Promise<GraphPreview | null>;
  /** The dataset worker (./validate.worker.ts), started early; null without workers. */
  worker: Promise<Worker | null>;
  /** For a file too large to parse on the page: its check, asked of `worker` with a preview. */
  posted: Promise<PostedCheck | null>;
  /** The file has arrived (its body is read). */
  arrived: boolean;
}

/** The `data=` file, fetched by the page's head script (src/app/prerender/boot.ts). */
export interface Download {
  url: string;
  response: Promise<Response>;
  /**
   * Its body, read as it arrives (null when the response failed or its headers say it is over
   * MAX_FILE_BYTES: the app refuses it unread). Read at once: a body nobody reads stops arriving
   * once the browser's buffer for it is full, and the first picture's module runs 100–250 ms later.
   */
  blob: Promise<Blob | null>;
}

declare global {
  interface Window {
    allianceNetworkFirstPicture?: FirstPicture;
    allianceNetworkDownload?: Download;
    /** The dataset worker, started by the head script for a large file (src/app/prerender/boot.ts). */
    allianceNetworkDatasetWorker?: Worker;
  }
}

/** Marks the first picture on the page. */
export const FIRST_PICTURE_ATTR = 'data-first-picture';

export function publishFirstPicture(picture: FirstPicture | null): void {
  if (picture) window.allianceNetworkFirstPicture = picture;
  document.querySelector('script[data-first-picture-module]')?.setAttribute('data-ran', '');
}

/**
 * The first picture of `url` (taken once: a response is read only once), if the page makes one.
 * The app may start before the module has run: then it waits for the module's script.
 */
export async function takeFirstPicture(url: string): Promise<FirstPicture | null> {
  if (typeof document === 'undefined') return null;
  const script = document.querySelector<HTMLScriptElement>('script[data-first-picture-module]');
  if (!script) return null;
  if (!window.allianceNetworkFirstPicture && !script.hasAttribute('data-ran')) {
    await new Promise((resolve) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', resolve, { once: true });
    });
  }
  const picture = window.allianceNetworkFirstPicture;
  if (!picture) return null;
  delete window.allianceNetworkFirstPicture;
  if (picture.url === url) return picture;
  void picture.worker.then((w) => w?.terminate());
  return null;
}

/**
 * Resolves when the first picture is drawn (or found not to be made), if its file is there
 * already; at once otherwise (a file still downloading is not waited for: the page starts). The
 * app's start goes after it: on a machine with few cores the two would share the main thread,
 * and the reader would see neither sooner.
 */
export async function firstPictureUnderWay(): Promise<void> {
  if (typeof document === 'undefined') return;
  const picture = window.allianceNetworkFirstPicture;
  if (!picture?.arrived) return;
  await picture.preview.catch(() => null);
}

/**
 * Takes the first picture off the page: the app's own picture is there now (or a problem is).
 * Given the box the app drew the same preview into, the first picture (drawn over the whole
 * window) shrinks into that box as it fades, so the reader sees where it went.
 */
export function removeFirstPicture(into?: Element): void {
  if (typeof document === 'undefined') return;
  for (const el of document.querySelectorAll<HTMLElement>(`div[${FIRST_PICTURE_ATTR}]`)) {
    el.removeAttribute(FIRST_PICTURE_ATTR);
    el.removeAttribute('data-network-preview');
    const to = into?.getBoundingClientRect();
    const from = el.getBoundingClientRect();
    if (
      !to ||
      to.width === 0 ||
      from.width === 0 ||
      typeof el.animate !== 'function' ||
      prefersReducedMotion()
    ) {
      el.remove();
      continue;
    }
    const k = Math.min(to.width / from.width, to.height / from.height);
    const dx = to.left + to.width / 2 - (from.left + from.width / 2);
    const dy = to.top + to.height / 2 - (from.top + from.height / 2);
    const gone = () => el.remove();
    el.animate(
      [
        { transform: 'none', opacity: 1 },
        { transform: `translate(${dx}px, ${dy}px) scale(${k})`, opacity: 0 },
      ],
      {
        duration: 300,
        easing: 'ease-out',
      },
    ).finished.then(gone, gone);
  }
}
