// Export is first-class: SVG and PNG from either renderer (a 1,000-node graph
// on the canvas renderer, the article on SVG), the same arrangement as the
// screen, and not one Content-Security-Policy violation.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, must, pictureAtRest, test } from './helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LARGE = 1000;
const large = `/fixtures/generated-${LARGE}.json`;
type CspWindow = Window & { __csp: string[] };
type Points = Record<string, [number, number]>;

// A generated graph (tests/bench/generate.ts), made once and kept (gitignored).
test.beforeAll(() => {
  const file = `tests/e2e/fixtures/generated-${LARGE}.json`;
  if (existsSync(`${root}/${file}`)) return;
  const r = spawnSync('npx', ['tsx', 'tests/bench/generate.ts', String(LARGE), file], { cwd: root });
  if (r.status !== 0) throw new Error(`generating ${file} failed: ${r.stderr}`);
});

/** Records Content-Security-Policy violations from the start of the page. */
async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as CspWindow;
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as CspWindow).__csp);

/** Clicks an export button and returns the downloaded file. */
async function download(page: Page, action: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(`[data-action="${action}"]`).click(),
  ]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('SVG and PNG export of a 1,000-node graph (canvas renderer), without CSP violations', async ({
  newPage,
  origins,
}) => {
  test.setTimeout(120_000);
  const page = await newPage();
  await watchCsp(page);
  await page.goto(`${origins.app}/?data=${large}&lang=en`);
  const canvas = page.locator('canvas.network-canvas[data-settled="true"]');
  await canvas.waitFor({ timeout: 60_000 });
  const view = must(await canvas.boundingBox(), 'the canvas');
  const svg = await download(page, 'export-svg');
  expect(svg.name, 'an SVG file').toMatch(/\.svg$/);
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(doc.documentElement.getAttribute('width')),
      nodes: doc.querySelectorAll('[data-node-id]').length,
      labels: doc.querySelectorAll('text').length,
      styleAttributes: doc.querySelectorAll('[style]').length,
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error, 'the SVG parses').toBeNull();
  expect(parsed.nodes, 'every node drawn').toBe(LARGE);
  expect(parsed.labels, 'labels drawn').toBeGreaterThan(20);
  expect(parsed.width, 'the size of the view').toBe(Math.round(view.width));
  expect(parsed.styleAttributes, 'no style attributes').toBe(0);
  const png = await download(page, 'export-png');
  expect(png.bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(png.bytes.readUInt32BE(16), 'PNG width is 2× the view').toBe(Math.round(view.width) * 2);
  expect(png.bytes.length, 'a picture, not an empty image').toBeGreaterThan(50 * 1024);
  expect(await cspViolations(page), 'CSP violations').toEqual([]);
  await expect(page.locator('.classroom-error'), 'no export error shown').toHaveCount(0);
});

test('the exported SVG has the arrangement on screen (SVG renderer), without CSP violations', async ({
  newPage,
  origins,
}) => {
  const page = await newPage();
  await watchCsp(page);
  await page.goto(`${origins.app}/?lang=en`);
  await page.locator('svg.network-svg[data-ready="true"]').waitFor();
  await page.locator('[data-action="zoom-in"]').click();
  await pictureAtRest(page);
  const screen: Points = await page.locator('[data-node-id]').evaluateAll((els) => {
    const s = (document.querySelector('svg.network-svg') as SVGSVGElement).getBoundingClientRect();
    return Object.fromEntries(
      els.map((e) => {
        const r = (e.querySelector('.node-symbol') ?? e).getBoundingClientRect();
        return [
          (e as SVGGElement).dataset.nodeId ?? '?',
          [r.x + r.width / 2 - s.x, r.y + r.height / 2 - s.y],
        ];
      }),
    );
  });
  const svg = await download(page, 'export-svg');
  // Where the exported SVG draws each node, measured by the browser.
  const exported: Points = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    for (const a of ['width', 'height', 'viewBox'])
      host.setAttribute(a, doc.documentElement.getAttribute(a) ?? '');
    host.append(...[...doc.documentElement.childNodes].map((n) => document.importNode(n, true)));
    document.body.append(host);
    const h = host.getBoundingClientRect();
    const out = Object.fromEntries(
      [...host.querySelectorAll<SVGGElement>('[data-node-id]')].map((g) => {
        const r = (g.querySelector('path') ?? g).getBoundingClientRect();
        return [
          g.dataset.nodeId ?? '?',
          [r.x + r.width / 2 - h.x, r.y + r.height / 2 - h.y] as [number, number],
        ];
      }),
    );
    host.remove();
    return out;
  }, svg.bytes.toString('utf8'));
  // The export scales the screen's view into the band between title and legend: one uniform
  // scale and offset map every screen position onto the exported one.
  const ids = Object.keys(screen);
  expect(Object.keys(exported).toSorted(), 'every node exported').toEqual(ids.toSorted());
  const a = must(ids[0], 'a node');
  const b = must(ids.at(-1), 'another node');
  const sa = must(screen[a], a);
  const sb = must(screen[b], b);
  const ea = must(exported[a], a);
  const eb = must(exported[b], b);
  const scale = (eb[0] - ea[0]) / (sb[0] - sa[0]);
  const dx = ea[0] - sa[0] * scale;
  const dy = ea[1] - sa[1] * scale;
  let worst = 0;
  for (const id of ids) {
    const [x, y] = must(screen[id], id);
    const [ex, ey] = must(exported[id], id);
    worst = Math.max(worst, Math.hypot(x * scale + dx - ex, y * scale + dy - ey));
  }
  expect(scale, 'uniform scale').toBeGreaterThan(0.5);
  expect(scale, 'uniform scale').toBeLessThanOrEqual(1);
  expect(worst, 'same arrangement as the screen (px)').toBeLessThanOrEqual(2);
  expect(await cspViolations(page), 'CSP violations').toEqual([]);
});
