// Readers' own datasets: loading through the file picker, drag-and-drop and
// data=, error messages that say exactly what is wrong, and hostile data that
// stays text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, snapshot, test } from './helpers';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string) => `${fixtures}${name}`;
const PAYLOAD = '<img src=x onerror=alert(1)>';
const drawn = (id: string) => `svg.network-svg[data-ready="true"] [data-node-id="${id}"]`;

async function openFile(page: Page, name: string) {
  await page.setInputFiles('input[type="file"]', fixture(name));
}

async function expectArticleBack(page: Page) {
  // The previous dataset stays on screen under the error, and usable.
  await page.locator(drawn('us')).waitFor({ timeout: 10_000 });
  await page.locator('[data-error-view] [data-action="back"]').click();
  await page.locator(drawn('us')).waitFor({ timeout: 10_000 });
  await expect(page.locator('[data-error-view]'), 'error view gone after Back').toHaveCount(0);
  // Still usable: a click opens the details.
  await page.locator('[data-node-id="jp"]').click();
  await page.locator('[data-detail-for="node:jp"]').waitFor();
}

test('a hostile dataset from the file picker stays text everywhere and fires no dialog', async ({
  openApp,
}) => {
  const page = await openApp('lang=en');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openFile(page, 'hostile.json');
  await page.locator(drawn('fr')).waitFor({ timeout: 10_000 });
  // Network label.
  await expect(page.locator('[data-node-id="fr"]'), 'node label shows the payload as text').toContainText(
    PAYLOAD,
  );
  // Header and document title.
  await expect(page.locator('h1'), 'title shown as text').toContainText(PAYLOAD);
  expect(await page.title(), 'document title is the literal text').toContain(PAYLOAD);
  // Detail panel.
  await page.locator('[data-node-id="fr"]').click();
  const panel = page.locator('[data-detail-for="node:fr"]');
  await expect(panel, 'panel shows the payload as text').toContainText(PAYLOAD);
  await expect(panel, 'description as text').toContainText('<svg onload=alert(5)>');
  // Search results.
  await page.locator('input[type="search"]').fill('<img');
  await expect(
    page.locator('[role="option"]').first(),
    'search result shows the payload as text',
  ).toContainText(PAYLOAD);
  // No element was made from the data, links are http(s) with noopener noreferrer.
  await expect(
    page.locator('img[src="x"], iframe, [onerror], [onload], [onmouseover], a[href^="javascript"]'),
    'no injected elements',
  ).toHaveCount(0);
  // In-page anchors (the skip link) are the app's own; every other link must be http(s) and isolated.
  const hrefs = await page
    .locator('a[href]:not([href^="#"])')
    .evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, (a as HTMLAnchorElement).rel]));
  for (const [href, rel] of hrefs) {
    expect(href, 'only http(s) links').toMatch(/^https?:/);
    expect(rel, `rel of ${href}`).toContain('noopener');
    expect(rel, `rel of ${href}`).toContain('noreferrer');
  }
  // An injected <img src=x> would have failed to load, and fired its handler, by the time an image
  // with the same URL requested now has.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const img = new Image();
        img.addEventListener('load', () => resolve());
        img.addEventListener('error', () => resolve());
        img.src = 'x';
      }),
  );
  expect(dialogs, 'dialogs').toEqual([]);
  expect(page.errors, 'page errors').toEqual([]);
});

test('a malformed file shows line and column; Back returns to the previous dataset', async ({ openApp }) => {
  const page = await openApp('lang=en');
  await openFile(page, 'malformed.json');
  const view = page.locator('[data-error-view]');
  await expect(view, 'names the file').toContainText('malformed.json');
  await expect(view, 'line and column').toContainText('malformed JSON at line 5, column 5');
  await snapshot(page, 'data-malformed.png');
  await expectArticleBack(page);
});

test('a dangling edge shows its path and the missing id; the previous dataset stays usable', async ({
  openApp,
}) => {
  const page = await openApp('lang=en');
  await openFile(page, 'dangling-edge.json');
  const problem = page.locator('[data-error-view] [data-problem-path="edges[2].target"]');
  await expect(problem, 'message').toHaveText('edges[2].target: "kr" is not a node id');
  await expectArticleBack(page);
});

test('a cross-origin data= URL is refused with a message', async ({ newPage, origins }) => {
  const page = await newPage();
  const foreign = encodeURIComponent(`${origins.other}/fixtures/valid-small.json`);
  await page.goto(`${origins.app}/?lang=en&data=${foreign}`);
  const view = page.locator('[data-error-view]');
  await expect(view, 'says it refused').toContainText('refused');
  await expect(view, 'names the origin').toContainText(origins.other);
  await expect(page.locator('[data-node-id="fr"]'), 'foreign data not drawn').toHaveCount(0);
  await expectArticleBack(page);
});

test('a same-origin data= URL loads, also from a relative path', async ({ openApp, origins }) => {
  for (const query of [
    'data=/fixtures/valid-small.json',
    `data=${encodeURIComponent(`${origins.app}/fixtures/valid-small.json`)}`,
  ]) {
    const page = await openApp(`lang=en&${query}`);
    await expect(page.locator('[data-node-id]'), `three nodes for ${query}`).toHaveCount(3);
    await expect(page.locator('[data-node-id="us"]'), 'not the article data').toHaveCount(0);
    expect(page.url(), 'the link keeps naming the dataset').toContain('data=');
    await expect(page.locator('[data-dataset-source]'), 'says whose data').toContainText('valid-small.json');
    await page.locator('[data-action="article-data"]').click();
    await page.locator('[data-node-id="us"]').waitFor();
    expect(page.url(), 'back to the article data, link without data=').not.toContain('data=');
  }
});

test('a JSON file dropped onto the page opens, with progress', async ({ openApp }) => {
  const page = await openApp('lang=en');
  const json = readFileSync(fixture('valid-small.json'), 'utf8');
  // Record every phase the progress indicator shows.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __phases: string[] }).__phases = seen;
    new MutationObserver(() => {
      const phase = document.querySelector('[data-load-progress]')?.getAttribute('data-load-progress');
      if (phase && seen.at(-1) !== phase) seen.push(phase);
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-load-progress'] });
  });
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, json);
  await page.locator(drawn('nato')).waitFor({ timeout: 10_000 });
  const phases = await page.evaluate(() => (window as unknown as { __phases: string[] }).__phases);
  expect(phases, 'progress shown').toContain('reading');
  expect(page.url(), 'a local file is not put into the link').not.toContain('data=');
  const worker = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((r) => r.name.includes('validate.worker')),
  );
  expect(worker, 'parsed and validated in a Web Worker').toBe(true);
  await expect(page.locator('[data-drop-zone]'), 'drop overlay gone').toHaveCount(0);
  await snapshot(page, 'data-dropped.png');
});

test('files over the limits are refused with a clear message', async ({ openApp }) => {
  const page = await openApp('lang=en');
  const nodes = Array.from({ length: 20_001 }, (_, i) => ({ id: `n${i}` }));
  await page.setInputFiles('input[type="file"]', {
    name: 'huge-graph.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, nodes, edges: [] })),
  });
  const view = page.locator('[data-error-view]');
  await expect(view, 'node limit').toContainText('too many nodes: 20001, the limit is 20000');
  await page.locator('[data-action="back"]').click();
  await page.setInputFiles('input[type="file"]', {
    name: 'huge-file.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20),
  });
  await expect(view, 'size limit').toContainText(
    'the file is too large: 10,485,761 bytes (10.0 MiB), the limit is 10 MiB (10,485,760 bytes)',
  );
  await page.locator('[data-action="back"]').click();
  await page.locator('[data-node-id="us"]').waitFor();
});
