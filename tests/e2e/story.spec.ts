// Classroom: the guided story, presentation mode, export and print.
import { readFileSync, statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  articleEvidence,
  article,
  dataset,
  expect,
  labelBoxes,
  must,
  overlappingPairs,
  pictureAtRest,
  snapshot,
  test,
} from './helpers';

const story = dataset.story;
const last = story.length;
const step = (n: number) => must(story[n - 1], `story step ${n}`);

const storyStep = (page: Page) => page.locator('[data-story-step]').getAttribute('data-story-step');
const waitForStep = (page: Page, n: number) =>
  page.locator(`[data-story-step="${n}"]`).waitFor({ timeout: 10_000 });
const highlighted = (page: Page) =>
  page.locator('[data-node-id].is-highlight, [data-edge-id].is-highlight').evaluateAll((els) =>
    els
      .map((e) => e.getAttribute('data-node-id') ?? e.getAttribute('data-edge-id') ?? '')
      .toSorted()
      .join(','),
  );
const drawnNodes = (page: Page) =>
  page.locator('[data-node-id]').evaluateAll((els) =>
    els
      .map((e) => e.getAttribute('data-node-id') ?? '')
      .toSorted()
      .join(','),
  );

test('step=1 opens the first step of the story', async ({ openApp }) => {
  const page = await openApp('step=1&lang=en');
  await waitForStep(page, 1);
  const panel = page.locator('[data-story-step]');
  await expect(panel, 'step 1 title shown').toContainText(step(1).title.en);
  await expect(panel, 'step 1 text shown').toContainText(step(1).text.en);
  await expect(page.locator('[data-story-counter]'), 'indicator').toHaveText(`1 / ${last}`);
  // Only what step 1 brings in is drawn, and it is highlighted.
  expect(await drawnNodes(page), 'nodes of step 1').toBe(['jp', 'us'].join(','));
  expect(await highlighted(page), 'highlight').toBe(['jp', 'us', 'us-jp-alliance'].toSorted().join(','));
  expect(page.errors, 'page errors').toEqual([]);
});

test('clicker keys step through the story and the highlight follows', async ({ openApp }) => {
  const page = await openApp('step=1&lang=en');
  await waitForStep(page, 1);
  const seen = [await highlighted(page)];
  for (const [key, expected] of [
    ['ArrowRight', 2],
    ['PageDown', 3],
    ['Space', 4],
  ] as const) {
    await page.keyboard.press(key);
    await waitForStep(page, expected);
    const now = await highlighted(page);
    expect(seen, `${key}: the highlighted set changes (${now})`).not.toContain(now);
    seen.push(now);
    await expect(page.locator('[data-story-counter]'), key).toHaveText(`${expected} / ${last}`);
    expect(page.url(), 'URL follows').toContain(`step=${expected}`);
  }
  // Nodes brought in by earlier steps stay, dimmed.
  await expect(page.locator('[data-node-id="blinken"].is-dim'), 'step 2 node dimmed at 4').toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await waitForStep(page, 3);
  await page.keyboard.press('PageUp');
  await waitForStep(page, 2);
  await page.keyboard.press('End');
  await waitForStep(page, last);
  await expect(page.locator('[data-action="story-next"]'), 'no next at the end').toBeDisabled();
  await page.keyboard.press('ArrowRight');
  expect(await storyStep(page), 'stays on the last step').toBe(String(last));
  expect(await drawnNodes(page), 'all in').toBe(
    article.nodes
      .map((n) => n.id)
      .toSorted()
      .join(','),
  );
  await page.keyboard.press('Home');
  await waitForStep(page, 1);
  // The indicator jumps.
  await page.locator('[data-story-goto="7"]').click();
  await waitForStep(page, 7);
  expect(await highlighted(page), 'step 7 highlights the risks').toContain('cn-risk-to-region');
});

test('the story button starts it; exploring freely gives back filters and selection', async ({ openApp }) => {
  const page = await openApp('lang=en&hide=threats&select=blinken');
  await page.locator('.detail-panel').waitFor();
  await page.locator('[data-action="story"]').click();
  await waitForStep(page, 1);
  await expect(page.locator('.detail-panel'), 'details put aside').toHaveCount(0);
  await page.keyboard.press('End');
  await waitForStep(page, last);
  await expect(page.locator('[data-edge-kind="threat"]'), 'the story shows its threats').not.toHaveCount(0);
  await page.locator('[data-action="story-exit"]').click();
  await expect(page.locator('[data-story-step]'), 'story closed').toHaveCount(0);
  await expect(page.locator('[data-edge-kind="threat"]'), 'threats filter still applies').toHaveCount(0);
  await expect(page.locator('[data-filter-id="threats"] input'), 'filter toggle').not.toBeChecked();
  await expect(page.locator('.detail-panel'), 'selection back').toHaveAttribute(
    'data-detail-for',
    'node:blinken',
  );
  expect(page.url(), 'step left the URL').not.toContain('step=');
});

test('the camera eases between steps, and jumps under reduced motion', async ({ openApp }) => {
  /** Every view the camera shows after the key (one per change of the viewport), until the picture is at rest. */
  const viewsAfterStep = async (page: Page) => {
    await page.evaluate(() => {
      const viewport = document.querySelector('g.viewport');
      if (!viewport) throw new Error('no viewport');
      const views: string[] = [];
      (window as unknown as { __views: string[] }).__views = views;
      new MutationObserver((records) => {
        for (const _ of records) views.push(viewport.getAttribute('transform') ?? '');
      }).observe(viewport, { attributes: true, attributeFilter: ['transform'] });
    });
    await page.keyboard.press('ArrowRight');
    await pictureAtRest(page);
    const views = await page.evaluate(() => (window as unknown as { __views: string[] }).__views);
    return { views, final: await page.locator('g.viewport').getAttribute('transform') };
  };
  const moving = await openApp('step=2');
  await waitForStep(moving, 2);
  await pictureAtRest(moving);
  const eased = await viewsAfterStep(moving);
  expect(eased.views.at(-1), 'the camera moves to the next step').toBe(eased.final);
  expect(eased.views[0], 'animated: the first view after the key is not yet the last').not.toBe(eased.final);
  const still = await openApp('step=2', { reducedMotion: 'reduce' });
  await waitForStep(still, 2);
  const jumped = await viewsAfterStep(still);
  expect(jumped.views.length, 'reduced motion: the camera jumps there in one change').toBeLessThanOrEqual(1);
  expect(jumped.final, 'both end at the same view').toBe(eased.final);
});

async function downloadFrom(page: Page, action: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    page.locator(`[data-action="${action}"]`).click(),
  ]);
  const name = download.suggestedFilename();
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  return { name, path, bytes: readFileSync(path) };
}

test('exports the view as a PNG at twice its size', async ({ openApp }) => {
  const page = await openApp('lang=en&hide=threats');
  const view = must(await page.locator('svg.network-svg').boundingBox(), 'network box');
  const { name, bytes, path } = await downloadFrom(page, 'export-png');
  expect(name, 'file name says what it shows').toBe('alliance-network-us-japan-threats-hidden.png');
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(statSync(path).size, 'size > 10 kB').toBeGreaterThan(10 * 1024);
  expect(bytes.readUInt32BE(16), 'PNG width is 2× the view').toBe(Math.round(view.width) * 2);
  expect(bytes.readUInt32BE(20), 'PNG height is 2× the view').toBe(Math.round(view.height) * 2);
  // A dark theme gives a dark background: look at a corner pixel.
  const dark = await openApp('lang=en&theme=dark');
  const png = await downloadFrom(dark, 'export-png');
  const corner = await dark.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    if (!g) throw new Error('no 2d context');
    g.drawImage(img, 0, 0);
    return [...g.getImageData(2, img.height / 2, 1, 1).data];
  }, png.bytes.toString('base64'));
  for (const [i, channel] of corner.slice(0, 3).entries())
    expect(channel, `dark background (${corner}), channel ${i}`).toBeLessThan(60);
});

test('exports a self-contained SVG with every visible label, title, legend and source', async ({
  openApp,
}) => {
  const page = await openApp('lang=de&step=4');
  await waitForStep(page, 4);
  await pictureAtRest(page);
  const labels = await page
    .locator('[data-node-id] .node-label')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const { name, bytes } = await downloadFrom(page, 'export-svg');
  expect(name, 'file name').toBe('alliance-network-buendnis-usa-japan-step-4-headquarters.svg');
  const text = bytes.toString('utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      scripts: doc.querySelectorAll('script, foreignObject').length,
      styled: doc.querySelectorAll('[stroke]').length,
      styleAttributes: doc.querySelectorAll('[style]').length,
    };
  }, text);
  expect(parsed.error, 'parses').toBeNull();
  expect(parsed.root, 'root element').toBe('svg');
  expect(parsed.scripts, 'no script or foreignObject').toBe(0);
  expect(parsed.styled, 'looks are presentation attributes (no stylesheet needed)').toBeGreaterThan(10);
  expect(parsed.styleAttributes, 'no style attributes').toBe(0);
  for (const label of labels) expect(parsed.texts, `label "${label}" in the SVG`).toContain(label);
  expect(parsed.texts, 'title drawn in').toContain(dataset.meta.title.de);
  expect(
    parsed.texts.some((t) => t.includes(step(3).title.de)),
    'story step drawn in',
  ).toBe(true);
  expect(
    parsed.texts.some((t) => t.includes('Quelle: NAG')),
    'source credit drawn in',
  ).toBe(true);
  expect(parsed.texts, 'legend drawn in').toContain('Land');
  expect(text.replace(/n-ag\.de/g, ''), 'no external references').not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
});

test('print lists the relations with their evidence, after the network', async ({ openApp }) => {
  const page = await openApp('lang=en');
  const list = page.locator('[data-print-relations]');
  await expect(list, 'not on screen').toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(list, 'on paper').toBeVisible();
  await expect(list.locator('li'), 'every relation listed').toHaveCount(article.edges.length);
  const { translation } = articleEvidence(article.edges[0]);
  await expect(list, 'evidence listed').toContainText(translation);
  await expect(page.locator('[data-filter-id]').first(), 'no filters on paper').toBeHidden();
  await expect(page.locator('.legend'), 'legend on paper').toBeVisible();
  await expect(page.locator('.credit'), 'source on paper').toBeVisible();
  await expect(page.locator('svg.network-svg [data-node-id="jp"]'), 'network on paper').toBeVisible();
  // Paper sizes, orientations and the drawing itself: tests/e2e/print.spec.ts.
  await snapshot(page, 'story-print.png', { fullPage: true });
});

test('presentation mode: only story and network, labels ≥ 24 px at 1920×1080, Escape leaves', async ({
  openApp,
}) => {
  const page = await openApp('lang=en', { viewport: { width: 1920, height: 1080 } });
  await page.locator('[data-action="present"]').click();
  await page.locator('html[data-presenting]').waitFor({ state: 'attached' });
  await waitForStep(page, 1);
  await expect(page.locator('.app-header'), 'header hidden').toBeHidden();
  await expect(page.locator('[data-filter-id]').first(), 'filters hidden').toBeHidden();
  await expect(page.locator('[data-story-step]'), 'story shown').toBeVisible();
  for (let n = 1; n <= last; n++) {
    await waitForStep(page, n);
    await pictureAtRest(page);
    const sizes = await page
      .locator('[data-node-id] .node-label')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            parseFloat(getComputedStyle(e).fontSize) * ((e as SVGGraphicsElement).getScreenCTM()?.a ?? 0),
        ),
      );
    const smallest = Math.min(...sizes);
    expect(smallest, `step ${n}: labels ≥ 24 px on screen`).toBeGreaterThanOrEqual(24);
    expect(overlappingPairs(await labelBoxes(page)), `step ${n}: overlapping labels`).toEqual([]);
    if (n === 5) await snapshot(page, 'story-present-1920.png');
    await page.keyboard.press('ArrowRight');
  }
  // The pointer hides when idle.
  const idle = page.locator('html[data-pointer-idle]');
  await page.mouse.move(600, 500);
  await expect(idle, 'pointer shown after moving').toHaveCount(0);
  await expect(idle, 'pointer hidden when idle').toHaveCount(1);
  await page.locator('[data-action="contrast"]').click();
  await expect(page.locator('html[data-contrast="high"]'), 'high contrast').toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.locator('html:not([data-presenting])').waitFor({ state: 'attached' });
  await expect(page.locator('.app-header'), 'header back').toBeVisible();
  expect(page.url(), 'present left the URL').not.toContain('present=');
  expect(page.errors, 'page errors').toEqual([]);
});

test('present=1 in a sandboxed iframe falls back to a full-window layout', async ({ newPage, origins }) => {
  const page = await newPage({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${origins.other}/fixtures/`);
  await page.setContent(
    `<iframe sandbox="allow-scripts allow-same-origin" src="${origins.app}/?present=1&lang=en" style="width:900px;height:600px;border:0"></iframe>`,
  );
  const frame = page.locator('iframe').contentFrame();
  await frame.locator('html[data-fullscreen="fallback"]').waitFor({ state: 'attached', timeout: 10_000 });
  await frame.locator('[data-story-step="1"]').waitFor();
  const box = must(await frame.locator('.app').boundingBox(), 'app box');
  expect(box.width, 'fills the frame (width)').toBeGreaterThanOrEqual(890);
  expect(box.height, 'fills the frame (height)').toBeGreaterThanOrEqual(590);
  await expect(frame.locator('.app-header'), 'chrome hidden').toBeHidden();
});

test('present=1&step=3 opens the presentation at step 3 with projector-sized labels', async ({ openApp }) => {
  const page = await openApp('present=1&step=3', { viewport: { width: 1920, height: 1080 } });
  await page.locator('html[data-presenting][data-fullscreen]').waitFor({ state: 'attached' });
  await waitForStep(page, 3);
  await pictureAtRest(page);
  const heights = await page
    .locator('[data-node-id] .node-label')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(Math.min(...heights), 'labels ≥ 24 px').toBeGreaterThanOrEqual(24);
  expect(page.url(), 'URL keeps present=1').toContain('present=1');
  expect(page.url(), 'URL keeps step=3').toContain('step=3');
});
