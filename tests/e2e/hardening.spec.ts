// What a hostile file or link can still do (issue #14), kept as tests: the content security policy
// lets exactly the allowed data origins through, a redirect to another site is named as one, dataset
// text cannot reorder the page, exports stay well-formed, and the URL cannot put words on the page.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { READY, expect, test } from './helpers';
import { startServer } from './server.mjs';
import type { StaticServer } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const drawn = (id: string) => `svg.network-svg[data-ready="true"] [data-node-id="${id}"]`;

/** `vite build` into `outDir` with extra environment variables. */
function build(outDir: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const vite = `${root}node_modules/vite/bin/vite.js`;
    const child = spawn(
      process.execPath,
      [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed: ${stderr}`))));
  });
}

async function openFixture(page: Page, name: string) {
  await page.setInputFiles('input[type="file"]', `${fixtures}${name}`);
}

// 1. The allowed data origins are in the policy, and only there.

test('an origin allowed at build time is in the CSP: a dataset loads from a second server on it', async ({
  newPage,
}) => {
  test.slow(); // builds the app first
  const servers: StaticServer[] = [];
  try {
    const data = await startServer(); // the allowed data origin (its own port: another origin)
    servers.push(data);
    const outDir = test.info().outputPath('build-data-origins');
    await build(outDir, { VITE_DATA_ORIGINS: data.origin });
    const app = await startServer(0, [['/', outDir]]);
    servers.push(app);
    const page = await newPage();
    const url = `${data.origin}/fixtures/valid-small.json`;
    await page.goto(`${app.origin}/?lang=en&data=${encodeURIComponent(url)}`);
    await page.locator(drawn('fr')).waitFor({ timeout: 15_000 });
    await expect(page.locator('[data-error-view]'), 'no error view').toHaveCount(0);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directives = (csp ?? '').split(/;\s*/);
    expect(
      directives.find((d) => d.startsWith('connect-src')),
      'connect-src names the origin',
    ).toBe(`connect-src 'self' ${data.origin}`);
    expect(
      directives.filter((d) => d.includes(data.origin)),
      'the origin is nowhere else',
    ).toHaveLength(1);
    expect(page.errors, 'page errors').toEqual([]);
  } finally {
    for (const server of servers) await server.close();
  }
});

test('the default build allows no other origin in its CSP', async ({ openApp }) => {
  const page = await openApp('lang=en');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/(^|;\s*)connect-src 'self'(;|$)/);
});

// 2. A redirect to another site is refused and named as one.

test('a data= URL that redirects to another site is refused as a redirect, in both languages', async ({
  newPage,
  origins,
}) => {
  const target = `${origins.other}/fixtures/valid-small.json`;
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
  ] as const) {
    const page = await newPage();
    await page.goto(`${origins.app}/?lang=${lang}&data=${encodeURIComponent(data)}`);
    const problem = page.locator('[data-error-view] [data-problem-reason="redirected"]');
    await expect(problem, `${lang}: the redirect`).toHaveText(expected);
    await expect(page.locator('[data-error-view]'), `${lang}: not a network error`).not.toContainText(
      'Failed to fetch',
    );
    // The source line names the path only: not the query that carries the target.
    await expect(page.locator('[data-error-source]'), `${lang}: source`).toHaveAttribute(
      'data-error-source',
      '/redirect',
    );
    await page.locator(drawn('us')).waitFor(); // the article underneath
    await expect(page.locator('[data-node-id="fr"]'), `${lang}: redirected data not drawn`).toHaveCount(0);
  }
});

// 3. Dataset text cannot reorder the page.

test('bidi override characters in a file are refused with their paths, and shown escaped', async ({
  openApp,
}) => {
  const page = await openApp('lang=en');
  await openFixture(page, 'bidi-override.json');
  const view = page.locator('[data-error-view]');
  for (const [path, cp] of [
    ['meta.source.name', 'U+202E (RIGHT-TO-LEFT OVERRIDE)'],
    ['nodes[0].label.en', 'U+202E (RIGHT-TO-LEFT OVERRIDE)'],
    ['nodes[0].label.de', 'U+2067 (RIGHT-TO-LEFT ISOLATE)'],
  ]) {
    await expect(view.locator(`[data-problem-path="${path}"]`), path).toContainText(
      `bidirectional control character ${cp}`,
    );
  }
  expect(await page.locator('body').innerText(), 'no bidi control reaches the page').not.toMatch(
    /[\u202A-\u202E\u2066-\u2069]/,
  );
  await expect(page.locator('[data-node-id="fr"]'), 'the file is not drawn').toHaveCount(0);
});

/** Visible text containing one of `needles` that does not sit alone in an isolating element. */
function unisolated(page: Page, needles: string[]): Promise<string[]> {
  return page.evaluate((words) => {
    const isolating = (el: Element) =>
      ['isolate', 'plaintext', 'isolate-override'].includes(getComputedStyle(el).unicodeBidi);
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!words.some((n) => text.includes(n))) continue;
      const parent = node.parentElement;
      // Text only for assistive technology (live region, visually hidden) is not laid out for the eye.
      if (!parent || parent.closest('[aria-live], .visually-hidden')) continue;
      let el: Element | null = parent;
      while (el && !isolating(el)) el = el.parentElement;
      if (!el || (el.textContent ?? '').trim() !== text.trim()) {
        bad.push(`${parent.tagName.toLowerCase()}.${parent.getAttribute('class') ?? ''}: ${text.trim()}`);
      }
    }
    return bad;
  }, needles);
}

test('right-to-left dataset text is isolated everywhere it is shown, in HTML and SVG', async ({
  openApp,
}) => {
  const HE = 'שלום';
  const AR = 'مرحبا';
  const page = await openApp('lang=en');
  await openFixture(page, 'rtl.json');
  await page.locator(drawn('fr')).waitFor();
  // Header, credit, network labels; the detail panel with its relations and evidence.
  await page.locator('[data-node-id="fr"]').click();
  await page.locator('[data-detail-for="node:fr"]').waitFor();
  const bad = await unisolated(page, [HE, AR]);
  // Search results.
  await page.locator('input[type="search"]').fill(HE.slice(0, 2));
  await page.locator('[role="option"]').first().waitFor();
  bad.push(...(await unisolated(page, [HE, AR])));
  await page.locator('input[type="search"]').fill('');
  // The relations table and the story.
  await page.locator('[data-view="relations"]').click();
  bad.push(...(await unisolated(page, [HE, AR])));
  await page.locator('[data-view="network"]').click();
  await page.locator('[data-action="story"]').click();
  await page.locator('.story-panel').waitFor();
  bad.push(...(await unisolated(page, [HE, AR])));
  expect([...new Set(bad)], 'text not isolated').toEqual([]);
  // The tab title is plain text: the title is wrapped in a first-strong isolate.
  expect(await page.title(), 'document title isolated').toBe(`\u2068${HE} 12\u2069 – Alliance Network`);
  // A label is drawn right to left: the "!" of "مرحبا!" is at its left end.
  const order = await page.locator('[data-node-id="de"] .node-label').evaluate((t: SVGTextElement) => {
    const n = t.getNumberOfChars();
    return { first: t.getStartPositionOfChar(0).x, bang: t.getStartPositionOfChar(n - 1).x };
  });
  expect(order.bang, 'right-to-left label').toBeLessThan(order.first);
  expect(page.errors, 'page errors').toEqual([]);
});

// 4. Exports are always well-formed.

async function downloadFrom(page: Page, action: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    page.locator(`[data-action="${action}"]`).click(),
  ]);
  const path = test.info().outputPath(`${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return readFileSync(path);
}

test('text that would break export (NUL, an unpaired surrogate) is refused with its path', async ({
  openApp,
}) => {
  const page = await openApp('lang=en');
  await openFixture(page, 'export-breaking.json');
  const view = page.locator('[data-error-view]');
  await expect(view.locator('[data-problem-path="nodes[0].label.en"]'), 'NUL').toHaveText(
    'nodes[0].label.en: the control character U+0000 at character 5 is not allowed (only tab and newline are)',
  );
  await expect(view.locator('[data-problem-path="nodes[1].label.en"]'), 'unpaired surrogate').toHaveText(
    'nodes[1].label.en: ill-formed Unicode: an unpaired surrogate (U+D800) at character 5; text must be well-formed Unicode',
  );
});

test('exports of hostile and right-to-left data are well-formed SVG and a PNG', async ({ openApp }) => {
  for (const fixture of ['hostile.json', 'rtl.json']) {
    const page = await openApp('lang=en');
    await openFixture(page, fixture);
    await page.locator(drawn('nato')).waitFor();
    const labels = await page
      .locator('[data-node-id] .node-label')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const svg = (await downloadFrom(page, 'export-svg')).toString('utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        scripts: doc.querySelectorAll('script, foreignObject').length,
        // Isolated by the presentation attribute (the export writes no style attributes) or a style.
        isolated: [...doc.querySelectorAll('tspan, text')].filter((t) =>
          /^(isolate|plaintext)$|unicode-bidi:\s*(isolate|plaintext)/.test(
            t.getAttribute('unicode-bidi') ?? t.getAttribute('style') ?? '',
          ),
        ).length,
      };
    }, svg);
    expect(parsed.error, `${fixture}: the SVG parses`).toBeNull();
    expect(parsed.scripts, `${fixture}: no script`).toBe(0);
    for (const label of labels) expect(parsed.texts, `${fixture}: label in the SVG`).toContain(label);
    expect(parsed.isolated, `${fixture}: labels, title and credit pieces isolated`).toBeGreaterThanOrEqual(
      labels.length + 2,
    );
    expect(
      parsed.texts.some((t) => t.includes('Not the article’s data: ')),
      `${fixture}: marked as other data`,
    ).toBe(true);
    const png = await downloadFrom(page, 'export-png');
    expect(png.subarray(0, 8).toString('hex'), `${fixture}: a PNG`).toBe('89504e470d0a1a0a');
    expect(page.errors, `${fixture}: page errors`).toEqual([]);
  }
});

// 6. The URL cannot put words on the page; other data is marked in every layout.

test('a data= value puts no words of its own on the page and never widens it', async ({
  newPage,
  origins,
}) => {
  for (const value of [
    'BREAKING: Japan leaves the alliance',
    `/fixtures/${'BREAKING-Japan-leaves-the-alliance-'.repeat(90)}.json`,
    '/fixtures/nowhere.json?note=Japan leaves the alliance#Japan leaves the alliance',
  ]) {
    const page = await newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${origins.app}/?lang=en&data=${encodeURIComponent(value)}`);
    const view = page.locator('[data-error-view]');
    await view.waitFor();
    await page.locator(drawn('us')).waitFor();
    await expect(view, 'no words from the link').not.toContainText(/leaves the alliance/i);
    expect(
      await view.locator(':is(h1, h2, h3, strong, b)').allInnerTexts(),
      'the only heading is the app’s own',
    ).toEqual(['The data could not be loaded']);
    const [scrollWidth, innerWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(innerWidth);
    const source = page.locator('[data-error-source]');
    if ((await source.count()) > 0) {
      const shown = (await source.getAttribute('data-error-source')) ?? '';
      expect(shown.length, 'shortened').toBeLessThanOrEqual(80);
      expect(shown, 'path only').not.toMatch(/[?#]/);
    }
  }
});

test('a data= query shows only the path in the marker', async ({ openApp }) => {
  const value = '/fixtures/valid-small.json?x=Your data, verified by the ministry';
  const page = await openApp(`lang=en&data=${encodeURIComponent(value)}`);
  await page.locator(drawn('fr')).waitFor();
  await expect(page.locator('.app-footer [data-dataset-source]'), 'marker names the path').toHaveAttribute(
    'data-dataset-source',
    '/fixtures/valid-small.json',
  );
  await expect(page.locator('body'), 'the query is not shown').not.toContainText('verified');
});

test('a dataset other than the article’s is marked in every layout, the embed included', async ({
  openApp,
}) => {
  const data = `data=${encodeURIComponent('/fixtures/valid-small.json')}`;
  // Embed.
  const embed = await openApp(`lang=en&embed=1&${data}`);
  await expect(embed.locator('.embed-credit [data-dataset-source]'), 'embed marker').toHaveText(
    'Not the article’s data: /fixtures/valid-small.json',
  );
  await expect(embed.locator('.embed-credit [data-dataset-source]')).toBeVisible();
  const article = await openApp('lang=en&embed=1');
  await expect(article.locator(READY).first()).toBeVisible();
  await expect(article.locator('[data-dataset-source]'), 'the article’s data has no marker').toHaveCount(0);
  // The full app, on screen, in print, and presenting.
  const full = await openApp(`lang=en&${data}`);
  const marker = full.locator('[data-dataset-source]');
  await expect(marker, 'app').toBeVisible();
  await expect(marker, 'app').toContainText('Your data: /fixtures/valid-small.json');
  await full.emulateMedia({ media: 'print' });
  await expect(marker, 'print').toBeVisible();
  await full.emulateMedia({ media: 'screen' });
  const presenting = await openApp(`lang=en&present=1&${data}`);
  await expect(presenting.locator('html'), 'presenting').toHaveAttribute('data-presenting', 'true');
  await expect(presenting.locator('[data-dataset-source]'), 'presentation').toBeVisible();
});
