/**
 * The page's first picture of a `data=` file (src/data-loading/firstPicture.ts, its own module)
 * and the app's side of the handover (src/data-loading/firstPictureHandover.ts): the app takes
 * the response, the preview, the worker and a posted check over, so the file is downloaded,
 * parsed for a preview and checked once each.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../src/data/parse';
import type { WorkerReply } from '../../src/data/validationService';
import { fakeValidationWorker } from './fixtures';
import type { FirstPicture, PostedCheck } from '../../src/data-loading/firstPictureHandover';
import type { GraphPreview } from '../../src/layout/large/preview';

const article = readFileSync(join(__dirname, '../../data/alliance-network.json'), 'utf8');

const preview: GraphPreview = {
  n: 2,
  xy: new Float32Array([0, 0, 30, 0]),
  source: new Int32Array([0]),
  target: new Int32Array([1]),
  nodeKind: new Uint8Array([0, 0]),
  edgeGroup: new Uint8Array([0]),
};

/** The page as the head script and the first picture's module leave it. */
function published(picture: Partial<FirstPicture> & { url: string }, ran = true) {
  const script = document.createElement('script');
  script.setAttribute('data-first-picture-module', '');
  if (ran) script.setAttribute('data-ran', '');
  document.head.append(script);
  window.allianceNetworkFirstPicture = {
    response: Promise.resolve(new Response(article)),
    preview: Promise.resolve(null),
    worker: Promise.resolve(null),
    posted: Promise.resolve(null),
    arrived: true,
    ...picture,
  };
  return script;
}

/** Opens `path` as the app does (`data=`), with every preview the app showed meanwhile. */
async function openWatchingPreviews(path: string) {
  const { openDatasetUrl } = await import('../../src/data-loading/datasetLoading');
  const { useLayoutStatus } = await import('../../src/store/layoutStatus');
  const shown: unknown[] = [];
  const stop = useLayoutStatus.subscribe((s) => shown.push(s.preview));
  const opened = await openDatasetUrl(path);
  stop();
  return { opened, shown };
}

afterEach(() => {
  document.head
    .querySelectorAll('script[data-first-picture-module], link[rel=preload]')
    .forEach((e) => e.remove());
  document.body.querySelectorAll('[data-first-picture]').forEach((e) => e.remove());
  delete window.allianceNetworkFirstPicture;
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('the app takes the first picture over', () => {
  it('its response, preview and worker: one download, one preview, one check', async () => {
    const url = new URL('/graph.json', document.baseURI).href;
    const log: string[] = [];
    published({ url, preview: Promise.resolve(preview), worker: Promise.resolve(fakeValidationWorker(log)) });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { opened, shown } = await openWatchingPreviews('/graph.json');
    expect(opened).toBe(true);
    expect(fetchSpy, 'no second download').not.toHaveBeenCalled();
    expect(shown, 'the first picture’s very preview, not one made anew').toContain(preview);
    expect(log, 'its worker checks the file, once').toEqual(['check', 'terminated']);
    expect(window.allianceNetworkFirstPicture, 'taken, not left for another load').toBeUndefined();
  });

  it('a large file’s check the first picture already asked of the worker: listened to, not asked again', async () => {
    const url = new URL('/big.json', document.baseURI).href;
    const log: string[] = [];
    const worker = fakeValidationWorker(log);
    const result = parseDataset(article);
    const replies: WorkerReply<GraphPreview>[] = [
      { id: 1, phase: 'validating' },
      { id: 1, preview },
      { id: 1, result },
    ];
    const posted: PostedCheck = {
      listen: (onReply) => {
        for (const r of replies) onReply(r);
      },
    };
    published({ url, worker: Promise.resolve(worker), posted: Promise.resolve(posted) });
    const { opened, shown } = await openWatchingPreviews('/big.json');
    expect(opened).toBe(true);
    expect(shown).toContain(preview);
    expect(log, 'nothing posted again; the worker ends with the load').toEqual(['terminated']);
  });

  it('only for its own file: another URL is fetched as usual and the early worker stopped', async () => {
    const log: string[] = [];
    published({
      url: new URL('/other.json', document.baseURI).href,
      worker: Promise.resolve(fakeValidationWorker(log)),
    });
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(article));
    const { takeFirstPicture } = await import('../../src/data-loading/firstPictureHandover');
    expect(await takeFirstPicture(new URL('/graph.json', document.baseURI).href)).toBeNull();
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['terminated']);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('waits for the module when the app starts first', async () => {
    const url = new URL('/graph.json', document.baseURI).href;
    const script = published({ url }, false);
    const picture = window.allianceNetworkFirstPicture;
    delete window.allianceNetworkFirstPicture;
    const { takeFirstPicture } = await import('../../src/data-loading/firstPictureHandover');
    const taken = takeFirstPicture(url);
    let settled = false;
    void taken.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled, 'still waiting for the module').toBe(false);
    window.allianceNetworkFirstPicture = picture;
    script.dispatchEvent(new Event('load'));
    expect(await taken).toBe(picture);
  });
});

describe('the app’s start', () => {
  it('waits for the first picture when its file is there, not for a download', async () => {
    const url = new URL('/graph.json', document.baseURI).href;
    let drawn: (p: GraphPreview | null) => void = () => {};
    published({ url, preview: new Promise((resolve) => (drawn = resolve)), arrived: false });
    const { firstPictureUnderWay } = await import('../../src/data-loading/firstPictureHandover');
    // The file still downloads: the app starts at once.
    await firstPictureUnderWay();
    window.allianceNetworkFirstPicture!.arrived = true;
    let started = false;
    const start = firstPictureUnderWay().then(() => (started = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started, 'the picture first').toBe(false);
    drawn(preview);
    await start;
    expect(started).toBe(true);
  });

  it('takes the first picture off the page once its own picture (or a problem) is there', async () => {
    const { removeFirstPicture, FIRST_PICTURE_ATTR } =
      await import('../../src/data-loading/firstPictureHandover');
    const overlay = document.createElement('div');
    overlay.setAttribute(FIRST_PICTURE_ATTR, '');
    document.body.append(overlay);
    removeFirstPicture();
    expect(document.body.querySelector(`[${FIRST_PICTURE_ATTR}]`)).toBeNull();
  });
});

describe('the first picture’s module', () => {
  it('keeps the worker’s replies for whoever listens later, in order', async () => {
    const { postCheck } = await import('../../src/data-loading/firstPicture');
    const target = new EventTarget();
    const posts: unknown[] = [];
    const worker = Object.assign(target, { postMessage: (m: unknown) => posts.push(m) }) as unknown as Worker;
    const check = postCheck(worker, { id: 1, blob: new Blob(['{}']), preview: { width: 800, height: 600 } });
    expect(posts).toHaveLength(1);
    const early: unknown[] = [];
    check.listen(
      (r) => early.push(r),
      () => {},
    );
    target.dispatchEvent(new MessageEvent('message', { data: { id: 1, phase: 'parsing' } }));
    target.dispatchEvent(new MessageEvent('message', { data: { id: 1, preview } }));
    const late: unknown[] = [];
    check.listen(
      (r) => late.push(r),
      () => {},
    );
    target.dispatchEvent(
      new MessageEvent('message', { data: { id: 1, result: { ok: false, problems: [] } } }),
    );
    expect(early).toHaveLength(3);
    expect(late, 'the replies so far, then the rest').toEqual(early);
    let failed = 0;
    check.listen(
      () => {},
      () => failed++,
    );
    target.dispatchEvent(new Event('error', { cancelable: true }));
    expect(failed).toBe(1);
  });

  it('hands the app the body it read as a response with the same status, headers and final URL', async () => {
    const { asResponse } = await import('../../src/data-loading/firstPicture');
    const original = new Response('{"a":1}', {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
    Object.defineProperty(original, 'url', { value: 'https://example.org/final.json' });
    // Node's own Blob, as its Response reads (jsdom's is another class).
    const copy = asResponse(original, new NodeBlob(['{"a":1}']) as unknown as Blob);
    expect(copy.status).toBe(200);
    expect(copy.url).toBe('https://example.org/final.json');
    expect(copy.headers.get('content-type')).toBe('application/json');
    expect(await copy.text()).toBe('{"a":1}');
  });
});
