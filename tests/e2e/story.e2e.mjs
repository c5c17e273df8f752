// Classroom: the guided story, presentation mode, export and print.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assert, assertEqual, labelBoxes, openApp, overlappingPairs, test } from './harness.mjs';

const dataset = JSON.parse(
  readFileSync(new URL('../../data/alliance-network.json', import.meta.url), 'utf8'),
);
// What the default view draws: the article, without the optional layer (`layers=` is off).
const article = {
  nodes: dataset.nodes.filter((n) => !n.layer),
  edges: dataset.edges.filter((e) => !e.layer),
};
const story = dataset.story;
const last = story.length;

const storyStep = (page) => page.locator('[data-story-step]').getAttribute('data-story-step');
const waitForStep = (page, n) => page.waitForSelector(`[data-story-step="${n}"]`, { timeout: 5000 });
const highlighted = (page) =>
  page.$$eval('[data-node-id].is-highlight, [data-edge-id].is-highlight', (els) =>
    els
      .map((e) => e.dataset.nodeId ?? e.dataset.edgeId)
      .toSorted()
      .join(','),
  );
const drawnNodes = (page) =>
  page.$$eval('[data-node-id]', (els) =>
    els
      .map((e) => e.dataset.nodeId)
      .toSorted()
      .join(','),
  );

test('step=1 opens the first step of the story', async (ctx) => {
  const page = await openApp(ctx, 'step=1&lang=en');
  await waitForStep(page, 1);
  const panel = page.locator('[data-story-step]');
  const text = await panel.innerText();
  assert(text.includes(story[0].title.en), 'step 1 title shown');
  assert(text.includes(story[0].text.en), 'step 1 text shown');
  assertEqual(await page.locator('[data-story-counter]').innerText(), `1 / ${last}`, 'indicator');
  // Only what step 1 brings in is drawn, and it is highlighted.
  assertEqual(await drawnNodes(page), ['jp', 'us'].join(','), 'nodes of step 1');
  assertEqual(await highlighted(page), ['jp', 'us', 'us-jp-alliance'].toSorted().join(','), 'highlight');
  assertEqual(page.errors.length, 0, 'page errors');
});

test('clicker keys step through the story and the highlight follows', async (ctx) => {
  const page = await openApp(ctx, 'step=1&lang=en');
  await waitForStep(page, 1);
  const seen = [await highlighted(page)];
  for (const [key, expected] of [
    ['ArrowRight', 2],
    ['PageDown', 3],
    ['Space', 4],
  ]) {
    await page.keyboard.press(key);
    await waitForStep(page, expected);
    const now = await highlighted(page);
    assert(!seen.includes(now), `${key}: the highlighted set changes (${now})`);
    seen.push(now);
    assertEqual(await page.locator('[data-story-counter]').innerText(), `${expected} / ${last}`, key);
    assert(page.url().includes(`step=${expected}`), `URL follows (${page.url()})`);
  }
  // Nodes brought in by earlier steps stay, dimmed.
  assertEqual(await page.locator('[data-node-id="blinken"].is-dim').count(), 1, 'step 2 node dimmed at 4');
  await page.keyboard.press('ArrowLeft');
  await waitForStep(page, 3);
  await page.keyboard.press('PageUp');
  await waitForStep(page, 2);
  await page.keyboard.press('End');
  await waitForStep(page, last);
  assertEqual(await page.locator('[data-action="story-next"]').isDisabled(), true, 'no next at the end');
  await page.keyboard.press('ArrowRight');
  assertEqual(await storyStep(page), String(last), 'stays on the last step');
  assertEqual(
    await drawnNodes(page),
    article.nodes
      .map((n) => n.id)
      .toSorted()
      .join(','),
    'all in',
  );
  await page.keyboard.press('Home');
  await waitForStep(page, 1);
  // The indicator jumps.
  await page.locator('[data-story-goto="7"]').click();
  await waitForStep(page, 7);
  assert((await highlighted(page)).includes('cn-risk-to-region'), 'step 7 highlights the risks');
});

test('the story button starts it; exploring freely gives back filters and selection', async (ctx) => {
  const page = await openApp(ctx, 'lang=en&hide=threats&select=blinken');
  await page.locator('.detail-panel').waitFor();
  await page.locator('[data-action="story"]').click();
  await waitForStep(page, 1);
  assertEqual(await page.locator('.detail-panel').count(), 0, 'details put aside');
  await page.keyboard.press('End');
  await waitForStep(page, last);
  assert((await page.locator('[data-edge-kind="threat"]').count()) > 0, 'the story shows its threats');
  await page.locator('[data-action="story-exit"]').click();
  assertEqual(await page.locator('[data-story-step]').count(), 0, 'story closed');
  assertEqual(await page.locator('[data-edge-kind="threat"]').count(), 0, 'threats filter still applies');
  assertEqual(await page.locator('[data-filter-id="threats"] input').isChecked(), false, 'filter toggle');
  assertEqual(
    await page.locator('.detail-panel').getAttribute('data-detail-for'),
    'node:blinken',
    'selection back',
  );
  assert(!page.url().includes('step='), 'step left the URL');
});

test('the camera eases between steps, and jumps under reduced motion', async (ctx) => {
  const transformAfterStep = async (page) => {
    await page.keyboard.press('ArrowRight');
    const early = await page.locator('g.viewport').getAttribute('transform');
    await page.waitForTimeout(1600);
    return [early, await page.locator('g.viewport').getAttribute('transform')];
  };
  const moving = await openApp(ctx, 'step=2');
  await waitForStep(moving, 2);
  await moving.waitForTimeout(1500);
  const [a0, a1] = await transformAfterStep(moving);
  assert(a0 !== a1, `animated: the camera is still moving right after the key (${a0} → ${a1})`);
  const still = await openApp(ctx, 'step=2', { reducedMotion: 'reduce' });
  await waitForStep(still, 2);
  const [b0, b1] = await transformAfterStep(still);
  assertEqual(b0, b1, 'reduced motion: the camera is already there');
  assertEqual(b1, a1, 'both end at the same view');
});

async function downloadFrom(page, action) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15000 }),
    page.locator(`[data-action="${action}"]`).click(),
  ]);
  const path = join((await import('node:os')).tmpdir(), `an-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

test('exports the view as a PNG at twice its size', async (ctx) => {
  const page = await openApp(ctx, 'lang=en&hide=threats');
  const view = await page.locator('svg.network-svg').boundingBox();
  const { name, bytes, path } = await downloadFrom(page, 'export-png');
  assertEqual(name, 'alliance-network-us-japan-threats-hidden.png', 'file name says what it shows');
  assertEqual(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'PNG signature');
  assert(statSync(path).size > 10 * 1024, `size > 10 kB (${statSync(path).size})`);
  assertEqual(bytes.readUInt32BE(16), Math.round(view.width) * 2, 'PNG width is 2× the view');
  assertEqual(bytes.readUInt32BE(20), Math.round(view.height) * 2, 'PNG height is 2× the view');
  // A dark theme gives a dark background: look at a corner pixel.
  const dark = await openApp(ctx, 'lang=en&theme=dark');
  const png = await downloadFrom(dark, 'export-png');
  const corner = await dark.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    return [...g.getImageData(2, img.height / 2, 1, 1).data];
  }, png.bytes.toString('base64'));
  assert(corner[0] < 60 && corner[1] < 60 && corner[2] < 60, `dark background (${corner})`);
  await dark.locator('body').evaluate(() => {});
});

test('exports a self-contained SVG with every visible label, title, legend and source', async (ctx) => {
  const page = await openApp(ctx, 'lang=de&step=4');
  await waitForStep(page, 4);
  await page.waitForTimeout(800);
  const labels = await page.$$eval('[data-node-id] .node-label', (els) => els.map((e) => e.textContent));
  const { name, bytes } = await downloadFrom(page, 'export-svg');
  assertEqual(name, 'alliance-network-buendnis-usa-japan-step-4-headquarters.svg', 'file name');
  const text = bytes.toString('utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      scripts: doc.querySelectorAll('script, foreignObject').length,
      classesStyled: doc.querySelectorAll('[style*="stroke"]').length,
    };
  }, text);
  assertEqual(parsed.error, null, 'parses');
  assertEqual(parsed.root, 'svg', 'root element');
  assertEqual(parsed.scripts, 0, 'no script or foreignObject');
  assert(parsed.classesStyled > 10, 'styles are inlined');
  for (const label of labels) assert(parsed.texts.includes(label), `label "${label}" in the SVG`);
  assert(parsed.texts.includes(dataset.meta.title.de), 'title drawn in');
  assert(
    parsed.texts.some((t) => t.includes(story[2].title.de)),
    'story step drawn in',
  );
  assert(
    parsed.texts.some((t) => t.includes('Quelle: NAG')),
    'source credit drawn in',
  );
  assert(parsed.texts.includes('Land'), 'legend drawn in');
  assert(!/https?:\/\/(?!www\.w3\.org)/.test(text.replace(/n-ag\.de/g, '')), 'no external references');
});

test('print shows the relations with their evidence on one landscape page', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  const list = page.locator('[data-print-relations]');
  assertEqual(await list.isVisible(), false, 'not on screen');
  await page.emulateMedia({ media: 'print' });
  await list.waitFor({ state: 'visible' });
  assertEqual(await list.locator('li').count(), article.edges.length, 'every relation listed');
  const first = article.edges[0];
  const quote = first.evidence.find((e) => e.type === 'article');
  assert((await list.innerText()).includes(quote.translation), 'evidence listed');
  assertEqual(await page.locator('[data-filter-id]').first().isVisible(), false, 'no filters on paper');
  assert(await page.locator('.legend').isVisible(), 'legend on paper');
  assert(await page.locator('.credit').isVisible(), 'source on paper');
  assert(await page.locator('svg.network-svg [data-node-id="jp"]').isVisible(), 'network on paper');
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, landscape: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assertEqual(pages, 1, `${format}: one page`);
  }
  await page.screenshot({ path: join(ctx.artifacts, 'story-print.png'), fullPage: true });
});

test('presentation mode: only story and network, labels ≥ 24 px at 1920×1080, Escape leaves', async (ctx) => {
  const page = await openApp(ctx, 'lang=en', { viewport: { width: 1920, height: 1080 } });
  await page.locator('[data-action="present"]').click();
  await page.waitForSelector('html[data-presenting]', { state: 'attached' });
  await waitForStep(page, 1);
  assertEqual(await page.locator('.app-header').isVisible(), false, 'header hidden');
  assertEqual(await page.locator('[data-filter-id]').first().isVisible(), false, 'filters hidden');
  assert(await page.locator('[data-story-step]').isVisible(), 'story shown');
  for (let n = 1; n <= last; n++) {
    await waitForStep(page, n);
    await page.waitForTimeout(1300);
    const sizes = await page.$$eval('[data-node-id] .node-label', (els) =>
      els.map((e) => parseFloat(getComputedStyle(e).fontSize) * e.getScreenCTM().a),
    );
    const smallest = Math.min(...sizes);
    assert(smallest >= 24, `step ${n}: labels ≥ 24 px on screen (smallest ${smallest.toFixed(1)})`);
    assertEqual(overlappingPairs(await labelBoxes(page)).join(', '), '', `step ${n}: overlapping labels`);
    if (n === 5) await page.screenshot({ path: join(ctx.artifacts, 'story-present-1920.png') });
    await page.keyboard.press('ArrowRight');
  }
  // The pointer hides when idle.
  await page.mouse.move(600, 500);
  assertEqual(await page.locator('html[data-pointer-idle]').count(), 0, 'pointer shown after moving');
  await page.waitForTimeout(2800);
  assertEqual(await page.locator('html[data-pointer-idle]').count(), 1, 'pointer hidden when idle');
  await page.locator('[data-action="contrast"]').click();
  assertEqual(await page.locator('html[data-contrast="high"]').count(), 1, 'high contrast');
  await page.keyboard.press('Escape');
  await page.waitForSelector('html:not([data-presenting])', { state: 'attached' });
  assert(await page.locator('.app-header').isVisible(), 'header back');
  assert(!page.url().includes('present='), 'present left the URL');
  assertEqual(page.errors.length, 0, 'page errors');
});

test('present=1 in a sandboxed iframe falls back to a full-window layout', async (ctx) => {
  const page = await ctx.newPage({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${ctx.otherOrigin}/fixtures/`).catch(() => {});
  await page.setContent(
    `<iframe sandbox="allow-scripts allow-same-origin" src="${ctx.origin}/?present=1&lang=en" style="width:900px;height:600px;border:0"></iframe>`,
  );
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.waitForSelector('html[data-fullscreen="fallback"]', { state: 'attached', timeout: 10000 });
  await frame.waitForSelector('[data-story-step="1"]');
  const box = await frame.locator('.app').boundingBox();
  assert(box.width >= 890 && box.height >= 590, `fills the frame (${box.width}×${box.height})`);
  assertEqual(await frame.locator('.app-header').isVisible(), false, 'chrome hidden');
});

test('present=1&step=3 opens the presentation at step 3 with projector-sized labels', async (ctx) => {
  const page = await openApp(ctx, 'present=1&step=3', { viewport: { width: 1920, height: 1080 } });
  await page.waitForSelector('html[data-presenting][data-fullscreen]', { state: 'attached' });
  await waitForStep(page, 3);
  await page.waitForTimeout(1200);
  const heights = await page.$$eval('[data-node-id] .node-label', (els) =>
    els.map((e) => e.getBoundingClientRect().height),
  );
  assert(Math.min(...heights) >= 24, `labels ≥ 24 px (${Math.min(...heights)})`);
  assert(page.url().includes('present=1') && page.url().includes('step=3'), 'URL keeps both');
});
