// The first picture is in the HTML (src/app/prerender): readable without
// JavaScript, in the reader's language before any script of the app runs, and
// taken over by the app without anything moving.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from '@playwright/test';
import { animationFrames, article, articleEvidence, dataset, expect, must, snapshot, test } from './helpers';

const datasetTitle = dataset.meta.title;
import type { AppPage, Origins } from './helpers';

/** The app's own script (the entry chunk); the inline boot scripts are in the HTML. */
const APP_SCRIPT = /\/assets\/index-[^/]*\.js$/;
const HYDRATED = 'svg.network-svg[data-ready="true"]';
type CspWindow = Window & { __csp: string[] };
type Centres = Record<string, [number, number]>;

/** Screen centres of the drawn node symbols, by node id. */
function nodeCentres(page: Page): Promise<Centres> {
  return page.locator('[data-node-id]').evaluateAll((els) =>
    Object.fromEntries(
      els.map((e) => {
        const r = (e.querySelector('.node-symbol') ?? e).getBoundingClientRect();
        return [(e as SVGGElement).dataset.nodeId ?? '?', [r.x + r.width / 2, r.y + r.height / 2]];
      }),
    ),
  );
}

/**
 * Opens the app with its JavaScript held back: what the reader sees from the
 * HTML alone (the inline boot scripts do run). `release()` lets the app load.
 */
async function openHeld(
  newPage: (options?: BrowserContextOptions) => Promise<AppPage>,
  origins: Origins,
  query: string,
  options: BrowserContextOptions = {},
): Promise<{ page: AppPage; release: () => void }> {
  const page = await newPage(options);
  await page.addInitScript(() => {
    const w = window as unknown as CspWindow;
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_SCRIPT, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${origins.app}/${query ? `?${query}` : ''}`, { waitUntil: 'commit' });
  return { page, release };
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as CspWindow).__csp);

test('without JavaScript every node and relation of the article is drawn and readable', async ({
  newPage,
  origins,
}) => {
  const page = await newPage({ javaScriptEnabled: false });
  await page.goto(`${origins.app}/`);
  const svg = must(await page.locator('svg.network-svg').boundingBox(), 'the drawing');
  expect(svg.height, 'a drawing of a readable size').toBeGreaterThanOrEqual(300);
  expect(svg.width).toBeGreaterThanOrEqual(300);
  const drawn = await page.locator('[data-node-id]').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return {
        id: (e as SVGGElement).dataset.nodeId,
        label: e.querySelector('.node-label')?.textContent,
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
      };
    }),
  );
  expect(drawn, 'every node drawn once').toHaveLength(article.nodes.length);
  const labels = new Map(
    (
      JSON.parse(readFileSync(new URL('../../data/alliance-network.json', import.meta.url), 'utf8')) as {
        nodes: { id: string; label: { de: string } }[];
      }
    ).nodes.map((n) => [n.id, n.label.de]),
  );
  for (const node of article.nodes) {
    const d = must(
      drawn.find((n) => n.id === node.id),
      `${node.id} drawn`,
    );
    expect(d.label, `${node.id}: German label`).toBe(labels.get(node.id));
    expect(d.w * d.h, `${node.id}: has a size`).toBeGreaterThan(0);
    const inside =
      d.x >= svg.x - 1 &&
      d.y >= svg.y - 1 &&
      d.x + d.w <= svg.x + svg.width + 1 &&
      d.y + d.h <= svg.y + svg.height + 1;
    expect(inside, `${node.id}: inside the drawing`).toBe(true);
  }
  const lines = await page.locator('[data-edge-id] .edge-line').evaluateAll((els) =>
    els.map((e) => ({
      id: (e.closest('[data-edge-id]') as SVGGElement).dataset.edgeId,
      d: e.getAttribute('d') ?? '',
    })),
  );
  expect(lines, 'every relation drawn once').toHaveLength(article.edges.length);
  for (const l of lines) expect(l.d.length, `${l.id}: has a path`).toBeGreaterThan(4);
  // Every relation can be read: the relations table is on the page, not only for screen readers.
  const table = page.locator('[data-relations-table]');
  await expect(table, 'relations table visible').toBeVisible();
  const tableBox = must(await table.boundingBox(), 'the table');
  expect(tableBox.width, 'relations table readable').toBeGreaterThan(300);
  await expect(page.locator('[data-relation-id]'), 'a row per relation').toHaveCount(article.edges.length);
  const first = must(article.edges[0], 'a relation');
  const row = page.locator(`[data-relation-id="${first.id}"]`);
  await expect(row, 'rows visible').toBeVisible();
  await expect(row, 'evidence in the row').toContainText(articleEvidence(first).quote.slice(0, 30));
  await expect(page.locator('.legend'), 'legend visible').toBeVisible();
  await expect(page.locator('.credit'), 'source visible').toBeVisible();
  // No controls that need a script.
  for (const sel of ['[data-view-switch]', '.zoom-controls', '.header-tools', '.search']) {
    await expect(page.locator(sel).first(), `${sel} hidden`).toBeHidden();
  }
  await snapshot(page, 'prerender-nojs.png', { fullPage: true });
});

test('the first paint and the hydrated app agree: nodes within 2 px, CLS ≤ 0.02', async ({
  newPage,
  origins,
}) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    const { page, release } = await openHeld(newPage, origins, '', { viewport, locale: 'de-DE' });
    await page.locator('#root[data-prerendered="de"] [data-node-id]').first().waitFor();
    await expect(page.locator('svg.network-svg'), 'not the app yet').toHaveAttribute('data-ready', 'false');
    const before = await nodeCentres(page);
    expect(Object.keys(before), 'every node in the first paint').toHaveLength(article.nodes.length);
    release();
    await page.locator(HYDRATED).waitFor();
    // The app runs: two frames later its first picture is on screen.
    await animationFrames(page, 2);
    const after = await nodeCentres(page);
    let worst = 0;
    for (const [id, [x, y]] of Object.entries(before)) {
      const [ax, ay] = must(after[id], `${id} still drawn`);
      worst = Math.max(worst, Math.hypot(ax - x, ay - y));
    }
    expect(worst, `${viewport.width}px: how far nodes moved on hydration`).toBeLessThanOrEqual(2);
    const { cls, marks } = await page.evaluate(
      () =>
        new Promise<{ cls: number; marks: number }>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
            })[])
              if (!e.hadRecentInput) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() =>
            resolve({ cls: sum, marks: performance.getEntriesByName('alliance-network:rendered').length }),
          );
        }),
    );
    expect(cls, `${viewport.width}px: cumulative layout shift`).toBeLessThanOrEqual(0.02);
    expect(marks, 'alliance-network:rendered set once, by the hydrated app').toBe(1);
    expect(await cspViolations(page), 'CSP violations').toEqual([]);
    expect(page.errors, 'page errors (e.g. a hydration mismatch)').toEqual([]);
    // The app works on the hydrated markup.
    await page.locator('[data-node-id="jp"]').click();
    await page.locator('.detail-panel').waitFor();
  }
});

test('the first paint is in the reader language; a URL for another view shows no article first', async ({
  newPage,
  origins,
}) => {
  const cases = [
    { locale: 'en-US', query: '', lang: 'en' },
    { locale: 'de-DE', query: '', lang: 'de' },
    { locale: 'de-DE', query: 'lang=en', lang: 'en' },
    { locale: 'en-GB', query: 'lang=de', lang: 'de' },
  ] as const;
  for (const c of cases) {
    const what = `${c.locale} ${c.query || '(no query)'}`;
    const { page, release } = await openHeld(newPage, origins, c.query, { locale: c.locale });
    await page.locator(`#root[data-prerendered="${c.lang}"] [data-node-id]`).first().waitFor();
    const shown = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.querySelector('#root h1')?.textContent,
      visibility: getComputedStyle(document.getElementById('root') as Element).visibility,
      pictures: document.querySelectorAll('svg.network-svg').length,
    }));
    expect(shown.lang, `${what}: <html lang>`).toBe(c.lang);
    expect(shown.title, `${what}: title`).toBe(datasetTitle[c.lang]);
    expect(shown.visibility, `${what}: shown`).toBe('visible');
    expect(shown.pictures, `${what}: one picture in the page`).toBe(1);
    release();
    await page.locator(HYDRATED).waitFor();
    await expect(page.locator('h1'), `${what}: the same title in the app`).toHaveText(datasetTitle[c.lang]);
    expect(page.errors, `${what}: page errors`).toEqual([]);
    expect(await cspViolations(page), `${what}: CSP violations`).toEqual([]);
  }
  // Another dataset or the embed layout: the article view is not flashed before the app renders it.
  for (const query of ['embed=1', 'data=/fixtures/valid-small.json']) {
    const { page, release } = await openHeld(newPage, origins, query);
    await page.waitForFunction(() => document.readyState !== 'loading');
    await expect(page.locator('#root [data-node-id]'), `${query}: no prerendered article`).toHaveCount(0);
    release();
    await page.locator(HYDRATED).waitFor();
    expect(page.errors, `${query}: page errors`).toEqual([]);
  }
});

test('the CSP stays strict: the boot scripts are allowed by hash, nothing inline otherwise', () => {
  const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
  expect(csp, 'no unsafe-inline').not.toContain('unsafe-inline');
  expect(csp, 'no unsafe-hashes').not.toContain('unsafe-hashes');
  const hashes = csp.match(/'sha256-[^']+'/g) ?? [];
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  expect(hashes, 'one hash per inline script').toHaveLength(inline.length);
  for (const source of inline) {
    const hash = `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
    expect(hashes, 'inline script allowed by its hash').toContain(hash);
  }
  expect(html.match(/\sstyle="/g) ?? [], 'no style attribute in the prerendered markup').toEqual([]);
});
