// Accessibility in the browser: axe-core on the main views, the whole flow by
// keyboard only, languages, themes, reduced motion, 200 % text and 320 px reflow.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  animationFrames,
  articleEvidence,
  article,
  expect,
  must,
  pictureAtRest,
  snapshot,
  test,
} from './helpers';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: { target: string[]; failureSummary?: string }[];
}
type AxeWindow = Window & {
  axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
};

/** Runs axe-core in the page; returns the serious and critical violations as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as AxeWindow).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
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

async function expectNoSeriousViolations(page: Page, what: string) {
  expect(await seriousViolations(page), `axe violations in ${what}`).toEqual([]);
}

const relationRows = (page: Page) => page.locator('[data-relations-table] [data-relation-id]');
const focusedNodeId = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null,
  );
/** The focused node's symbol lies inside the network's box. */
const focusedNodeInView = (page: Page) =>
  page.evaluate(() => {
    const symbol = document.activeElement?.querySelector('.node-symbol');
    const network = document.querySelector('svg.network-svg');
    if (!symbol || !network) return false;
    const r = symbol.getBoundingClientRect();
    const s = network.getBoundingClientRect();
    return r.left >= s.left && r.right <= s.right && r.top >= s.top && r.bottom <= s.bottom;
  });
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('axe: default view, German and English', async ({ openApp }) => {
  for (const lang of ['de', 'en']) {
    const page = await openApp(`lang=${lang}`);
    await expectNoSeriousViolations(page, `default view (${lang})`);
  }
});

test('axe: dark theme', async ({ openApp }) => {
  const page = await openApp('theme=dark');
  expect(await bodyBackground(page), 'dark background').toBe('rgb(20, 20, 20)');
  await expectNoSeriousViolations(page, 'dark theme');
});

test('axe: dark theme from prefers-color-scheme', async ({ openApp }) => {
  const page = await openApp('', { colorScheme: 'dark' });
  expect(await bodyBackground(page), 'dark background from the system setting').toBe('rgb(20, 20, 20)');
  await expectNoSeriousViolations(page, 'dark theme (system)');
  const light = await openApp('theme=light', { colorScheme: 'dark' });
  expect(await bodyBackground(light), 'theme=light wins over the system setting').toBe('rgb(251, 250, 247)');
});

test('axe: relations view', async ({ openApp }) => {
  const page = await openApp('lang=en');
  await page.locator('[data-view="relations"]').click();
  await page.locator('[data-relations-view="shown"]').waitFor();
  await expect(relationRows(page), 'one row per relation').toHaveCount(article.edges.length);
  await snapshot(page, 'a11y-relations-view.png');
  await expectNoSeriousViolations(page, 'relations view');
});

test('axe: open detail panel', async ({ openApp }) => {
  const page = await openApp('select=jp');
  await page.locator('[data-detail-for="node:jp"]').waitFor();
  await expectNoSeriousViolations(page, 'detail panel');
  await page.locator('.detail-relations button').first().click();
  await page.locator('[data-detail-for^="edge:"]').waitFor();
  await expectNoSeriousViolations(page, 'relation detail panel');
});

test('keyboard only: into the network, arrows, details, threats filter, relations table shrinks', async ({
  openApp,
}) => {
  const page = await openApp('lang=en');
  // The skip link is the first tab stop.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent), 'first tab stop').toBe(
    'Skip to relations',
  );
  // Tab on until a node of the network has focus.
  let presses = 0;
  while (!(await focusedNodeId(page)) && presses < 40) {
    await page.keyboard.press('Tab');
    presses++;
  }
  const first = must(await focusedNodeId(page), 'Tab reaches the network');
  const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(label, 'node announced with kind and relations').toMatch(/^.+, .+, \d+ relations?$/);
  const ring = await page.evaluate(() => {
    const el = document.activeElement?.querySelector('.node-focus-ring');
    return el ? getComputedStyle(el).stroke : 'none';
  });
  expect(ring, 'visible focus ring').not.toBe('none');
  await expect(
    page.locator('[data-node-id][data-focused="true"]'),
    'the focused node is marked',
  ).toHaveAttribute('data-node-id', first);

  // Arrows move between nodes.
  const visited = new Set([first]);
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
    await page.keyboard.press(key);
    visited.add(must(await focusedNodeId(page), `focus in the network after ${key}`));
  }
  expect(visited.size, `arrows move through the network (${[...visited].join(', ')})`).toBeGreaterThanOrEqual(
    3,
  );
  const current = must(await focusedNodeId(page), 'focus stays in the network');

  // The focused node is inside the visible network.
  await expect.poll(() => focusedNodeInView(page), 'the focused node is in sight').toBe(true);

  // Enter opens the details, and focus stays on the node for further navigation.
  await page.keyboard.press('Enter');
  await page.locator(`[data-detail-for="node:${current}"]`).waitFor();
  expect(await focusedNodeId(page), 'focus stays on the node').toBe(current);
  await expect(page.locator('[data-live-announcer]'), 'selection announced').toHaveText(/^Selected:/);

  // Toggle the threats filter by keyboard: back with Shift+Tab, then Space.
  await expect(relationRows(page), 'all relations listed').toHaveCount(article.edges.length);
  presses = 0;
  while (
    !(await page.evaluate(() => !!document.activeElement?.closest('[data-filter-id="threats"]'))) &&
    presses < 40
  ) {
    await page.keyboard.press('Shift+Tab');
    presses++;
  }
  await page.keyboard.press('Space');
  await expect(
    page.locator('[data-filter-id="threats"] input'),
    'threats switched off by keyboard',
  ).not.toBeChecked();
  const threatGroup = new Set(['threat', 'poses', 'cooperation', 'responds-to']);
  const expected = article.edges.filter((e) => !threatGroup.has(e.kind)).length;
  await expect(relationRows(page), 'the relations table shrinks').toHaveCount(expected);
  await expect(
    page.locator('[data-relations-table] [data-relation-id="cn-risk-to-region"]'),
    'threat row gone',
  ).toHaveCount(0);
  await expect(page.locator('[data-live-announcer]'), 'filter change announced').toContainText(
    'Threats hidden',
  );
  const network = page.locator('svg.network-svg');
  await expect(network, 'summary: threats hidden').toHaveAttribute('aria-label', /Threats hidden/);
  await expect(network, 'summary: alliances shown').toHaveAttribute('aria-label', /Alliances shown/);

  // The relations view by keyboard: the switch, then the table's first details button.
  await page.locator('[data-view="relations"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-relations-view="shown"]').waitFor();
  await page.keyboard.press('Tab');
  const inTable = await page.evaluate(() => !!document.activeElement?.closest('[data-relations-table]'));
  expect(inTable, 'Tab goes from the switch into the table').toBe(true);
  await page.keyboard.press('Enter');
  await page.locator('[data-detail-for^="edge:"]').waitFor();
  await page.keyboard.press('Escape');
  await expect(page.locator('.detail-panel'), 'Escape closes the details').toHaveCount(0);
  expect(page.errors, 'page errors').toEqual([]);
});

test('keyboard: + and - zoom, 0 fits, Escape clears; the camera follows the focus', async ({ openApp }) => {
  const page = await openApp();
  const zoom = () => page.locator('svg.network-svg').getAttribute('data-zoom').then(Number);
  const viewport = page.locator('g.viewport');
  const fitted = must(await viewport.getAttribute('transform'), 'transform');
  await page.locator('[data-node-id]').first().focus();
  await page.keyboard.press('ArrowRight'); // keyboard focus from here on
  const z0 = await zoom();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(zoom, `+ zooms in (from ${z0})`).toBeGreaterThan(z0 * 2);
  const z1 = await zoom();
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
    await expect.poll(() => focusedNodeInView(page), `focused node in sight after ${key}`).toBe(true);
  }
  await snapshot(page, 'a11y-keyboard-focus.png');
  await page.keyboard.press('-');
  await expect.poll(zoom, '- zooms out').toBeLessThan(z1);
  await page.keyboard.press('0');
  await expect(viewport, '0 fits the view').toHaveAttribute('transform', fitted);
  await page.keyboard.press(' ');
  await page.locator('.detail-panel').waitFor();
  await page.keyboard.press('Escape');
  await expect(page.locator('.detail-panel'), 'Escape clears the selection').toHaveCount(0);
  expect(await focusedNodeId(page), 'focus is still in the network (no trap, no loss)').toBeTruthy();
});

test('the language switch keeps the view: filters, selection, zoom; <html lang> follows', async ({
  openApp,
}) => {
  const page = await openApp('lang=de');
  const html = page.locator('html');
  await expect(html, 'html lang de').toHaveAttribute('lang', 'de');
  await page.locator('[data-filter-id="context"] input').click();
  await page.locator('[data-node-id="jp"]').click();
  await page.locator('[data-action="zoom-in"]').click();
  const view = must(await page.locator('g.viewport').getAttribute('transform'), 'transform');
  const rows = await relationRows(page).count();
  const row = page.locator('[data-relation-id="us-jp-alliance"]');
  const germanRow = await row.innerText();
  await page.locator('[data-lang="en"]').click();
  await expect(html, 'html lang en').toHaveAttribute('lang', 'en');
  await expect(page.locator('g.viewport'), 'zoom and pan kept').toHaveAttribute('transform', view);
  await expect(page.locator('.detail-panel'), 'selection kept').toHaveAttribute('data-detail-for', 'node:jp');
  await expect(page.locator('[data-filter-id="context"] input'), 'filter kept').not.toBeChecked();
  await expect(relationRows(page), 'same relations').toHaveCount(rows);
  await expect(row, 'row translated').toContainText('United States');
  const englishRow = await row.innerText();
  expect(englishRow, 'row translated').not.toBe(germanRow);
  // The article quote stays German, with the translation beside it.
  const { quote, translation } = articleEvidence(article.edges.find((e) => e.id === 'us-jp-alliance'));
  expect(englishRow, 'quote').toContain(quote);
  expect(englishRow, 'translation').toContain(translation);
  await expect(page.locator('svg.network-svg'), 'summary in English').toHaveAttribute(
    'aria-label',
    /Context hidden/,
  );
  expect(page.errors, 'page errors').toEqual([]);
});

test('the browser language decides when lang= is absent', async ({ openApp }) => {
  const de = await openApp('', { locale: 'de-AT' });
  await expect(de.locator('html'), 'de-AT → German').toHaveAttribute('lang', 'de');
  await expect(de.locator('[data-skip-link]'), 'German UI').toHaveText('Zu den Beziehungen springen');
  const en = await openApp('', { locale: 'fr-FR' });
  await expect(en.locator('html'), 'fr-FR → English').toHaveAttribute('lang', 'en');
});

test('prefers-reduced-motion: no transitions, and a drag moves only the dragged node', async ({
  openApp,
}) => {
  const page = await openApp('', { reducedMotion: 'reduce' });
  const transition = await page
    .locator('[data-node-id="jp"]')
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(
    transition.split(',').every((d) => parseFloat(d) === 0),
    `no transition (${transition})`,
  ).toBe(true);
  const positions = () =>
    page
      .locator('[data-node-id]')
      .evaluateAll((els) =>
        Object.fromEntries(els.map((e) => [e.getAttribute('data-node-id'), e.getAttribute('transform')])),
      );
  const before = await positions();
  const ru = page.locator('[data-node-id="ru"]');
  const box = must(await ru.locator('.node-symbol').boundingBox(), 'node box');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx - 50, cy + 30, { steps: 6 });
  await page.mouse.up();
  await expect(ru, 'the dragged node moved').not.toHaveAttribute('transform', must(before.ru, 'ru'));
  // Give any other node a third of a second's worth of frames to move: none does.
  await animationFrames(page, 20);
  const after = await positions();
  const moved = Object.keys(before).filter((id) => before[id] !== after[id]);
  expect(moved, 'only the dragged node moved').toEqual(['ru']);
  await page.locator('[data-action="reset"]').click();
  expect((await positions()).ru, 'reset puts it back at once').toBe(before.ru);
});

for (const [name, width, height, fontSize] of [
  ['reflow at 320 CSS px (400 % zoom)', 320, 640, null],
  ['text at 200 %', 1280, 800, '200%'],
  ['text at 200 % on a phone', 375, 667, '200%'],
] as const) {
  test(`${name}: nothing is cut off or needs sideways scrolling`, async ({ openApp }) => {
    const page = await openApp('lang=de', { viewport: { width, height } });
    // Like a reader's browser setting; set through the CSSOM, which the CSP allows (inline <style> it does not).
    if (fontSize) {
      await page.evaluate(
        (size) => document.documentElement.style.setProperty('font-size', size, 'important'),
        fontSize,
      );
    }
    // The network follows its new size (refit, labels placed again) before the page is measured.
    await pictureAtRest(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(width);
    // Every text and control of the page lies within the page's width and is not clipped by its box.
    const problems = await page.evaluate((w) => {
      const out: string[] = [];
      const selector =
        'h1, .app-dek, .lang-switch button, .search-input, .filter-toggle, .legend-list li, .view-switch button, .zoom-controls button, .credit';
      for (const el of document.querySelectorAll(selector)) {
        const r = el.getBoundingClientRect();
        const text = (el.textContent ?? '').trim().slice(0, 20);
        if (r.width === 0 || r.height === 0) out.push(`${el.className || el.tagName}: not shown`);
        else if (r.left < -1 || r.right > w + 1) out.push(`${text}: outside (${r.left}–${r.right})`);
        if (el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'INPUT') out.push(`${text}: text cut off`);
      }
      return out;
    }, width);
    expect(problems, 'layout problems').toEqual([]);
    // The network is still usable: tall enough to read, the zoom buttons inside it.
    const net = must(await page.locator('.network').boundingBox(), 'network box');
    expect(net.height, 'network height').toBeGreaterThanOrEqual(200);
    expect(net.width, 'network width').toBeGreaterThanOrEqual(width * 0.5);
    // The relations view reflows too.
    await page.locator('[data-view="relations"]').click();
    const rowBox = must(await page.locator('[data-relation-id="us-jp-alliance"]').boundingBox(), 'row box');
    const viewBox = must(await page.locator('[data-relations-view]').boundingBox(), 'view box');
    expect(rowBox.x + rowBox.width, 'relation rows fit the view').toBeLessThanOrEqual(
      viewBox.x + viewBox.width + 1,
    );
    await snapshot(page, `a11y-${width}-${fontSize ?? '100%'}.png`, { fullPage: true });
  });
}

for (const [width, height] of [
  [1280, 800],
  [375, 667],
] as const) {
  test(`keyboard focus never hides under the detail panel at ${width}×${height}`, async ({ openApp }) => {
    const page = await openApp('lang=en', { viewport: { width, height } });
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
      const hidden = () =>
        page.evaluate(() => {
          const symbol = document.activeElement?.querySelector('.node-symbol');
          const panel = document.querySelector('.detail-panel');
          if (!symbol || !panel) return `no ${symbol ? 'panel' : 'focused node'}`;
          const r = symbol.getBoundingClientRect();
          const p = panel.getBoundingClientRect();
          return r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top;
        });
      await expect
        .poll(hidden, `focused node ${await focusedNodeId(page)} hidden under the panel after ${key}`)
        .toBe(false);
    }
  });
}
