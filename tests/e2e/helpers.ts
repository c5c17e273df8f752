// Shared pieces of the browser tests: the `test` with this project's fixtures (two origins, pages in
// their own browser contexts, the app opened and drawn), the article dataset, and helpers that wait
// for a condition in the page (animation frames, a picture at rest) instead of a fixed time.
import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from '@playwright/test';

export { expect };

/** The two origins the static servers answer on (see tests/playwright.config.ts). */
export interface Origins {
  /** The built app at / and /graphics/alliance/, fixtures at /fixtures/. */
  app: string;
  /** The same files on a second origin, for embedding and cross-origin checks. */
  other: string;
}

/** A page that collects its uncaught errors (`pageerror`). */
export type AppPage = Page & { errors: string[] };

interface Fixtures {
  /** A page in a new browser context (1280×800 unless `options` say otherwise), closed after the test. */
  newPage: (options?: BrowserContextOptions) => Promise<AppPage>;
  /** A new page with the app at `/?query`, once the network is drawn. */
  openApp: (query?: string, options?: BrowserContextOptions) => Promise<AppPage>;
}

/**
 * In the page (`page.evaluate(paintedPixels, selector)`): the pixels not transparent on the
 * canvas `selector` names, 0 without one. Self-contained, as page functions must be.
 */
export function paintedPixels(selector: string): number {
  const canvas = document.querySelector<HTMLCanvasElement>(selector);
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return 0;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
  return n;
}

/** The SVG network has drawn its nodes. */
export const READY = 'svg.network-svg[data-ready="true"] [data-node-id]';

async function pageIn(browser: Browser, contexts: BrowserContext[], options: BrowserContextOptions) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  contexts.push(context);
  const page: AppPage = Object.assign(await context.newPage(), { errors: [] as string[] });
  page.on('pageerror', (e) => page.errors.push(e.message));
  return page;
}

export const test = base.extend<Fixtures, { origins: Origins }>({
  origins: [
    { app: 'http://127.0.0.1:4174', other: 'http://127.0.0.1:4175' },
    { option: true, scope: 'worker' },
  ],
  // (The second argument is Playwright's `use`, named otherwise so that the React hooks lint leaves it be.)
  newPage: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide((options = {}) => pageIn(browser, contexts, options));
    for (const context of contexts) await context.close();
  },
  openApp: async ({ newPage, origins }, provide) => {
    await provide(async (query = '', options = {}) => {
      const page = await newPage(options);
      await page.goto(`${origins.app}/${query ? `?${query}` : ''}`);
      await page.locator(READY).first().waitFor({ timeout: 10_000 });
      return page;
    });
  },
});

/** `value`, or a failed test naming what is missing. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

interface Text {
  de: string;
  en: string;
}
export interface Evidence {
  type: string;
  quote?: string;
  translation?: string;
}
/** The parts of data/alliance-network.json the tests read. */
export interface Dataset {
  meta: { title: Text };
  nodes: { id: string; kind: string; layer?: string; evidence: Evidence[] }[];
  edges: { id: string; kind: string; layer?: string; evidence: Evidence[] }[];
  story: { title: Text; text: Text }[];
}

export const dataset = JSON.parse(
  readFileSync(new URL('../../data/alliance-network.json', import.meta.url), 'utf8'),
) as Dataset;

/** What the default view draws: the article, without the optional layer (`layers=` is off). */
export const article = {
  nodes: dataset.nodes.filter((n) => !n.layer),
  edges: dataset.edges.filter((e) => !e.layer),
};

/** The article evidence of a node or edge. */
export function articleEvidence(item: { id: string; evidence: Evidence[] } | undefined): {
  quote: string;
  translation: string;
} {
  const e = must(item, 'dataset item').evidence.find((x) => x.type === 'article');
  return { quote: must(e?.quote, 'article quote'), translation: must(e?.translation, 'translation') };
}

/** Saves a screenshot for people to look at, in the test's output folder under tests/e2e/artifacts. */
export async function snapshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  await page.screenshot({ path: test.info().outputPath(name), ...options });
}

/** Resolves after `n` animation frames of the page (or frame): "nothing happened meanwhile" checks. */
export function animationFrames(target: Page | Frame, n: number): Promise<void> {
  return target.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let seen = 0;
        const tick = () => (++seen >= count ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/**
 * Waits until the picture is at rest: the camera (the viewport's transform) and every node's
 * position unchanged for `frames` animation frames in a row (camera moves and layouts ease over
 * frames).
 */
export function pictureAtRest(target: Page | Frame, frames = 10): Promise<void> {
  return target.evaluate(
    (needed) =>
      new Promise<void>((resolve) => {
        const signature = () =>
          [...document.querySelectorAll('g.viewport, [data-node-id]')]
            .map((el) => el.getAttribute('transform'))
            .join('|');
        let last = signature();
        let same = 0;
        const tick = () => {
          const now = signature();
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= needed) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

/** Waits until the page has stopped scrolling (scroll position unchanged for `frames` frames). */
export function scrollAtRest(page: Page, frames = 10): Promise<void> {
  return page.evaluate(
    (needed) =>
      new Promise<void>((resolve) => {
        let last = scrollY;
        let same = 0;
        const tick = () => {
          same = scrollY === last ? same + 1 : 0;
          last = scrollY;
          if (same >= needed) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Bounding boxes of the visible node labels, in CSS pixels. */
export function labelBoxes(page: Page): Promise<Box[]> {
  return page.locator('[data-node-id] .node-label').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.closest('[data-node-id]')?.getAttribute('data-node-id') ?? '?',
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
      };
    }),
  );
}

/** The pairs of boxes that overlap, as "a/b". */
export function overlappingPairs(boxes: Box[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        pairs.push(`${a.id}/${b.id}`);
    }
  }
  return pairs;
}
