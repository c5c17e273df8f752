// Big graphs without waiting (issue #13): the layout runs in a Web Worker,
// the picture comes before the layout has settled, the page answers input
// meanwhile, and a failing worker falls back to the main thread with a
// message instead of a blank stage.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, assertEqual, test } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
function generated(nodes) {
  const file = `tests/e2e/fixtures/generated-${nodes}.json`;
  if (!existsSync(`${root}/${file}`)) {
    const r = spawnSync('npx', ['tsx', 'tests/bench/generate.ts', String(nodes), file], { cwd: root });
    if (r.status !== 0) throw new Error(`generating ${file} failed: ${r.stderr}`);
  }
  return `/fixtures/generated-${nodes}.json`;
}

const hasMark = (name) => performance.getEntriesByName(name).length > 0;

/** Non-transparent pixels on the network canvas. */
const PAINTED = () => {
  const canvas = document.querySelector('canvas.network-canvas');
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
  return n;
};

test('a 5,000-node graph is drawn before its layout has settled, with progress shown', async (ctx) => {
  const page = await ctx.newPage();
  await page.goto(`${ctx.origin}/?data=${generated(5000)}&lang=en`);
  await page.waitForFunction(hasMark, 'alliance-network:rendered', { timeout: 30000 });
  const painted = await page.evaluate(PAINTED);
  const early = await page.evaluate(() => ({
    settled: performance.getEntriesByName('alliance-network:settled').length > 0,
    canvasSettled: document.querySelector('canvas.network-canvas').dataset.settled,
    stage: document.querySelector('[data-layout-progress]')?.textContent ?? null,
    line: document.querySelector('[data-load-progress]')?.getAttribute('data-load-progress'),
  }));
  assert(!early.settled && early.canvasSettled === 'false', 'the first picture comes before settled');
  assert(painted > 500, `the canvas is painted at the first picture (${painted} pixels)`);
  assert(/Laying out \d+ %/.test(early.stage ?? ''), `the stage shows progress (${early.stage})`);
  assertEqual(early.line, 'layout', 'the progress line under the graphic says the layout is running');
  await page.waitForFunction(hasMark, 'alliance-network:settled', { timeout: 60000 });
  await page.locator('[data-layout-progress]').waitFor({ state: 'detached' });
  assertEqual(await page.locator('[data-layout-fallback]').count(), 0, 'no fallback message');
  assertEqual(page.errors.length, 0, 'page errors');
});

test('the page answers input while the layout runs: a filter takes effect within 100 ms', async (ctx) => {
  const page = await ctx.newPage();
  await page.goto(`${ctx.origin}/?data=${generated(5000)}&lang=en`);
  await page.waitForSelector('canvas.network-canvas[data-ready="true"][data-settled="false"]', {
    timeout: 30000,
  });
  // Time from the click event to the network's new summary (its edge count), measured in the page.
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas.network-canvas');
    const before = canvas.getAttribute('aria-label');
    window.__filter = {};
    document.addEventListener(
      'click',
      (e) => {
        window.__filter.clickAt = e.timeStamp;
        window.__filter.settledAtClick = canvas.dataset.settled;
      },
      { capture: true, once: true },
    );
    new MutationObserver((_, observer) => {
      if (canvas.getAttribute('aria-label') === before) return;
      window.__filter.changedAt = performance.now();
      observer.disconnect();
    }).observe(canvas, { attributes: true, attributeFilter: ['aria-label'] });
  });
  await page.click('[data-filter-id="threats"] input');
  await page.waitForFunction(() => window.__filter.changedAt !== undefined, null, { timeout: 5000 });
  const r = await page.evaluate(() => window.__filter);
  assertEqual(r.settledAtClick, 'false', 'the layout was still running at the click');
  const delay = r.changedAt - r.clickAt;
  assert(delay < 100, `the filter took effect within 100 ms (${Math.round(delay)} ms)`);
  assertEqual(page.errors.length, 0, 'page errors');
});

test('a failing layout worker falls back to the main thread with a message, not a blank stage', async (ctx) => {
  const page = await ctx.newPage();
  await page.route('**/layout.worker*', (route) => route.abort());
  await page.goto(`${ctx.origin}/?data=${generated(1000)}&lang=en`);
  const note = page.locator('[data-layout-fallback]');
  await note.waitFor({ timeout: 20000 });
  assert(/main thread/.test(await note.textContent()), 'the message says where the layout runs');
  await page.waitForFunction(hasMark, 'alliance-network:settled', { timeout: 60000 });
  const painted = await page.evaluate(PAINTED);
  assert(painted > 500, `the stage shows the network (${painted} pixels)`);
  // Dragging and reset keep working on the fallback.
  await page.click('[data-action="reset"]');
  await page.waitForSelector('canvas.network-canvas[data-settled="true"]', { timeout: 60000 });
  assertEqual(page.errors.length, 0, 'page errors');
});
