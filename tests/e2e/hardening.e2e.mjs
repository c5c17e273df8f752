// What a hostile file or link can still do (issue #14), kept as tests: the
// content security policy lets exactly the allowed data origins through, a
// redirect to another site is named as one, dataset text cannot reorder the
// page, exports stay well-formed, and the URL cannot put words on the page.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, assertEqual, openApp, test } from './harness.mjs';
import { startServer } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** `vite build` into `outDir` with extra environment variables. */
function build(outDir, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed: ${stderr}`))));
  });
}

test(
  'an origin allowed at build time is in the CSP: a dataset loads from a second server on it',
  async (ctx) => {
    const data = await startServer(); // the allowed data origin (its own port: another origin)
    const outDir = join(ctx.artifacts, 'build-data-origins');
    let app;
    try {
      await build(outDir, { VITE_DATA_ORIGINS: data.origin });
      app = await startServer(0, { dist: outDir });
      const page = await ctx.newPage();
      const url = `${data.origin}/fixtures/valid-small.json`;
      await page.goto(`${app.origin}/?lang=en&data=${encodeURIComponent(url)}`);
      await page.waitForSelector('svg.network-svg[data-ready="true"] [data-node-id="fr"]', {
        timeout: 15000,
      });
      assertEqual(await page.locator('[data-error-view]').count(), 0, 'no error view');
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      const directives = csp.split(/;\s*/);
      assertEqual(
        directives.find((d) => d.startsWith('connect-src')),
        `connect-src 'self' ${data.origin}`,
        'connect-src names the allowed origin',
      );
      assertEqual(directives.filter((d) => d.includes(data.origin)).length, 1, 'the origin is nowhere else');
      assertEqual(page.errors.length, 0, `page errors: ${page.errors.join(', ')}`);
    } finally {
      await data.close();
      await app?.close();
    }
  },
  { timeout: 120000 },
);

test('the default build allows no other origin in its CSP', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert(/(^|;\s*)connect-src 'self'(;|$)/.test(csp), `connect-src 'self' only, got ${csp}`);
});

/** Opens the app without waiting for the network (for views that show an error). */
async function openRaw(ctx, query, options) {
  const page = await ctx.newPage(options);
  await page.goto(`${ctx.origin}/?${query}`);
  return page;
}

async function openFixture(page, name) {
  await page.setInputFiles('input[type="file"]', join(fixtures, name));
}

// 2. A redirect to another site is refused and named as one.

test('a data= URL that redirects to another site is refused as a redirect, in both languages', async (ctx) => {
  const target = `${ctx.otherOrigin}/fixtures/valid-small.json`;
  const data = `/redirect?to=${encodeURIComponent(target)}`;
  // The policy blocks the redirect before it leaves; the browser does not tell the page where it was headed.
  for (const [lang, expected] of [
    [
      'en',
      'The data was redirected to another site and refused: only this site and the allowed data origins may provide data.',
    ],
    [
      'de',
      'Die Daten wurden auf eine andere Website umgeleitet und deshalb abgelehnt: Daten dürfen nur von dieser Website und den freigegebenen Datenquellen kommen.',
    ],
  ]) {
    const page = await openRaw(ctx, `lang=${lang}&data=${encodeURIComponent(data)}`);
    const problem = page.locator('[data-error-view] [data-problem-reason="redirected"]');
    await problem.waitFor();
    assertEqual((await problem.innerText()).trim(), expected, `${lang}: the redirect, and where to`);
    const view = await page.locator('[data-error-view]').innerText();
    assert(!view.includes('Failed to fetch'), `${lang}: not a network error: ${view}`);
    // The source line names the path only: not the query that carries the target.
    assertEqual(
      await page.locator('[data-error-view] [data-error-source]').getAttribute('data-error-source'),
      '/redirect',
      `${lang}: source`,
    );
    await page.waitForSelector('[data-node-id="us"]'); // the article underneath
    assertEqual(await page.locator('[data-node-id="fr"]').count(), 0, `${lang}: redirected data not drawn`);
  }
});

// 3. Dataset text cannot reorder the page.

test('bidi override characters in a file are refused with their paths, and shown escaped', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  await openFixture(page, 'bidi-override.json');
  const view = page.locator('[data-error-view]');
  await view.waitFor();
  for (const [path, cp] of [
    ['meta.source.name', 'U+202E (RIGHT-TO-LEFT OVERRIDE)'],
    ['nodes[0].label.en', 'U+202E (RIGHT-TO-LEFT OVERRIDE)'],
    ['nodes[0].label.de', 'U+2067 (RIGHT-TO-LEFT ISOLATE)'],
  ]) {
    const text = await view.locator(`[data-problem-path="${path}"]`).innerText();
    assert(text.includes(`bidirectional control character ${cp}`), `${path}: ${text}`);
  }
  const all = await page.locator('body').innerText();
  assert(!/[\u202A-\u202E\u2066-\u2069]/.test(all), 'no bidi control reaches the page');
  assertEqual(await page.locator('[data-node-id="fr"]').count(), 0, 'the file is not drawn');
});

/** Every visible piece of text containing `needle` sits alone in an isolating element. */
function unisolated(page, needles) {
  return page.evaluate((needles) => {
    const isolating = (el) =>
      ['isolate', 'plaintext', 'isolate-override'].includes(getComputedStyle(el).unicodeBidi);
    const bad = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!needles.some((n) => node.data.includes(n))) continue;
      const parent = node.parentElement;
      // Text only for assistive technology (live region, visually hidden) is not laid out for the eye.
      if (!parent || parent.closest('[aria-live], .visually-hidden, [data-print-relations]:not(:has(*))'))
        continue;
      let el = parent;
      while (el && !isolating(el)) el = el.parentElement;
      if (!el || el.textContent.trim() !== node.data.trim()) {
        bad.push(
          `${parent.tagName.toLowerCase()}.${parent.getAttribute('class') ?? ''}: ${node.data.trim()}`,
        );
      }
    }
    return bad;
  }, needles);
}

test('right-to-left dataset text is isolated everywhere it is shown, in HTML and SVG', async (ctx) => {
  const HE = 'שלום';
  const AR = 'مرحبا';
  const page = await openApp(ctx, 'lang=en');
  await openFixture(page, 'rtl.json');
  await page.waitForSelector('svg.network-svg[data-ready="true"] [data-node-id="fr"]');
  // Header, credit, network labels; the detail panel with its relations and evidence.
  await page.locator('[data-node-id="fr"]').click();
  await page.locator('[data-detail-for="node:fr"]').waitFor();
  let bad = await unisolated(page, [HE, AR]);
  // Search results.
  await page.locator('input[type="search"]').fill(HE.slice(0, 2));
  await page.locator('[role="option"]').first().waitFor();
  bad = bad.concat(await unisolated(page, [HE, AR]));
  await page.locator('input[type="search"]').fill('');
  // The relations table and the story.
  await page.locator('[data-view="relations"]').click();
  bad = bad.concat(await unisolated(page, [HE, AR]));
  await page.locator('[data-view="network"]').click();
  await page.locator('[data-action="story"]').click();
  await page.locator('.story-panel').waitFor();
  bad = bad.concat(await unisolated(page, [HE, AR]));
  assertEqual([...new Set(bad)].join('\n'), '', 'text not isolated');
  // The tab title is plain text: the title is wrapped in a first-strong isolate.
  assertEqual(await page.title(), `\u2068${HE} 12\u2069 – Alliance Network`, 'document title isolated');
  // A label is drawn right to left: the "!" of "مرحبا!" is at its left end.
  const order = await page.locator('[data-node-id="de"] .node-label').evaluate((t) => {
    const n = t.getNumberOfChars();
    return { first: t.getStartPositionOfChar(0).x, bang: t.getStartPositionOfChar(n - 1).x };
  });
  assert(order.bang < order.first, `right-to-left label: ${JSON.stringify(order)}`);
  assertEqual(page.errors.length, 0, `page errors: ${page.errors.join(', ')}`);
});

// 4. Exports are always well-formed.

async function downloadFrom(page, action) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15000 }),
    page.locator(`[data-action="${action}"]`).click(),
  ]);
  const path = join(tmpdir(), `an-hardening-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return readFileSync(path);
}

test('text that would break export (NUL, an unpaired surrogate) is refused with its path', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  await openFixture(page, 'export-breaking.json');
  const view = page.locator('[data-error-view]');
  await view.waitFor();
  assertEqual(
    (await view.locator('[data-problem-path="nodes[0].label.en"]').innerText()).trim(),
    'nodes[0].label.en: the control character U+0000 at character 5 is not allowed (only tab and newline are)',
    'NUL',
  );
  assertEqual(
    (await view.locator('[data-problem-path="nodes[1].label.en"]').innerText()).trim(),
    'nodes[1].label.en: ill-formed Unicode: an unpaired surrogate (U+D800) at character 5; text must be well-formed Unicode',
    'unpaired surrogate',
  );
});

test('exports of hostile and right-to-left data are well-formed SVG and a PNG', async (ctx) => {
  for (const fixture of ['hostile.json', 'rtl.json']) {
    const page = await openApp(ctx, 'lang=en');
    await openFixture(page, fixture);
    await page.waitForSelector('svg.network-svg[data-ready="true"] [data-node-id="nato"]');
    const labels = await page.$$eval('[data-node-id] .node-label', (els) => els.map((e) => e.textContent));
    const svg = (await downloadFrom(page, 'export-svg')).toString('utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        scripts: doc.querySelectorAll('script, foreignObject').length,
        isolated: [...doc.querySelectorAll('tspan, text')].filter((t) =>
          /unicode-bidi:\s*(isolate|plaintext)/.test(t.getAttribute('style') ?? ''),
        ).length,
      };
    }, svg);
    assertEqual(parsed.error, null, `${fixture}: the SVG parses`);
    assertEqual(parsed.scripts, 0, `${fixture}: no script`);
    for (const label of labels) assert(parsed.texts.includes(label), `${fixture}: label ${label} in the SVG`);
    assert(parsed.isolated >= labels.length + 2, `${fixture}: labels, title and credit pieces isolated`);
    assert(
      parsed.texts.some((t) => t.includes('Not the article’s data: ')),
      `${fixture}: marked as other data`,
    );
    const png = await downloadFrom(page, 'export-png');
    assertEqual(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', `${fixture}: a PNG`);
    assertEqual(page.errors.length, 0, `${fixture}: page errors: ${page.errors.join(', ')}`);
  }
});

// 6. The URL cannot put words on the page; other data is marked in every layout.

test('a data= value puts no words of its own on the page and never widens it', async (ctx) => {
  for (const value of [
    'BREAKING: Japan leaves the alliance',
    `/fixtures/${'BREAKING-Japan-leaves-the-alliance-'.repeat(90)}.json`,
    '/fixtures/nowhere.json?note=Japan leaves the alliance#Japan leaves the alliance',
  ]) {
    const page = await openRaw(ctx, `lang=en&data=${encodeURIComponent(value)}`, {
      viewport: { width: 390, height: 800 },
    });
    await page.locator('[data-error-view]').waitFor();
    await page.waitForSelector('[data-node-id="us"]');
    const text = await page.locator('[data-error-view]').innerText();
    assert(!/leaves the alliance/i.test(text), `no words from the link: ${text}`);
    assertEqual(
      await page
        .locator('[data-error-view] :is(h1, h2, h3, strong, b)')
        .allInnerTexts()
        .then((t) => t.join('|')),
      'The data could not be loaded',
      'the only heading is the app’s own',
    );
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert(widths[0] <= widths[1], `no sideways scrolling: ${widths}`);
    const source = await page.locator('[data-error-source]').count();
    if (source > 0) {
      const shown = await page.locator('[data-error-source]').getAttribute('data-error-source');
      assert(shown.length <= 80 && !shown.includes('?') && !shown.includes('#'), `path only: ${shown}`);
    }
  }
});

test('a data= query shows only the path in the marker', async (ctx) => {
  const value = '/fixtures/valid-small.json?x=Your data, verified by the ministry';
  const page = await openApp(ctx, `lang=en&data=${encodeURIComponent(value)}`);
  await page.waitForSelector('[data-node-id="fr"]');
  const marker = page.locator('.app-footer [data-dataset-source]');
  assertEqual(
    await marker.getAttribute('data-dataset-source'),
    '/fixtures/valid-small.json',
    'marker names the path',
  );
  assert(!(await page.locator('body').innerText()).includes('verified'), 'the query is not shown');
});

test('a dataset other than the article’s is marked in every layout, the embed included', async (ctx) => {
  const data = `data=${encodeURIComponent('/fixtures/valid-small.json')}`;
  const visibleMarker = async (page, selector) => {
    const marker = page.locator(selector);
    await marker.waitFor();
    assert(await marker.isVisible(), `${selector} visible`);
    return (await marker.innerText()).trim();
  };
  // Embed.
  const embed = await openApp(ctx, `lang=en&embed=1&${data}`);
  assertEqual(
    await visibleMarker(embed, '.embed-credit [data-dataset-source]'),
    'Not the article’s data: /fixtures/valid-small.json',
    'embed marker',
  );
  const article = await openApp(ctx, 'lang=en&embed=1');
  assertEqual(
    await article.locator('[data-dataset-source]').count(),
    0,
    'the article’s data carries no marker',
  );
  // The full app, on screen, in print, and presenting.
  const full = await openApp(ctx, `lang=en&${data}`);
  assert(
    (await visibleMarker(full, '[data-dataset-source]')).startsWith('Your data: /fixtures/valid-small.json'),
    'app',
  );
  await full.emulateMedia({ media: 'print' });
  assert(await full.locator('[data-dataset-source]').isVisible(), 'print');
  await full.emulateMedia({ media: 'screen' });
  const presenting = await openApp(ctx, `lang=en&present=1&${data}`);
  await presenting.waitForFunction(() => document.documentElement.dataset.presenting === 'true');
  assert(await presenting.locator('[data-dataset-source]').isVisible(), 'presentation');
});
