// Accessibility in the browser: axe-core on the main views, the whole flow by
// keyboard only, languages, themes, reduced motion, 200 % text and 320 px reflow.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, assertEqual, openApp, test } from './harness.mjs';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const dataset = JSON.parse(
  readFileSync(new URL('../../data/alliance-network.json', import.meta.url), 'utf8'),
);
// What the default view draws: the article, without the optional layer (`layers=` is off).
const article = {
  nodes: dataset.nodes.filter((n) => !n.layer),
  edges: dataset.edges.filter((e) => !e.layer),
};

/** Runs axe-core in the page; returns the serious and critical violations as readable lines. */
async function seriousViolations(page) {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.nodes.join(' | ')}`);
}

async function expectNoSeriousViolations(page, what) {
  const found = await seriousViolations(page);
  assertEqual(found.join('\n'), '', `axe violations in ${what}`);
}

const relationRows = (page) => page.locator('[data-relations-table] [data-relation-id]').count();
const focusedNodeId = (page) =>
  page.evaluate(
    () => document.activeElement?.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null,
  );

test('axe: default view, German and English', async (ctx) => {
  for (const lang of ['de', 'en']) {
    const page = await openApp(ctx, `lang=${lang}`);
    await expectNoSeriousViolations(page, `default view (${lang})`);
  }
});

test('axe: dark theme', async (ctx) => {
  const page = await openApp(ctx, 'theme=dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assertEqual(bg, 'rgb(20, 20, 20)', 'dark background');
  await expectNoSeriousViolations(page, 'dark theme');
});

test('axe: dark theme from prefers-color-scheme', async (ctx) => {
  const page = await openApp(ctx, '', { colorScheme: 'dark' });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assertEqual(bg, 'rgb(20, 20, 20)', 'dark background from the system setting');
  await expectNoSeriousViolations(page, 'dark theme (system)');
  const light = await openApp(ctx, 'theme=light', { colorScheme: 'dark' });
  const lightBg = await light.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assertEqual(lightBg, 'rgb(251, 250, 247)', 'theme=light wins over the system setting');
});

test('axe: relations view', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  await page.locator('[data-view="relations"]').click();
  await page.locator('[data-relations-view="shown"]').waitFor();
  assertEqual(await relationRows(page), article.edges.length, 'one row per relation');
  await page.screenshot({ path: join(ctx.artifacts, 'a11y-relations-view.png') });
  await expectNoSeriousViolations(page, 'relations view');
});

test('axe: open detail panel', async (ctx) => {
  const page = await openApp(ctx, 'select=jp');
  await page.locator('[data-detail-for="node:jp"]').waitFor();
  await expectNoSeriousViolations(page, 'detail panel');
  await page.locator('.detail-relations button').first().click();
  await page.locator('[data-detail-for^="edge:"]').waitFor();
  await expectNoSeriousViolations(page, 'relation detail panel');
});

test('keyboard only: into the network, arrows, details, threats filter, relations table shrinks', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  // The skip link is the first tab stop.
  await page.keyboard.press('Tab');
  assertEqual(
    await page.evaluate(() => document.activeElement?.textContent),
    'Skip to relations',
    'first tab stop',
  );
  // Tab on until a node of the network has focus.
  let presses = 0;
  while (!(await focusedNodeId(page)) && presses < 40) {
    await page.keyboard.press('Tab');
    presses++;
  }
  const first = await focusedNodeId(page);
  assert(first, 'Tab reaches the network');
  const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert(/^.+, .+, \d+ relations?$/.test(label), `node announced with kind and relations: ${label}`);
  const ring = await page.evaluate(
    () => getComputedStyle(document.activeElement.querySelector('.node-focus-ring')).stroke,
  );
  assert(ring !== 'none', 'visible focus ring');
  assertEqual(
    await page.locator('[data-node-id][data-focused="true"]').getAttribute('data-node-id'),
    first,
    'the focused node is marked',
  );

  // Arrows move between nodes.
  const visited = new Set([first]);
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
    await page.keyboard.press(key);
    visited.add(await focusedNodeId(page));
  }
  assert(visited.size >= 3, `arrows move through the network (${[...visited].join(', ')})`);
  const current = await focusedNodeId(page);
  assert(current, 'focus stays in the network');

  // The focused node is inside the visible network.
  const inView = await page.evaluate(() => {
    const r = document.activeElement.querySelector('.node-symbol').getBoundingClientRect();
    const s = document.querySelector('svg.network-svg').getBoundingClientRect();
    return r.left >= s.left && r.right <= s.right && r.top >= s.top && r.bottom <= s.bottom;
  });
  assert(inView, 'the focused node is in sight');

  // Enter opens the details, and focus stays on the node for further navigation.
  await page.keyboard.press('Enter');
  await page.locator(`[data-detail-for="node:${current}"]`).waitFor();
  assertEqual(await focusedNodeId(page), current, 'focus stays on the node');
  await page.waitForFunction(
    () => document.querySelector('[data-live-announcer]')?.textContent.startsWith('Selected:'),
    null,
    { timeout: 2000 },
  );

  // Toggle the threats filter by keyboard: back with Shift+Tab, then Space.
  const rowsBefore = await relationRows(page);
  assertEqual(rowsBefore, article.edges.length, 'all relations listed');
  presses = 0;
  while (
    !(await page.evaluate(() => document.activeElement?.closest('[data-filter-id="threats"]'))) &&
    presses < 40
  ) {
    await page.keyboard.press('Shift+Tab');
    presses++;
  }
  await page.keyboard.press('Space');
  assert(
    !(await page.locator('[data-filter-id="threats"] input').isChecked()),
    'threats switched off by keyboard',
  );
  const threatGroup = new Set(['threat', 'poses', 'cooperation', 'responds-to']);
  const expected = article.edges.filter((e) => !threatGroup.has(e.kind)).length;
  assertEqual(await relationRows(page), expected, 'the relations table shrinks');
  assertEqual(
    await page.locator('[data-relations-table] [data-relation-id="cn-risk-to-region"]').count(),
    0,
    'threat row gone',
  );
  const announced = await page.locator('[data-live-announcer]').textContent();
  assert(announced.includes('Threats hidden'), `filter change announced: ${announced}`);
  const summary = await page.locator('svg.network-svg').getAttribute('aria-label');
  assert(summary.includes('Threats hidden') && summary.includes('Alliances shown'), `summary: ${summary}`);

  // The relations view by keyboard: the switch, then the table's first details button.
  await page.locator('[data-view="relations"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-relations-view="shown"]').waitFor();
  await page.keyboard.press('Tab');
  const inTable = await page.evaluate(() => !!document.activeElement?.closest('[data-relations-table]'));
  assert(inTable, 'Tab goes from the switch into the table');
  await page.keyboard.press('Enter');
  await page.locator('[data-detail-for^="edge:"]').waitFor();
  await page.keyboard.press('Escape');
  assertEqual(await page.locator('.detail-panel').count(), 0, 'Escape closes the details');
  assertEqual(page.errors.length, 0, 'page errors');
});

test('keyboard: + and - zoom, 0 fits, Escape clears; the camera follows the focus', async (ctx) => {
  const page = await openApp(ctx);
  const zoom = () => page.locator('svg.network-svg').getAttribute('data-zoom').then(Number);
  const transform = () => page.locator('g.viewport').getAttribute('transform');
  const fitted = await transform();
  await page.locator('[data-node-id]').first().focus();
  await page.keyboard.press('ArrowRight'); // keyboard focus from here on
  const z0 = await zoom();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  const z1 = await zoom();
  assert(z1 > z0 * 2, `+ zooms in (${z0} → ${z1})`);
  // Walk across the network: every focused node stays in sight.
  for (const key of [
    'ArrowLeft',
    'ArrowLeft',
    'ArrowLeft',
    'ArrowUp',
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
  ]) {
    await page.keyboard.press(key);
    const inView = await page.evaluate(() => {
      const r = document.activeElement.querySelector('.node-symbol').getBoundingClientRect();
      const s = document.querySelector('svg.network-svg').getBoundingClientRect();
      return r.left >= s.left && r.right <= s.right && r.top >= s.top && r.bottom <= s.bottom;
    });
    assert(inView, `focused node in sight after ${key}`);
  }
  await page.screenshot({ path: join(ctx.artifacts, 'a11y-keyboard-focus.png') });
  await page.keyboard.press('-');
  assert((await zoom()) < z1, '- zooms out');
  await page.keyboard.press('0');
  assertEqual(await transform(), fitted, '0 fits the view');
  await page.keyboard.press(' ');
  await page.locator('.detail-panel').waitFor();
  await page.keyboard.press('Escape');
  assertEqual(await page.locator('.detail-panel').count(), 0, 'Escape clears the selection');
  assert(await focusedNodeId(page), 'focus is still in the network (no trap, no loss)');
});

test('the language switch keeps the view: filters, selection, zoom; <html lang> follows', async (ctx) => {
  const page = await openApp(ctx, 'lang=de');
  assertEqual(await page.evaluate(() => document.documentElement.lang), 'de', 'html lang de');
  await page.locator('[data-filter-id="context"] input').click();
  await page.locator('[data-node-id="jp"]').click();
  await page.locator('[data-action="zoom-in"]').click();
  const view = await page.locator('g.viewport').getAttribute('transform');
  const rows = await relationRows(page);
  const germanRow = await page.locator('[data-relation-id="us-jp-alliance"]').innerText();
  await page.locator('[data-lang="en"]').click();
  assertEqual(await page.evaluate(() => document.documentElement.lang), 'en', 'html lang en');
  assertEqual(await page.locator('g.viewport').getAttribute('transform'), view, 'zoom and pan kept');
  assertEqual(
    await page.locator('.detail-panel').getAttribute('data-detail-for'),
    'node:jp',
    'selection kept',
  );
  assert(!(await page.locator('[data-filter-id="context"] input').isChecked()), 'filter kept');
  assertEqual(await relationRows(page), rows, 'same relations');
  const englishRow = await page.locator('[data-relation-id="us-jp-alliance"]').innerText();
  assert(englishRow !== germanRow && englishRow.includes('United States'), `row translated: ${englishRow}`);
  // The article quote stays German, with the translation beside it.
  const quote = article.edges
    .find((e) => e.id === 'us-jp-alliance')
    .evidence.find((e) => e.type === 'article');
  assert(englishRow.includes(quote.quote) && englishRow.includes(quote.translation), 'quote and translation');
  const summary = await page.locator('svg.network-svg').getAttribute('aria-label');
  assert(summary.includes('Context hidden'), `summary in English: ${summary}`);
  assertEqual(page.errors.length, 0, 'page errors');
});

test('the browser language decides when lang= is absent', async (ctx) => {
  const de = await openApp(ctx, '', { locale: 'de-AT' });
  assertEqual(await de.evaluate(() => document.documentElement.lang), 'de', 'de-AT → German');
  assertEqual(await de.locator('[data-skip-link]').textContent(), 'Zu den Beziehungen springen', 'German UI');
  const en = await openApp(ctx, '', { locale: 'fr-FR' });
  assertEqual(await en.evaluate(() => document.documentElement.lang), 'en', 'fr-FR → English');
});

test('prefers-reduced-motion: no transitions, and a drag moves only the dragged node', async (ctx) => {
  const page = await openApp(ctx, '', { reducedMotion: 'reduce' });
  const transition = await page.$eval('[data-node-id="jp"]', (el) => getComputedStyle(el).transitionDuration);
  assert(
    transition.split(',').every((d) => parseFloat(d) === 0),
    `no transition (${transition})`,
  );
  const positions = () =>
    page.$$eval('[data-node-id]', (els) =>
      Object.fromEntries(els.map((e) => [e.dataset.nodeId, e.getAttribute('transform')])),
    );
  const before = await positions();
  const box = await page.locator('[data-node-id="ru"] .node-symbol').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx - 50, cy + 30, { steps: 6 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  const after = await positions();
  const moved = Object.keys(before).filter((id) => before[id] !== after[id]);
  assertEqual(moved.join(','), 'ru', 'only the dragged node moved');
  await page.locator('[data-action="reset"]').click();
  assertEqual((await positions()).ru, before.ru, 'reset puts it back at once');
});

for (const [name, width, height, fontSize] of [
  ['reflow at 320 CSS px (400 % zoom)', 320, 640, null],
  ['text at 200 %', 1280, 800, '200%'],
  ['text at 200 % on a phone', 375, 667, '200%'],
]) {
  test(`${name}: nothing is cut off or needs sideways scrolling`, async (ctx) => {
    const page = await openApp(ctx, 'lang=de', { viewport: { width, height } });
    // Like a reader's browser setting; set through the CSSOM, which the CSP allows (inline <style> it does not).
    if (fontSize) {
      await page.evaluate(
        (size) => document.documentElement.style.setProperty('font-size', size, 'important'),
        fontSize,
      );
    }
    await page.waitForTimeout(200);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(scrollWidth <= width, `no horizontal scrolling (${scrollWidth} > ${width})`);
    // Every text and control of the page lies within the page's width and is not clipped by its box.
    const problems = await page.evaluate((w) => {
      const out = [];
      const selector =
        'h1, .app-dek, .lang-switch button, .search-input, .filter-toggle, .legend-list li, .view-switch button, .zoom-controls button, .credit';
      for (const el of document.querySelectorAll(selector)) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) out.push(`${el.className || el.tagName}: not shown`);
        else if (r.left < -1 || r.right > w + 1)
          out.push(`${el.textContent.trim().slice(0, 20)}: outside (${r.left}–${r.right})`);
        if (el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'INPUT')
          out.push(`${el.textContent.trim().slice(0, 20)}: text cut off`);
      }
      return out;
    }, width);
    assertEqual(problems.join('; '), '', 'layout problems');
    // The network is still usable: tall enough to read, the zoom buttons inside it.
    const net = await page.locator('.network').boundingBox();
    assert(net.height >= 200 && net.width >= width * 0.5, `network has room (${net.width}×${net.height})`);
    // The relations view reflows too.
    await page.locator('[data-view="relations"]').click();
    const rowBox = await page.locator('[data-relation-id="us-jp-alliance"]').boundingBox();
    const viewBox = await page.locator('[data-relations-view]').boundingBox();
    assert(rowBox.x + rowBox.width <= viewBox.x + viewBox.width + 1, 'relation rows fit the view');
    await page.screenshot({
      path: join(ctx.artifacts, `a11y-${width}-${fontSize ?? '100%'}.png`),
      fullPage: true,
    });
  });
}

for (const [width, height] of [
  [1280, 800],
  [375, 667],
]) {
  test(`keyboard focus never hides under the detail panel at ${width}×${height}`, async (ctx) => {
    const page = await openApp(ctx, 'lang=en', { viewport: { width, height } });
    await page.locator('[data-node-id]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.detail-panel').waitFor();
    const keys = [
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowDown',
      'ArrowDown',
      'ArrowLeft',
      'ArrowUp',
      'ArrowRight',
    ];
    for (const key of keys) {
      await page.keyboard.press(key);
      const hidden = await page.evaluate(() => {
        const r = document.activeElement.querySelector('.node-symbol').getBoundingClientRect();
        const p = document.querySelector('.detail-panel').getBoundingClientRect();
        return r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top;
      });
      assert(!hidden, `focused node ${await focusedNodeId(page)} hidden under the panel after ${key}`);
    }
  });
}
