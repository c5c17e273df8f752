// Performance behaviour a reader notices: the page is idle once the picture has
// settled, work stops while an embed is out of view, and large graphs get the
// canvas renderer with the same interactions. (Timings are benchmarked by
// `npm run bench`, not asserted here.)
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

// Counts requestAnimationFrame and timer callbacks that actually run.
const COUNT_CALLBACKS = () => {
  const counts = { raf: 0, timers: 0 };
  window.__callbacks = counts;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) =>
    raf((t) => {
      counts.raf++;
      cb(t);
    });
  const timeout = window.setTimeout.bind(window);
  window.setTimeout = (cb, ms, ...rest) =>
    timeout(
      (...a) => {
        counts.timers++;
        if (typeof cb === 'function') cb(...a);
      },
      ms,
      ...rest,
    );
  const interval = window.setInterval.bind(window);
  window.setInterval = (cb, ms, ...rest) =>
    interval(
      (...a) => {
        counts.timers++;
        if (typeof cb === 'function') cb(...a);
      },
      ms,
      ...rest,
    );
};

const waitForMark = (page, name, timeout = 20000) =>
  page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });

for (const [what, query] of [
  ['the article (SVG)', ''],
  ['a 1,000-node graph (canvas)', `?data=${generated(1000)}`],
]) {
  test(`${what}: once settled, no animation frame or timer runs for 2 s`, async (ctx) => {
    const page = await ctx.newPage();
    await page.addInitScript(COUNT_CALLBACKS);
    await page.goto(`${ctx.origin}/${query}`);
    await waitForMark(page, 'alliance-network:settled');
    const before = await page.evaluate(() => ({ ...window.__callbacks }));
    assert(before.raf > 0, 'the counter sees requestAnimationFrame callbacks at all');
    await page.waitForTimeout(2000);
    const after = await page.evaluate(() => ({ ...window.__callbacks }));
    assertEqual(after.raf - before.raf, 0, 'requestAnimationFrame callbacks after settled');
    assertEqual(after.timers - before.timers, 0, 'timer callbacks after settled');
  });
}

test('the article: rendered and settled marks; reduced motion shows the settled layout first', async (ctx) => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const page = await ctx.newPage({ reducedMotion });
    await page.goto(`${ctx.origin}/`);
    await waitForMark(page, 'alliance-network:settled');
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    );
    const rendered = marks['alliance-network:rendered'];
    const settled = marks['alliance-network:settled'];
    assert(rendered > 0 && settled >= rendered, `marks in order (${rendered}, ${settled})`);
    if (reducedMotion === 'reduce') assert(settled - rendered < 20, 'first picture is the settled one');
  }
});

test('a large graph is drawn on a canvas and settles with reduced motion as its first picture', async (ctx) => {
  const page = await ctx.newPage({ reducedMotion: 'reduce' });
  await page.goto(`${ctx.origin}/?data=${generated(1000)}`);
  await page.waitForSelector('canvas.network-canvas[data-ready="true"]');
  assertEqual(await page.locator('svg.network-svg').count(), 0, 'no SVG network');
  await waitForMark(page, 'alliance-network:settled');
  const [rendered, settled] = await page.evaluate(() =>
    ['rendered', 'settled'].map((n) => performance.getEntriesByName(`alliance-network:${n}`)[0].startTime),
  );
  assert(settled - rendered < 20, `the first canvas picture is settled (${rendered} / ${settled})`);
  assertEqual(page.errors.length, 0, 'page errors');
});

test('canvas: hover, click, keyboard focus, zoom and drag work on a large graph', async (ctx) => {
  const page = await ctx.newPage();
  await page.goto(`${ctx.origin}/?data=${generated(1000)}&lang=en`);
  const canvas = page.locator('canvas.network-canvas[data-settled="true"]');
  await canvas.waitFor({ timeout: 20000 });
  // Keyboard: the canvas takes focus, arrows walk the nodes (most connected first), Enter opens one.
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  const focused = await canvas.getAttribute('data-focused');
  assert(focused, 'a node has keyboard focus');
  await page.keyboard.press('Enter');
  const panel = page.locator('.detail-panel');
  await panel.waitFor();
  assertEqual(
    await panel.getAttribute('data-detail-for'),
    `node:${focused}`,
    'Enter selects the focused node',
  );
  await page.keyboard.press('Escape');
  // Find the screen position of a node by hovering over the canvas until the store reports one.
  const box = await canvas.boundingBox();
  let hit = null;
  for (let y = box.y + 40; y < box.y + box.height - 40 && !hit; y += 9) {
    for (let x = box.x + 40; x < box.x + box.width - 40 && !hit; x += 9) {
      await page.mouse.move(x, y);
      if ((await canvas.evaluate((c) => c.style.cursor)) === 'pointer') hit = { x, y };
    }
    if (y > box.y + 300) break;
  }
  assert(hit, 'hovering finds a node');
  await page.mouse.click(hit.x, hit.y);
  await panel.waitFor();
  assert((await panel.getAttribute('data-detail-for')).startsWith('node:'), 'click opens a node');
  await page.keyboard.press('Escape');
  // Drag: the node follows the pointer and stays where it is dropped.
  await page.mouse.move(hit.x, hit.y);
  await page.mouse.down();
  await page.mouse.move(hit.x + 10, hit.y + 200, { steps: 6 });
  await page.mouse.up();
  await page.mouse.move(hit.x + 12, hit.y + 230);
  await page.mouse.move(hit.x + 10, hit.y + 200);
  assertEqual(await canvas.evaluate((c) => c.style.cursor), 'pointer', 'the node is where it was dropped');
  assertEqual(await page.locator('.detail-panel').count(), 0, 'a drag is not a click');
  // Wheel zoom changes the scale.
  const z0 = Number(await canvas.getAttribute('data-zoom'));
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(100);
  assert(Number(await canvas.getAttribute('data-zoom')) > z0, 'wheel zooms in');
  assertEqual(page.errors.length, 0, 'page errors');
});

test('an embed scrolled out of view pauses its layout and resumes on return', async (ctx) => {
  const page = await ctx.newPage();
  await page.setContent(
    `<div style="height:3000px">article text</div>
     <iframe id="embed" src="${ctx.origin}/?data=${generated(1000)}" style="width:900px;height:600px"></iframe>`,
  );
  const frame = await (await page.$('#embed')).contentFrame();
  await frame.waitForSelector('.network[data-paused="true"]', { timeout: 20000 });
  await page.waitForTimeout(2500);
  const settledWhileAway = await frame.evaluate(
    () => performance.getEntriesByName('alliance-network:settled').length,
  );
  assertEqual(settledWhileAway, 0, 'no layout progress while out of view');
  await page.evaluate(() => document.getElementById('embed').scrollIntoView());
  await frame.waitForSelector('.network[data-paused="false"]');
  await waitForMark(frame, 'alliance-network:settled');
});
