// The wider alliance network (issue #12): a background layer, off by default, switched on by
// `layers=wider` or the visible switch; `until=YYYY` and the year slider show the network as it
// stood at the end of a year; the article's nodes keep their places; the second story.
import { assert, assertEqual, openApp, test } from './harness.mjs';

const countries = (page) =>
  page.$$eval('[data-node-kind="country"]', (els) => els.map((e) => e.getAttribute('data-node-id')));
const drawnRelations = (page) => page.locator('[data-edge-id]').count();
/** Where each node sits in the drawing (its translate) and on screen (its centre). */
const placesOf = (page, ids) =>
  page.$$eval(
    '[data-node-id]',
    (els, wanted) =>
      Object.fromEntries(
        els
          .filter((e) => wanted.includes(e.getAttribute('data-node-id')))
          .map((e) => {
            const r = e.querySelector('.node-symbol').getBoundingClientRect();
            return [
              e.getAttribute('data-node-id'),
              {
                t: e.getAttribute('transform'),
                x: Math.round(r.x + r.width / 2),
                y: Math.round(r.y + r.height / 2),
              },
            ];
          }),
      ),
    ids,
  );

test('the default view draws no node of the layer; the switch is there, off', async (ctx) => {
  const page = await openApp(ctx, 'lang=de');
  assertEqual(await page.locator('[data-node-id][data-layer]').count(), 0, 'no layer node');
  for (const id of ['kr', 'ph', 'au', 'nz', 'th', 'in', 'gb', 'quad', 'aukus'])
    assertEqual(await page.locator(`[data-node-id="${id}"]`).count(), 0, `${id} not drawn`);
  assertEqual((await countries(page)).toSorted().join(','), 'cn,jp,kp,ru,us', 'the article countries');
  const toggle = page.locator('[data-layer-toggle="wider"]');
  assertEqual((await toggle.textContent()).trim(), 'Weiteres Bündnisnetz', 'switch label (de)');
  assertEqual(await toggle.locator('input').isChecked(), false, 'switch off');
  assertEqual(await page.locator('[data-year-slider]').count(), 0, 'no year slider without the layer');
  await page.locator('[data-lang="en"]').click();
  await page.waitForFunction(() =>
    document.querySelector('[data-layer-toggle="wider"]')?.textContent?.includes('Wider alliance network'),
  );
});

test('layers=wider draws at least six more countries, South Korea, the Philippines and Australia among them', async (ctx) => {
  const before = await countries(await openApp(ctx, 'lang=en'));
  const page = await openApp(ctx, 'lang=en&layers=wider');
  const after = await countries(page);
  const added = after.filter((id) => !before.includes(id));
  assert(added.length >= 6, `added countries: ${added}`);
  for (const id of ['kr', 'ph', 'au']) assert(added.includes(id), `${id} drawn (${added})`);
  assert(await page.locator('[data-layer-toggle="wider"] input').isChecked(), 'switch on');
  assert((await page.locator('[data-node-id="kr"][data-layer="wider"]').count()) === 1, 'kr marked as layer');
  assert((await page.locator('[data-edge-kind="partnership"]').count()) > 0, 'partnerships drawn');
  assert((await page.locator('[data-legend-layer="wider"]').count()) === 1, 'the legend explains the layer');
});

test('until=1955 draws South Korea and the Philippines and fewer relations than until=2024', async (ctx) => {
  const early = await openApp(ctx, 'lang=en&layers=wider&until=1955');
  const earlyCountries = await countries(early);
  for (const id of ['kr', 'ph']) assert(earlyCountries.includes(id), `${id} by 1955 (${earlyCountries})`);
  assertEqual(
    await early.locator('[data-node-id="tokyo-2plus2-2024"]').count(),
    0,
    'no 2024 meeting in 1955',
  );
  assertEqual(await early.locator('[data-year-slider] input').inputValue(), '1955', 'slider at 1955');
  const earlyRelations = await drawnRelations(early);
  const late = await openApp(ctx, 'lang=en&layers=wider&until=2024');
  const lateRelations = await drawnRelations(late);
  assert(earlyRelations > 0 && earlyRelations < lateRelations, `${earlyRelations} < ${lateRelations}`);
});

test('switching the layer on adds its nodes around the article without moving the article nodes', async (ctx) => {
  const page = await openApp(ctx, 'lang=de');
  const article = await page.$$eval('[data-node-id]', (els) =>
    els.map((e) => e.getAttribute('data-node-id')),
  );
  const before = await placesOf(page, article);
  await page.locator('[data-layer-toggle="wider"]').click();
  await page.waitForSelector('[data-node-id="kr"]');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('layers') === 'wider');
  const after = await placesOf(page, article);
  for (const id of article) {
    assertEqual(after[id]?.t, before[id].t, `${id} keeps its place in the drawing`);
    assertEqual(
      `${after[id]?.x},${after[id]?.y}`,
      `${before[id].x},${before[id].y}`,
      `${id} stays on screen`,
    );
  }
  // Switching it off again: the article alone, as before.
  await page.locator('[data-layer-toggle="wider"]').click();
  await page.waitForFunction(() => !document.querySelector('[data-node-id="kr"]'));
  assertEqual(await page.locator('[data-node-id][data-layer]').count(), 0, 'layer gone');
  assert(!page.url().includes('layers='), `URL without layers (${page.url()})`);
});

test('the year slider and its play button move through the years; the URL follows', async (ctx) => {
  const page = await openApp(ctx, 'lang=en&layers=wider');
  const slider = page.locator('[data-year-slider] input[type="range"]');
  assertEqual(await slider.getAttribute('min'), '1951', 'from 1951');
  assertEqual(await slider.getAttribute('max'), '2024', 'to 2024');
  await slider.fill('1953');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('until') === '1953');
  assertEqual(await page.locator('[data-node-id="kr"]').count(), 1, 'South Korea in 1953');
  assertEqual(await page.locator('[data-node-id="th"]').count(), 0, 'no Thailand before 1954');
  const relations1953 = await drawnRelations(page);
  await page.locator('[data-action="play-years"]').click();
  await page.waitForFunction(() => Number(new URLSearchParams(location.search).get('until')) >= 1955, null, {
    timeout: 10000,
  });
  assertEqual(await page.locator('[data-node-id="th"]').count(), 1, 'Thailand joins while it plays');
  assert((await drawnRelations(page)) > relations1953, 'more relations later');
  await page.locator('[data-action="play-years"]').click();
  assertEqual(
    await page.locator('[data-action="play-years"]').getAttribute('aria-pressed'),
    'false',
    'paused',
  );
});

test('Share and Embed keep the layer and the year', async (ctx) => {
  const page = await openApp(ctx, 'lang=en&layers=wider&until=1960', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.locator('[data-action="share"]').click();
  await page.locator('[data-share-result="copied"]').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert(copied.includes('layers=wider') && copied.includes('until=1960'), copied);
  await page.locator('[data-action="embed"]').click();
  const iframe = await page.locator('[data-embed-snippet="iframe"]').inputValue();
  assert(
    iframe.includes('layers=wider') && iframe.includes('until=1960') && iframe.includes('embed=1'),
    iframe,
  );
  await page.keyboard.press('Escape');
  const embedded = await openApp(ctx, 'embed=1&layers=wider');
  assertEqual(await embedded.locator('[data-node-id="kr"]').count(), 1, 'the embed draws the layer');
});

test('the second story, "The network of alliances", can be chosen and walks through the layer', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  const button = page.locator('[data-action="open-story"][data-story-id="network"]');
  assertEqual((await button.textContent()).trim(), 'The network of alliances', 'button label');
  await button.click();
  await page.waitForSelector('[data-story-id="network"][data-story-step="1"]');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('story') === 'network');
  for (const id of ['kr', 'ph', 'au', 'th'])
    assertEqual(await page.locator(`[data-node-id="${id}"]`).count(), 1, id);
  const steps = await page.locator('[data-story-goto]').count();
  assert(steps >= 5 && steps <= 7, `${steps} steps`);
  await page.keyboard.press('End');
  await page.waitForSelector(`[data-story-id="network"][data-story-step="${steps}"]`);
  assertEqual(await page.locator('[data-node-id="tscf-2024"]').count(), 1, 'the last step shows the TSCF');
  await page.locator('[data-action="story-exit"]').click();
  assertEqual(await page.locator('[data-node-id][data-layer]').count(), 0, 'back to the default view');
  // A link opens it directly; the main story stays the default of step=.
  const linked = await openApp(ctx, 'lang=de&story=network&step=2');
  await linked.waitForSelector('[data-story-id="network"][data-story-step="2"]');
  const main = await openApp(ctx, 'lang=de&step=2');
  await main.waitForSelector('[data-story-step="2"]');
  assertEqual(
    await main.locator('.story-panel[data-story-id]').count(),
    0,
    'step= alone opens the main story',
  );
});
