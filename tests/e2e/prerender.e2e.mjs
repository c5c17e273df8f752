// The first picture is in the HTML (src/app/prerender): readable without
// JavaScript, in the reader's language before any script of the app runs, and
// taken over by the app without anything moving.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, assertEqual, test } from './harness.mjs';

const dataset = JSON.parse(
  readFileSync(new URL('../../data/alliance-network.json', import.meta.url), 'utf8'),
);
const APP_SCRIPT = /\/assets\/index-[^/]*\.js$/;
const READY = 'svg.network-svg[data-ready="true"]';

/** Screen centres of the drawn node symbols, by node id. */
const nodeCentres = (page) =>
  page.$$eval('[data-node-id]', (els) =>
    Object.fromEntries(
      els.map((e) => {
        const r = e.querySelector('.node-symbol').getBoundingClientRect();
        return [e.dataset.nodeId, [r.x + r.width / 2, r.y + r.height / 2]];
      }),
    ),
  );

/**
 * Opens the app with its JavaScript held back: what the reader sees from the
 * HTML alone (the inline boot scripts do run). `release()` lets the app load.
 */
async function openHeld(ctx, query, options = {}) {
  const page = await ctx.newPage(options);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(APP_SCRIPT, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${ctx.origin}/${query ? `?${query}` : ''}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.body && document.querySelector('noscript, #root'));
  return { page, release };
}

test('without JavaScript every node and relation of the article is drawn and readable', async (ctx) => {
  const page = await ctx.newPage({ javaScriptEnabled: false });
  await page.goto(`${ctx.origin}/`);
  const svg = await page.locator('svg.network-svg').boundingBox();
  assert(
    svg && svg.height >= 300 && svg.width >= 300,
    `a drawing of a readable size (${JSON.stringify(svg)})`,
  );
  const drawn = await page.$$eval('[data-node-id]', (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return {
        id: e.dataset.nodeId,
        label: e.querySelector('.node-label')?.textContent,
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
      };
    }),
  );
  assertEqual(drawn.length, dataset.nodes.length, 'every node drawn once');
  for (const node of dataset.nodes) {
    const d = drawn.find((n) => n.id === node.id);
    assert(d, `${node.id} drawn`);
    assertEqual(d.label, node.label.de, `${node.id}: German label`);
    assert(d.w > 0 && d.h > 0, `${node.id}: has a size`);
    assert(
      d.x >= svg.x - 1 &&
        d.y >= svg.y - 1 &&
        d.x + d.w <= svg.x + svg.width + 1 &&
        d.y + d.h <= svg.y + svg.height + 1,
      `${node.id}: inside the drawing`,
    );
  }
  const lines = await page.$$eval('[data-edge-id] .edge-line', (els) =>
    els.map((e) => ({
      id: e.closest('[data-edge-id]').dataset.edgeId,
      length: e.getTotalLength?.() ?? 0,
      d: e.getAttribute('d'),
    })),
  );
  assertEqual(lines.length, dataset.edges.length, 'every relation drawn once');
  for (const l of lines) assert(l.d && l.d.length > 4, `${l.id}: has a path`);
  // Every relation can be read: the relations table is on the page, not only for screen readers.
  const table = page.locator('[data-relations-table]');
  assert(await table.isVisible(), 'relations table visible');
  const tableBox = await table.boundingBox();
  assert(
    tableBox.width > 300 && tableBox.height > 300,
    `relations table readable (${JSON.stringify(tableBox)})`,
  );
  assertEqual(await page.locator('[data-relation-id]').count(), dataset.edges.length, 'a row per relation');
  const first = dataset.edges[0];
  const row = page.locator(`[data-relation-id="${first.id}"]`);
  assert(await row.isVisible(), 'rows visible');
  const quote = first.evidence.find((e) => e.type === 'article');
  assert((await row.innerText()).includes(quote.quote.slice(0, 30)), 'evidence in the row');
  assert(await page.locator('.legend').isVisible(), 'legend visible');
  assert(await page.locator('.credit').isVisible(), 'source visible');
  // No controls that need a script.
  for (const sel of ['[data-view-switch]', '.zoom-controls', '.header-tools', '.search']) {
    assertEqual(await page.locator(sel).first().isVisible(), false, `${sel} hidden`);
  }
  await page.screenshot({ path: join(ctx.artifacts, 'prerender-nojs.png'), fullPage: true });
});

test('the first paint and the hydrated app agree: nodes within 2 px, CLS ≤ 0.02', async (ctx) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    const { page, release } = await openHeld(ctx, '', { viewport, locale: 'de-DE' });
    await page.waitForSelector('#root[data-prerendered="de"] [data-node-id]');
    assertEqual(await page.getAttribute('svg.network-svg', 'data-ready'), 'false', 'not the app yet');
    const before = await nodeCentres(page);
    assertEqual(Object.keys(before).length, dataset.nodes.length, 'every node in the first paint');
    release();
    await page.waitForSelector(READY);
    // The app runs: wait two frames so its first picture is on screen.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await nodeCentres(page);
    let worst = 0;
    for (const [id, [x, y]] of Object.entries(before)) {
      const a = after[id];
      assert(a, `${id} still drawn`);
      worst = Math.max(worst, Math.hypot(a[0] - x, a[1] - y));
    }
    assert(worst <= 2, `${viewport.width}px: nodes moved up to ${worst.toFixed(2)} px on hydration`);
    const { cls, marks, csp } = await page.evaluate(
      () =>
        new Promise((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() =>
            resolve({
              cls: sum,
              marks: performance.getEntriesByName('alliance-network:rendered').length,
              csp: window.__csp,
            }),
          );
        }),
    );
    assert(cls <= 0.02, `${viewport.width}px: CLS ${cls.toFixed(4)} ≤ 0.02`);
    assertEqual(marks, 1, 'alliance-network:rendered set once, by the hydrated app');
    assertEqual(csp.join(', '), '', 'CSP violations');
    assertEqual(page.errors.join(' | '), '', 'page errors (e.g. a hydration mismatch)');
    // The app works on the hydrated markup.
    await page.locator('[data-node-id="jp"]').click();
    await page.locator('.detail-panel').waitFor();
  }
});

test('the first paint is in the reader language; a URL for another view shows no article first', async (ctx) => {
  const cases = [
    { locale: 'en-US', query: '', lang: 'en' },
    { locale: 'de-DE', query: '', lang: 'de' },
    { locale: 'de-DE', query: 'lang=en', lang: 'en' },
    { locale: 'en-GB', query: 'lang=de', lang: 'de' },
  ];
  for (const c of cases) {
    const { page, release } = await openHeld(ctx, c.query, { locale: c.locale });
    await page.waitForSelector(`#root[data-prerendered="${c.lang}"] [data-node-id]`);
    const shown = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.querySelector('#root h1')?.textContent,
      visible: getComputedStyle(document.getElementById('root')).visibility,
      variants: document.querySelectorAll('svg.network-svg').length,
    }));
    const what = `${c.locale} ${c.query || '(no query)'}`;
    assertEqual(shown.lang, c.lang, `${what}: <html lang>`);
    assertEqual(shown.title, dataset.meta.title[c.lang], `${what}: title`);
    assertEqual(shown.visible, 'visible', `${what}: shown`);
    assertEqual(shown.variants, 1, `${what}: one picture in the page`);
    release();
    await page.waitForSelector(READY);
    assertEqual(await page.textContent('h1'), dataset.meta.title[c.lang], `${what}: same title in the app`);
    assertEqual(page.errors.join(' | '), '', `${what}: page errors`);
    assertEqual((await page.evaluate(() => window.__csp)).join(', '), '', `${what}: CSP violations`);
  }
  // Another dataset or the embed layout: the article view is not flashed before the app renders it.
  for (const query of ['embed=1', 'data=/fixtures/valid-small.json']) {
    const { page, release } = await openHeld(ctx, query);
    await page.waitForFunction(() => document.readyState !== 'loading');
    const leftovers = await page.locator('#root [data-node-id]').count();
    assertEqual(leftovers, 0, `${query}: no prerendered article before the app`);
    release();
    await page.waitForSelector(READY);
    assertEqual(page.errors.join(' | '), '', `${query}: page errors`);
  }
});

test('the CSP stays strict: the boot scripts are allowed by hash, nothing inline otherwise', async () => {
  const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
  assert(!csp.includes('unsafe-inline'), 'no unsafe-inline');
  assert(!csp.includes('unsafe-hashes'), 'no unsafe-hashes');
  const hashes = csp.match(/'sha256-[^']+'/g) ?? [];
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assertEqual(hashes.length, inline.length, 'one hash per inline script');
  const { createHash } = await import('node:crypto');
  for (const source of inline) {
    const hash = `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
    assert(hashes.includes(hash), 'inline script allowed by its hash');
  }
  assertEqual((html.match(/\sstyle="/g) ?? []).length, 0, 'no style attribute in the prerendered markup');
});
