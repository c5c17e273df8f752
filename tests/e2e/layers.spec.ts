// The wider alliance network (issue #12): a background layer, off by default, switched on by
// `layers=wider` or the visible switch; `until=YYYY` and the year slider show the network as it
// stood at the end of a year; the article's nodes keep their places; the second story.
import type { Page } from '@playwright/test';
import { expect, pictureAtRest, test } from './helpers';

const countries = (page: Page) =>
  page
    .locator('[data-node-kind="country"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id') ?? ''));
const relations = (page: Page) => page.locator('[data-edge-id]');
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** Where each node sits in the drawing (its translate) and on screen (its centre). */
function placesOf(page: Page, ids: string[]) {
  return page.locator('[data-node-id]').evaluateAll(
    (els, wanted) =>
      Object.fromEntries(
        els
          .filter((e) => wanted.includes(e.getAttribute('data-node-id') ?? ''))
          .map((e) => {
            const r = (e.querySelector('.node-symbol') ?? e).getBoundingClientRect();
            return [
              e.getAttribute('data-node-id') ?? '',
              `${e.getAttribute('transform')} @ ${Math.round(r.x + r.width / 2)},${Math.round(r.y + r.height / 2)}`,
            ];
          }),
      ),
    ids,
  );
}

test('the default view draws no node of the layer; the switch is there, off', async ({ openApp }) => {
  const page = await openApp('lang=de');
  await expect(page.locator('[data-node-id][data-layer]'), 'no layer node').toHaveCount(0);
  for (const id of ['kr', 'ph', 'au', 'nz', 'th', 'in', 'gb', 'quad', 'aukus'])
    await expect(page.locator(`[data-node-id="${id}"]`), `${id} not drawn`).toHaveCount(0);
  expect((await countries(page)).toSorted(), 'the article countries').toEqual(['cn', 'jp', 'kp', 'ru', 'us']);
  const toggle = page.locator('[data-layer-toggle="wider"]');
  await expect(toggle, 'switch label (de)').toHaveText('Weiteres Bündnisnetz');
  await expect(toggle.locator('input'), 'switch off').not.toBeChecked();
  await expect(page.locator('[data-year-slider]'), 'no year slider without the layer').toHaveCount(0);
  await page.locator('[data-lang="en"]').click();
  await expect(toggle, 'switch label (en)').toHaveText('Wider alliance network');
});

test('layers=wider draws at least six more countries, kr, ph and au among them', async ({ openApp }) => {
  const before = await countries(await openApp('lang=en'));
  const page = await openApp('lang=en&layers=wider');
  const added = (await countries(page)).filter((id) => !before.includes(id));
  expect(added.length, `added countries: ${added}`).toBeGreaterThanOrEqual(6);
  expect(added).toEqual(expect.arrayContaining(['kr', 'ph', 'au']));
  await expect(page.locator('[data-layer-toggle="wider"] input'), 'switch on').toBeChecked();
  await expect(page.locator('[data-node-id="kr"][data-layer="wider"]'), 'kr marked').toHaveCount(1);
  await expect(page.locator('[data-edge-kind="partnership"]').first(), 'partnerships drawn').toBeAttached();
  await expect(page.locator('[data-legend-layer="wider"]'), 'the legend explains the layer').toHaveCount(1);
});

test('until=1955 draws kr and ph and fewer relations than until=2024', async ({ openApp }) => {
  const early = await openApp('lang=en&layers=wider&until=1955');
  expect(await countries(early)).toEqual(expect.arrayContaining(['kr', 'ph']));
  await expect(early.locator('[data-node-id="tokyo-2plus2-2024"]'), 'no 2024 meeting in 1955').toHaveCount(0);
  await expect(early.locator('[data-year-slider] input'), 'slider at 1955').toHaveValue('1955');
  const earlyRelations = await relations(early).count();
  const late = await openApp('lang=en&layers=wider&until=2024');
  const lateRelations = await relations(late).count();
  expect(earlyRelations).toBeGreaterThan(0);
  expect(earlyRelations, 'fewer relations in 1955').toBeLessThan(lateRelations);
});

test('switching the layer on adds its nodes around the article without moving the article nodes', async ({
  openApp,
}) => {
  const page = await openApp('lang=de');
  await pictureAtRest(page);
  const article = await page
    .locator('[data-node-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id') ?? ''));
  const before = await placesOf(page, article);
  await page.locator('[data-layer-toggle="wider"]').click();
  await expect(page.locator('[data-node-id="kr"]')).toHaveCount(1);
  await expect.poll(() => param(page, 'layers'), 'URL').toBe('wider');
  await pictureAtRest(page);
  expect(await placesOf(page, article), 'same place in the drawing and on screen').toEqual(before);
  // Switching it off again: the article alone, as before.
  await page.locator('[data-layer-toggle="wider"]').click();
  await expect(page.locator('[data-node-id][data-layer]'), 'layer gone').toHaveCount(0);
  await expect.poll(() => param(page, 'layers'), 'URL without layers').toBeNull();
  expect(await placesOf(page, article)).toEqual(before);
});

test('the year slider and its play button move through the years; the URL follows', async ({ openApp }) => {
  const page = await openApp('lang=en&layers=wider');
  const slider = page.locator('[data-year-slider] input[type="range"]');
  await expect(slider).toHaveAttribute('min', '1951');
  await expect(slider).toHaveAttribute('max', '2024');
  await slider.fill('1953');
  await expect.poll(() => param(page, 'until')).toBe('1953');
  await expect(page.locator('[data-node-id="kr"]'), 'South Korea in 1953').toHaveCount(1);
  await expect(page.locator('[data-node-id="th"]'), 'no Thailand before 1954').toHaveCount(0);
  const in1953 = await relations(page).count();
  const play = page.locator('[data-action="play-years"]');
  await play.click();
  await expect.poll(() => Number(param(page, 'until')), 'it plays').toBeGreaterThanOrEqual(1955);
  await expect(page.locator('[data-node-id="th"]'), 'Thailand joins while it plays').toHaveCount(1);
  expect(await relations(page).count(), 'more relations later').toBeGreaterThan(in1953);
  await play.click();
  await expect(play, 'paused').toHaveAttribute('aria-pressed', 'false');
});

test('Share and Embed keep the layer and the year', async ({ openApp }) => {
  const page = await openApp('lang=en&layers=wider&until=1960', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.locator('[data-action="share"]').click();
  await page.locator('[data-share-result="copied"]').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('layers=wider');
  expect(copied).toContain('until=1960');
  await page.locator('[data-action="embed"]').click();
  const iframe = await page.locator('[data-embed-snippet="iframe"]').inputValue();
  for (const part of ['layers=wider', 'until=1960', 'embed=1']) expect(iframe).toContain(part);
  await page.keyboard.press('Escape');
  const embedded = await openApp('embed=1&layers=wider');
  await expect(embedded.locator('[data-node-id="kr"]'), 'the embed draws the layer').toHaveCount(1);
});

test('the second story, "The network of alliances", can be chosen and walks through the layer', async ({
  openApp,
}) => {
  const page = await openApp('lang=en');
  const button = page.locator('[data-action="open-story"][data-story-id="network"]');
  await expect(button).toHaveText('The network of alliances');
  await button.click();
  await expect(page.locator('.story-panel[data-story-id="network"][data-story-step="1"]')).toBeVisible();
  await expect.poll(() => param(page, 'story')).toBe('network');
  for (const id of ['kr', 'ph', 'au', 'th'])
    await expect(page.locator(`[data-node-id="${id}"]`), id).toHaveCount(1);
  const steps = await page.locator('[data-story-goto]').count();
  expect(steps).toBeGreaterThanOrEqual(5);
  expect(steps).toBeLessThanOrEqual(7);
  await page.keyboard.press('End');
  await expect(
    page.locator(`.story-panel[data-story-id="network"][data-story-step="${steps}"]`),
  ).toBeVisible();
  await expect(page.locator('[data-node-id="tscf-2024"]'), 'the last step shows the TSCF').toHaveCount(1);
  await page.locator('[data-action="story-exit"]').click();
  await expect(page.locator('[data-node-id][data-layer]'), 'back to the default view').toHaveCount(0);
  // A link opens it directly; step= alone opens the main story.
  const linked = await openApp('lang=de&story=network&step=2');
  await expect(linked.locator('.story-panel[data-story-id="network"][data-story-step="2"]')).toBeVisible();
  const main = await openApp('lang=de&step=2');
  await expect(main.locator('.story-panel[data-story-step="2"]')).toBeVisible();
  await expect(main.locator('.story-panel[data-story-id]'), 'the main story').toHaveCount(0);
});
