// Performance behaviour a reader notices: the page is idle once the picture has
// settled, work stops while an embed is out of view, and large graphs get the
// canvas renderer with the same interactions. (Timings are benchmarked by
// `npm run bench`, not asserted here.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from '@playwright/test';
import { animationFrames, expect, must, test } from './helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LARGE = 1000;
const large = `/fixtures/generated-${LARGE}.json`;

// A generated graph (tests/bench/generate.ts), made once and kept (gitignored).
test.beforeAll(() => {
  const file = `tests/e2e/fixtures/generated-${LARGE}.json`;
  if (existsSync(`${root}/${file}`)) return;
  const r = spawnSync('npx', ['tsx', 'tests/bench/generate.ts', String(LARGE), file], { cwd: root });
  if (r.status !== 0) throw new Error(`generating ${file} failed: ${r.stderr}`);
});

interface Counts {
  raf: number;
  timers: number;
}
type HitWindow = Window & { __hit: { x: number; y: number } | null };
type CountingWindow = Window & {
  __callbacks: Counts;
  /** The browser's own requestAnimationFrame, for counting frames without counting them as the page's. */
  __rawRaf: (cb: FrameRequestCallback) => number;
};

// Counts requestAnimationFrame and timer callbacks that actually run.
const COUNT_CALLBACKS = () => {
  const w = window as unknown as CountingWindow;
  const counts = { raf: 0, timers: 0 };
  w.__callbacks = counts;
  const raf = window.requestAnimationFrame.bind(window);
  w.__rawRaf = raf;
  window.requestAnimationFrame = (cb) =>
    raf((t) => {
      counts.raf++;
      cb(t);
    });
  const timeout = window.setTimeout.bind(window);
  window.setTimeout = ((cb: TimerHandler, ms?: number, ...rest: unknown[]) =>
    timeout(
      (...a: unknown[]) => {
        counts.timers++;
        if (typeof cb === 'function') cb(...a);
      },
      ms,
      ...rest,
    )) as typeof window.setTimeout;
  const interval = window.setInterval.bind(window);
  window.setInterval = ((cb: TimerHandler, ms?: number, ...rest: unknown[]) =>
    interval(
      (...a: unknown[]) => {
        counts.timers++;
        if (typeof cb === 'function') cb(...a);
      },
      ms,
      ...rest,
    )) as typeof window.setInterval;
};

// A 1,000-node layout settles in a few seconds, far slower on a busy shared machine: generous waits, and
// its tests are marked slow (three times the 60 s).
const waitForMark = (target: Page | Frame, name: string, timeout = 40_000) =>
  target.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });

for (const [what, query] of [
  ['the article (SVG)', ''],
  ['a 1,000-node graph (canvas)', `?data=${large}`],
] as const) {
  test(`${what}: once settled, no animation frame or timer runs for 120 frames (2 s)`, async ({
    newPage,
    origins,
  }) => {
    if (query) test.slow(); // the 1,000-node graph: slow to settle on a busy machine
    const page = await newPage();
    await page.addInitScript(COUNT_CALLBACKS);
    await page.goto(`${origins.app}/${query}`);
    await waitForMark(page, 'alliance-network:settled');
    const read = () => page.evaluate(() => ({ ...(window as unknown as CountingWindow).__callbacks }));
    const before = await read();
    expect(before.raf, 'the counter sees requestAnimationFrame callbacks at all').toBeGreaterThan(0);
    // 120 frames of the browser (2 s at 60 Hz), counted with its own, uncounted requestAnimationFrame.
    await page.evaluate(
      (n) =>
        new Promise<void>((resolve) => {
          const raf = (window as unknown as CountingWindow).__rawRaf;
          let seen = 0;
          const tick = () => (++seen >= n ? resolve() : raf(tick));
          raf(tick);
        }),
      120,
    );
    const after = await read();
    expect(after.raf - before.raf, 'requestAnimationFrame callbacks after settled').toBe(0);
    expect(after.timers - before.timers, 'timer callbacks after settled').toBe(0);
  });
}

test('the article: rendered and settled marks; reduced motion shows the settled layout first', async ({
  newPage,
  origins,
}) => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const page = await newPage({ reducedMotion });
    await page.goto(`${origins.app}/`);
    await waitForMark(page, 'alliance-network:settled');
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    );
    const rendered = must(marks['alliance-network:rendered'], 'rendered mark');
    const settled = must(marks['alliance-network:settled'], 'settled mark');
    expect(rendered, 'rendered mark').toBeGreaterThan(0);
    expect(settled, 'settled after rendered').toBeGreaterThanOrEqual(rendered);
    if (reducedMotion === 'reduce')
      expect(settled - rendered, 'first picture is the settled one').toBeLessThan(20);
  }
});

test('a large graph is drawn on a canvas and settles with reduced motion as its first picture', async ({
  newPage,
  origins,
}) => {
  test.slow(); // the 1,000-node graph: every step redraws it, slow on a busy machine
  const page = await newPage({ reducedMotion: 'reduce' });
  await page.goto(`${origins.app}/?data=${large}`);
  await page.locator('canvas.network-canvas[data-ready="true"]').waitFor({ timeout: 40_000 });
  await expect(page.locator('svg.network-svg'), 'no SVG network').toHaveCount(0);
  await waitForMark(page, 'alliance-network:settled');
  const [rendered, settled] = await page.evaluate(() =>
    ['rendered', 'settled'].map(
      (n) => performance.getEntriesByName(`alliance-network:${n}`)[0]?.startTime ?? NaN,
    ),
  );
  expect(
    must(settled, 'settled') - must(rendered, 'rendered'),
    'the first canvas picture is settled',
  ).toBeLessThan(20);
  expect(page.errors, 'page errors').toEqual([]);
});

test('canvas: hover, click, keyboard focus, zoom and drag work on a large graph', async ({
  newPage,
  origins,
}) => {
  test.slow(); // the 1,000-node graph: every step redraws it, slow on a busy machine
  const page = await newPage();
  await page.goto(`${origins.app}/?data=${large}&lang=en`);
  const canvas = page.locator('canvas.network-canvas[data-settled="true"]');
  await canvas.waitFor({ timeout: 40_000 });
  const cursor = () => canvas.evaluate((c) => c.style.cursor);
  // Keyboard: the canvas takes focus, arrows walk the nodes (most connected first), Enter opens one.
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  const focused = must(await canvas.getAttribute('data-focused'), 'a node has keyboard focus');
  expect(focused, 'a node has keyboard focus').not.toBe('');
  await page.keyboard.press('Enter');
  const panel = page.locator('.detail-panel');
  await expect(panel, 'Enter selects the focused node').toHaveAttribute('data-detail-for', `node:${focused}`);
  await page.keyboard.press('Escape');
  // Find the screen position of a node by hovering over the canvas, row by row, until the cursor says
  // there is one. (One mouse move per row, in steps 9 px apart; the page notes the first hit.)
  const box = must(await canvas.boundingBox(), 'canvas box');
  await page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas.network-canvas');
    const w = window as unknown as HitWindow;
    w.__hit = null;
    // On the document, so after the canvas's own handler has set its cursor.
    document.addEventListener('pointermove', (e) => {
      if (!w.__hit && c?.style.cursor === 'pointer') w.__hit = { x: e.clientX, y: e.clientY };
    });
  });
  const readHit = () => page.evaluate(() => (window as unknown as HitWindow).__hit);
  let hit: { x: number; y: number } | null = null;
  for (let y = box.y + 40; y < box.y + box.height - 40 && y <= box.y + 300 && !hit; y += 9) {
    const from = box.x + 40;
    const to = box.x + box.width - 40;
    await page.mouse.move(from, y);
    await page.mouse.move(to, y, { steps: Math.ceil((to - from) / 9) });
    hit = await readHit();
  }
  const at = must(hit, 'hovering finds a node');
  await page.mouse.click(at.x, at.y);
  await expect(panel, 'click opens a node').toHaveAttribute('data-detail-for', /^node:/);
  await page.keyboard.press('Escape');
  // Drag: the node follows the pointer and stays where it is dropped.
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 10, at.y + 200, { steps: 6 });
  await page.mouse.up();
  await page.mouse.move(at.x + 12, at.y + 230);
  await page.mouse.move(at.x + 10, at.y + 200);
  expect(await cursor(), 'the node is where it was dropped').toBe('pointer');
  await expect(page.locator('.detail-panel'), 'a drag is not a click').toHaveCount(0);
  // Wheel zoom changes the scale.
  const z0 = Number(await canvas.getAttribute('data-zoom'));
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect
    .poll(async () => Number(await canvas.getAttribute('data-zoom')), 'wheel zooms in')
    .toBeGreaterThan(z0);
  expect(page.errors, 'page errors').toEqual([]);
});

test('an embed scrolled out of view pauses its layout and resumes on return', async ({
  newPage,
  origins,
}) => {
  test.slow(); // the 1,000-node graph: every step redraws it, slow on a busy machine
  const page = await newPage();
  await page.setContent(
    `<div style="height:3000px">article text</div>
     <iframe id="embed" src="${origins.app}/?data=${large}" style="width:900px;height:600px"></iframe>`,
  );
  const frame = must(await (await page.locator('#embed').elementHandle())?.contentFrame(), 'embed frame');
  await frame.locator('.network[data-paused="true"]').waitFor({ timeout: 40_000 });
  // Out of view for 150 frames of the host page (2.5 s at 60 Hz; the hidden frame's own are throttled).
  await animationFrames(page, 150);
  const settledWhileAway = await frame.evaluate(
    () => performance.getEntriesByName('alliance-network:settled').length,
  );
  expect(settledWhileAway, 'no layout progress while out of view').toBe(0);
  await page.evaluate(() => document.getElementById('embed')?.scrollIntoView());
  await frame.locator('.network[data-paused="false"]').waitFor();
  await waitForMark(frame, 'alliance-network:settled');
});
