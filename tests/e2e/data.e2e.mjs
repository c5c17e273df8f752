// Readers' own datasets: loading through the file picker, drag-and-drop and
// data=, error messages that say exactly what is wrong, and hostile data that
// stays text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { assert, assertEqual, openApp, test } from './harness.mjs';

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const fixture = (name) => join(fixtures, name);
const PAYLOAD = '<img src=x onerror=alert(1)>';

/** Opens the app without waiting for the network (for views that show an error). */
async function openRaw(ctx, query) {
  const page = await ctx.newPage();
  await page.goto(`${ctx.origin}/?${query}`);
  return page;
}

async function openFile(page, name) {
  await page.setInputFiles('input[type="file"]', fixture(name));
}

async function expectArticleBack(page) {
  // The previous dataset stays on screen under the error, and usable.
  await page.waitForSelector('svg.network-svg[data-ready="true"] [data-node-id="us"]', { timeout: 10000 });
  await page.locator('[data-error-view] [data-action="back"]').click();
  await page.waitForSelector('svg.network-svg[data-ready="true"] [data-node-id="us"]', { timeout: 10000 });
  assertEqual(await page.locator('[data-error-view]').count(), 0, 'error view gone after Back');
  // Still usable: a click opens the details.
  await page.locator('[data-node-id="jp"]').click();
  await page.locator('[data-detail-for="node:jp"]').waitFor();
}

test('a hostile dataset from the file picker stays text everywhere and fires no dialog', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openFile(page, 'hostile.json');
  await page.waitForSelector('svg.network-svg[data-ready="true"] [data-node-id="fr"]', { timeout: 10000 });
  // Network label.
  const label = await page.locator('[data-node-id="fr"]').textContent();
  assert(label.includes(PAYLOAD), `node label shows the payload as text, got ${label}`);
  // Header and document title.
  assert((await page.locator('h1').textContent()).includes(PAYLOAD), 'title shown as text');
  assert((await page.title()).includes(PAYLOAD), 'document title is the literal text');
  // Detail panel.
  await page.locator('[data-node-id="fr"]').click();
  const panel = page.locator('[data-detail-for="node:fr"]');
  await panel.waitFor();
  assert((await panel.innerText()).includes(PAYLOAD), 'panel shows the payload as text');
  assert((await panel.innerText()).includes('<svg onload=alert(5)>'), 'description as text');
  // Search results.
  await page.locator('input[type="search"]').fill('<img');
  const options = page.locator('[role="option"]');
  await options.first().waitFor();
  assert((await options.first().innerText()).includes(PAYLOAD), 'search result shows the payload as text');
  // No element was made from the data, links are http(s) with noopener noreferrer.
  assertEqual(
    await page
      .locator('img[src="x"], iframe, [onerror], [onload], [onmouseover], a[href^="javascript"]')
      .count(),
    0,
    'no injected elements',
  );
  // In-page anchors (the skip link) are the app's own; every other link must be http(s) and isolated.
  const hrefs = await page.$$eval('a[href]:not([href^="#"])', (as) => as.map((a) => [a.href, a.rel]));
  for (const [href, rel] of hrefs) {
    assert(/^https?:/.test(href), `only http(s) links, got ${href}`);
    assert(rel.includes('noopener') && rel.includes('noreferrer'), `rel of ${href}: ${rel}`);
  }
  await page.waitForTimeout(300);
  assertEqual(dialogs.length, 0, `dialogs: ${dialogs.join(', ')}`);
  assertEqual(page.errors.length, 0, `page errors: ${page.errors.join(', ')}`);
});

test('a malformed file shows line and column; Back returns to the previous dataset', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  await openFile(page, 'malformed.json');
  const view = page.locator('[data-error-view]');
  await view.waitFor();
  const text = await view.innerText();
  assert(text.includes('malformed.json'), 'names the file');
  assert(text.includes('malformed JSON at line 5, column 5'), `line and column, got ${text}`);
  await page.screenshot({ path: join(ctx.artifacts, 'data-malformed.png') });
  await expectArticleBack(page);
});

test('a dangling edge shows its path and the missing id; the previous dataset stays usable', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  await openFile(page, 'dangling-edge.json');
  const problem = page.locator('[data-error-view] [data-problem-path="edges[2].target"]');
  await problem.waitFor();
  assertEqual((await problem.innerText()).trim(), 'edges[2].target: "kr" is not a node id', 'message');
  await expectArticleBack(page);
});

test('a cross-origin data= URL is refused with a message', async (ctx) => {
  const page = await openRaw(
    ctx,
    `lang=en&data=${encodeURIComponent(`${ctx.otherOrigin}/fixtures/valid-small.json`)}`,
  );
  const view = page.locator('[data-error-view]');
  await view.waitFor();
  const text = await view.innerText();
  assert(text.includes('refused'), `says it refused, got ${text}`);
  assert(text.includes(ctx.otherOrigin), 'names the origin');
  assertEqual(await page.locator('[data-node-id="fr"]').count(), 0, 'foreign data not drawn');
  await expectArticleBack(page);
});

test('a same-origin data= URL loads, also from a relative path', async (ctx) => {
  for (const query of [
    'data=/fixtures/valid-small.json',
    `data=${encodeURIComponent(`${ctx.origin}/fixtures/valid-small.json`)}`,
  ]) {
    const page = await openApp(ctx, `lang=en&${query}`);
    assertEqual(await page.locator('[data-node-id]').count(), 3, `three nodes for ${query}`);
    assertEqual(await page.locator('[data-node-id="us"]').count(), 0, 'not the article data');
    assert(page.url().includes('data='), 'the link keeps naming the dataset');
    assert(
      (await page.locator('[data-dataset-source]').innerText()).includes('valid-small.json'),
      'says whose data',
    );
    await page.locator('[data-action="article-data"]').click();
    await page.waitForSelector('[data-node-id="us"]');
    assert(!page.url().includes('data='), 'back to the article data, link without data=');
  }
});

test('a JSON file dropped onto the page opens, with progress', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  const json = readFileSync(fixture('valid-small.json'), 'utf8');
  const phases = page.evaluate(
    () =>
      new Promise((resolve) => {
        const seen = [];
        const obs = new MutationObserver(() => {
          const phase = document.querySelector('[data-load-progress]')?.getAttribute('data-load-progress');
          if (phase && seen.at(-1) !== phase) seen.push(phase);
        });
        obs.observe(document.body, {
          subtree: true,
          attributes: true,
          attributeFilter: ['data-load-progress'],
        });
        setTimeout(() => resolve(seen), 1500);
      }),
  );
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, json);
  await page.waitForSelector('svg.network-svg[data-ready="true"] [data-node-id="nato"]', { timeout: 10000 });
  assert((await phases).includes('reading'), `progress shown: ${JSON.stringify(await phases)}`);
  assert(!page.url().includes('data='), 'a local file is not put into the link');
  const worker = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((r) => r.name.includes('validate.worker')),
  );
  assert(worker, 'parsed and validated in a Web Worker');
  assertEqual(await page.locator('[data-drop-zone]').count(), 0, 'drop overlay gone');
  await page.screenshot({ path: join(ctx.artifacts, 'data-dropped.png') });
});

test('files over the limits are refused with a clear message', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  const nodes = Array.from({ length: 20_001 }, (_, i) => ({ id: `n${i}` }));
  await page.setInputFiles('input[type="file"]', {
    name: 'huge-graph.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, nodes, edges: [] })),
  });
  const view = page.locator('[data-error-view]');
  await view.waitFor();
  assert((await view.innerText()).includes('too many nodes: 20001, the limit is 20000'), 'node limit');
  await page.locator('[data-action="back"]').click();
  await page.setInputFiles('input[type="file"]', {
    name: 'huge-file.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20),
  });
  await page.locator('[data-error-view]').waitFor();
  assert(
    (await page.locator('[data-error-view]').innerText()).includes(
      'the file is too large: 10.0 MB, the limit is 10 MB',
    ),
    'size limit',
  );
  await page.locator('[data-action="back"]').click();
  await page.waitForSelector('[data-node-id="us"]');
});
