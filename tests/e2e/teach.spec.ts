// Teaching with it (issue 15): keys that respect focus, focus that returns, a story a screen reader
// can follow, the relations table at a story step, presentation that explains itself, the handout.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, must, pictureAtRest, test } from './helpers';

interface Text {
  de: string;
  en: string;
}
interface Data {
  nodes: { id: string; label: Text }[];
  edges: { id: string; source: string; target: string; kind: string }[];
  story: { title: Text; text: Text; nodes: string[]; edges: string[]; question?: Text }[];
}
const data = JSON.parse(
  readFileSync(new URL('../../data/alliance-network.json', import.meta.url), 'utf8'),
) as Data;
const total = data.story.length;
const step = (n: number) => must(data.story[n - 1], `story step ${n}`);
const name = (id: string) =>
  must(
    data.nodes.find((n) => n.id === id),
    `node ${id}`,
  ).label.en;

/** The text of a PDF (pdftotext from poppler-utils). */
function pdfText(file: string): string {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return r.stdout;
}

const waitForStep = (page: Page, n: number) => page.locator(`[data-story-step="${n}"]`).waitFor();
const live = (page: Page) => page.locator('[data-live-announcer]');

test('during a story, Space and Enter press the focused button instead of stepping', async ({ openApp }) => {
  const page = await openApp('lang=en&step=3');
  await waitForStep(page, 3);
  // "← Previous" goes back: Space on it does not go forward.
  await page.locator('[data-action="story-prev"]').focus();
  await page.keyboard.press('Space');
  await waitForStep(page, 2);
  // A step button jumps to its step.
  await page.locator('[data-story-goto="5"]').focus();
  await page.keyboard.press('Space');
  await waitForStep(page, 5);
  await page.locator('[data-story-goto="1"]').focus();
  await page.keyboard.press('Enter');
  await waitForStep(page, 1);
  // The Relations switch switches the view, and the story stays where it is.
  await page.locator('[data-view="relations"]').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-stage-view]')).toHaveAttribute('data-stage-view', 'relations');
  await expect(page.locator('[data-story-step]')).toHaveAttribute('data-story-step', '1');
  // With focus on no control, Space still steps (the clicker's key).
  await page.locator('#story-title').focus();
  await page.keyboard.press('Space');
  await waitForStep(page, 2);
  // Space on "Explore freely" closes the story.
  await page.locator('[data-action="story-exit"]').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-story-step]'), 'story closed').toHaveCount(0);
  expect(page.errors, 'page errors').toEqual([]);
});

test('focus returns: Explore freely → Story button; closing the details → what opened them; presenting → story heading', async ({
  openApp,
}) => {
  const page = await openApp('lang=en');
  const story = page.locator('[data-action="story"]');
  await story.focus();
  await page.keyboard.press('Enter');
  await waitForStep(page, 1);
  await page.locator('[data-action="story-exit"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-story-step]')).toHaveCount(0);
  await expect(story, 'Explore freely → the Story button').toBeFocused();

  // Details opened from the relations table: Escape, then the × button, return to the row's button.
  await page.locator('[data-view="relations"]').click();
  const relation = page.locator(`[data-relation-id="${data.edges[2]!.id}"] button`);
  await relation.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.detail-panel')).toBeVisible();
  await expect(page.locator('.detail-panel h2'), 'details take focus').toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.detail-panel')).toHaveCount(0);
  await expect(relation, 'Escape → the relation that opened the details').toBeFocused();
  await page.keyboard.press('Enter');
  await page.locator('.detail-close').click();
  await expect(page.locator('.detail-panel')).toHaveCount(0);
  await expect(relation, 'close button → the relation that opened the details').toBeFocused();

  // Details opened by a click on a node: closing returns to that node.
  await page.locator('[data-view="network"]').click();
  const node = page.locator('[data-node-id="jp"]');
  await node.click();
  await expect(page.locator('.detail-panel')).toHaveAttribute('data-detail-for', 'node:jp');
  await page.locator('.detail-close').click();
  await expect(node, 'close → the node').toBeFocused();

  // Presenting hides the header with the Present button: the story heading takes focus.
  await page.locator('[data-action="present"]').focus();
  await page.keyboard.press('Enter');
  await waitForStep(page, 1);
  await expect(page.locator('#story-title'), 'presenting → the story heading').toBeFocused();
  // Leaving by the bar's own button (which goes away): back to Present.
  await page.locator('[data-action="present-exit"]').click();
  await page.locator('html:not([data-presenting])').waitFor({ state: 'attached' });
  await expect(page.locator('[data-action="present"]'), 'leaving → Present').toBeFocused();
  expect(page.errors, 'page errors').toEqual([]);
});

test('the live region reads the step’s position, title, text and what it shows', async ({ openApp }) => {
  const page = await openApp('lang=en&step=4');
  await waitForStep(page, 4);
  await page.locator('[data-action="story-next"]').click();
  await waitForStep(page, 5);
  const s = step(5);
  const said = live(page);
  await expect(said).toContainText(`Step 5 of ${total}: ${s.title.en}.`);
  const text = must(await said.textContent(), 'live text');
  // Position and title first, then the text, then what the step shows.
  expect(text.indexOf(s.text.en), 'the text after the title').toBeGreaterThan(text.indexOf(s.title.en));
  const shown = text.slice(text.indexOf('Shown: '));
  expect(text.indexOf('Shown: '), 'what it shows, after the text').toBeGreaterThan(text.indexOf(s.text.en));
  for (const id of s.edges) {
    const e = must(
      data.edges.find((x) => x.id === id),
      id,
    );
    expect(shown, `relation ${id} named`).toContain(name(e.source));
    expect(shown, `relation ${id} named`).toContain(name(e.target));
  }
  // The question for the class comes last.
  if (s.question) {
    await expect(said).toContainText(`Question for the class: ${s.question.en}`);
    expect(text.indexOf(s.question.en), 'the question after what it shows').toBeGreaterThan(
      text.indexOf('Shown: '),
    );
  }
  // Relations read as sentences: the kind's verb, not a noun between two names.
  const n = data.story.findIndex((st) =>
    st.edges.some((id) => data.edges.find((e) => e.id === id)?.kind === 'cooperation'),
  );
  const cooperation = data.edges.find((e) => e.kind === 'cooperation' && data.story[n]?.edges.includes(e.id));
  expect(cooperation, 'a step shows a cooperation').toBeDefined();
  await page.locator(`[data-story-goto="${n + 1}"]`).click();
  await waitForStep(page, n + 1);
  await expect(said).toContainText(
    `${name(must(cooperation, 'cooperation').source)} cooperates with ${name(must(cooperation, 'cooperation').target)}`,
  );
  // Node names say when the step highlights them.
  const highlighted = page.locator('[data-node-id].is-highlight').first();
  await expect(highlighted).toHaveAttribute('aria-label', /, highlighted/);
  const dimmed = page.locator('[data-node-id].is-dim').first();
  await expect(dimmed).not.toHaveAttribute('aria-label', /highlighted/);
  expect(page.errors, 'page errors').toEqual([]);
});

test('at a story step, the relations table has the network’s rows and marks the step’s own', async ({
  openApp,
}) => {
  const page = await openApp('lang=en&step=5');
  await waitForStep(page, 5);
  await pictureAtRest(page);
  const ids = (selector: string, attribute: string) =>
    page
      .locator(selector)
      .evaluateAll((els, a) => els.map((e) => e.getAttribute(a) ?? '').toSorted(), attribute);
  const drawn = await ids('svg.network-svg [data-edge-id]', 'data-edge-id');
  const rows = await ids('[data-relations-table] tbody tr[data-relation-id]', 'data-relation-id');
  expect(rows, 'rows = drawn relations').toEqual(drawn);
  const highlighted = await ids('svg.network-svg [data-edge-id].is-highlight', 'data-edge-id');
  const marked = await ids('[data-relations-table] tr[data-in-step]', 'data-relation-id');
  expect(marked, 'rows marked "in this step" = highlighted relations').toEqual(highlighted);
  expect(marked.length, 'the step has relations of its own').toBeGreaterThan(0);
  await expect(page.locator('[data-relations-table] caption')).toContainText(
    `Relations in step 5 of ${total} (${drawn.length})`,
  );
  await expect(page.locator('[data-relations-table] tr[data-in-step]').first()).toContainText('in this step');
});

test('step= beyond the last step opens the last and says so in the address', async ({ openApp }) => {
  const page = await openApp(`lang=en&step=${total + 2}`);
  await waitForStep(page, total);
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(total));
});

test('the key help never covers the focused node’s label', async ({ openApp }) => {
  const page = await openApp('lang=en');
  await pictureAtRest(page);
  const first = page.locator('svg.network-svg [data-node-id]').first();
  const svg = must(await page.locator('svg.network-svg').boundingBox(), 'network box');
  const at = must(await first.boundingBox(), 'node box');
  // Drag the picture so that the first node sits where the key help appears (bottom left), inside
  // the margin in which the camera would otherwise leave a focused node where it is.
  const from = { x: svg.x + svg.width - 30, y: svg.y + svg.height / 2 };
  const dx = svg.x + 160 - (at.x + at.width / 2);
  const dy = svg.y + svg.height - 80 - (at.y + at.height / 2);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 5 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 5 });
  await page.mouse.up();
  await pictureAtRest(page);
  // Into the network by keyboard (the node after the view switch in the tab order).
  await page.locator('[data-view="relations"]').focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const hint = page.locator('#network-keys');
  // The camera brings the node out from under the key help.
  await pictureAtRest(page);
  const label = must(await first.locator('.node-label').boundingBox(), 'label box');
  const box = must(await hint.boundingBox(), 'key help box');
  expect(box.width, 'key help shown').toBeGreaterThan(50);
  const covers =
    box.x < label.x + label.width &&
    label.x < box.x + box.width &&
    box.y < label.y + label.height &&
    label.y < box.y + box.height;
  expect(covers, 'the key help covers the focused label').toBe(false);
});

test('presentation at 1920×1080: a legend of the step, relation words, evidence ≥ 24 px, new vs again, export', async ({
  openApp,
}) => {
  const page = await openApp('lang=en&present=1&step=5', { viewport: { width: 1920, height: 1080 } });
  await page.locator('html[data-presenting]').waitFor({ state: 'attached' });
  await waitForStep(page, 5);
  await pictureAtRest(page);
  // A compact legend of what the step shows: the kinds of its highlighted relations are in it.
  const legend = page.locator('[data-step-legend]');
  await expect(legend, 'step legend shown').toBeVisible();
  const kinds = await page
    .locator('svg.network-svg [data-edge-id].is-highlight')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-edge-kind') ?? ''))]);
  for (const kind of kinds)
    await expect(legend.locator(`[data-legend-edge-kind="${kind}"]`), `legend: ${kind}`).toBeVisible();
  await expect(legend.locator('[data-legend-mark="new"]'), 'legend: new in this step').toBeVisible();
  // The question for the class, at projector size.
  const question = page.locator('[data-story-question]');
  await expect(question, 'question shown').toBeVisible();
  await expect(question).toContainText(must(step(5).question, 'step 5 question').en);
  const questionSize = await question
    .locator('.story-question-text')
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(questionSize, 'question ≥ 24 px').toBeGreaterThanOrEqual(24);
  // Evidence, at projector size.
  const evidence = page.locator('.story-evidence .evidence-list');
  await expect(evidence, 'evidence open').toBeVisible();
  const sizes = await evidence
    .locator('blockquote, p, span, a')
    .evaluateAll((els) =>
      els.filter((e) => e.getClientRects().length > 0).map((e) => parseFloat(getComputedStyle(e).fontSize)),
    );
  expect(sizes.length, 'evidence text found').toBeGreaterThan(0);
  expect(Math.min(...sizes), 'evidence ≥ 24 px').toBeGreaterThanOrEqual(24);
  // Every highlighted relation carries its words; nothing else does.
  const highlighted = await page.locator('svg.network-svg [data-edge-id].is-highlight').count();
  await expect(page.locator('svg.network-svg .edge-label')).toHaveCount(highlighted);
  const wordSizes = await page
    .locator('svg.network-svg .edge-label')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(Math.min(...wordSizes), 'relation words readable from the back (≥ 20 px)').toBeGreaterThanOrEqual(
    20,
  );
  // The words cover no label or symbol of the step's nodes (faded ones may give way where a short
  // relation has no room) and no other relation's words.
  const covered = await page.evaluate(() => {
    const boxes = (selector: string) =>
      [...document.querySelectorAll(`svg.network-svg ${selector}`)]
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
    // Glyph boxes are taller than the letters; 2 px of slack each side.
    const hit = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
    const words = boxes('.edge-label');
    const others = boxes('[data-node-id]:not(.is-dim) .node-label, [data-node-id]:not(.is-dim) .node-symbol');
    const out: string[] = [];
    words.forEach((w, i) => {
      for (const o of others)
        if (hit(w.r, o.r)) out.push(`${w.e.textContent} over ${o.e.textContent || 'a symbol'}`);
      for (const v of words.slice(i + 1))
        if (hit(w.r, v.r)) out.push(`${w.e.textContent} over ${v.e.textContent}`);
    });
    return out;
  });
  expect(covered, 'relation words clear of the step’s labels and symbols, and of each other').toEqual([]);
  // What the step newly shows looks different from what it highlights again.
  const look = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const ring = el.querySelector('.node-new-ring');
        const symbol = el.querySelector('.node-symbol');
        return `${ring ? 'ring' : 'no ring'} ${symbol ? getComputedStyle(symbol).opacity : ''}`;
      });
  const fresh = await look('[data-node-id].is-new');
  const again = await look('[data-node-id].is-again');
  expect(fresh, 'new and again differ').not.toBe(again);
  // Export without leaving the presentation.
  const png = page.locator('.presentation-bar [data-action="export-png"]');
  await expect(page.locator('[data-action="export-png"]'), 'one PNG button on the page').toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), png.click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  await expect(page.locator('html[data-presenting]'), 'still presenting').toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('teach-present-step5.png') });
  expect(page.errors, 'page errors').toEqual([]);
});

test('the printed handout of step=5 has the step’s title, text and question above its network, then its relations', async ({
  openApp,
}) => {
  const page = await openApp('lang=en&step=5');
  await waitForStep(page, 5);
  await page.locator('[data-print-step="5"]').waitFor({ state: 'attached' });
  await page.locator('[data-print-relations]').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const s = step(5);
  // On paper: the step above the network, the relations below it; nothing under 9 pt (12 px).
  const order = await page.evaluate(() => {
    const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? Number.NaN;
    return {
      step: top('[data-print-step]'),
      network: top('svg.network-svg'),
      relations: top('[data-print-relations]'),
    };
  });
  expect(order.step, 'step above the network').toBeLessThan(order.network);
  // Lines for the answers under the question, unless the teacher switches them off.
  const lines = page.locator('[data-print-step] [data-answer-lines] span');
  await expect(lines.first(), 'answer lines on paper').toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.locator('[data-action="answer-lines"]').uncheck();
  await page.emulateMedia({ media: 'print' });
  await expect(lines.first(), 'answer lines switched off').toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.locator('[data-action="answer-lines"]').check();
  await page.emulateMedia({ media: 'print' });
  expect(order.network, 'relations below the network').toBeLessThan(order.relations);
  // On A4, portrait and landscape (the printable area at 96 dpi, 10 mm margins).
  for (const [width, height] of [
    [718, 1047],
    [1047, 718],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForFunction(
      () => !document.querySelector('svg.network-svg')?.getAttribute('viewBox')?.startsWith('0 0'),
    );
    const smallest = await page.evaluate(() => {
      const sizes = [
        ...document.querySelectorAll('[data-print-step] *, [data-print-relations] *, .legend *, .credit'),
      ]
        .filter((e) => e.getClientRects().length > 0 && (e.textContent ?? '').trim() !== '')
        .map((e) => parseFloat(getComputedStyle(e).fontSize));
      const labels = [...document.querySelectorAll('[data-node-id] .node-label')].map(
        (e) => parseFloat(getComputedStyle(e).fontSize) * ((e as SVGGraphicsElement).getScreenCTM()?.a ?? 0),
      );
      return Math.min(...sizes, ...labels);
    });
    expect(smallest, `${width}×${height}: no text under 9 pt (12 px)`).toBeGreaterThanOrEqual(12);
  }
  // The step's own relations first.
  const own = await page
    .locator('[data-print-relations] ol')
    .first()
    .locator('[data-print-relation]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-print-relation') ?? '').toSorted());
  expect(own, 'the step’s relations listed first').toEqual(
    data.story[4]!.edges.filter((id) => data.edges.some((e) => e.id === id)).toSorted(),
  );
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    const file = test.info().outputPath(`handout-step5-${format}.pdf`);
    writeFileSync(file, pdf);
    const text = pdfText(file);
    expect(text, `${format}: step position`).toContain(`STEP 5 OF ${total}`);
    expect(text, `${format}: step title`).toContain(s.title.en);
    expect(text.replace(/\s+/g, ' '), `${format}: step text`).toContain(
      s.text.en.split(' ').slice(0, 6).join(' '),
    );
    expect(text.replace(/\s+/g, ' '), `${format}: question`).toContain(must(s.question, 'question').en);
  }
});

test('slide export: a 16:9 PNG of the step with its title, text and source', async ({ openApp }) => {
  const page = await openApp('lang=en&step=5');
  await waitForStep(page, 5);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="export-slide"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/step-5-.*-slide\.png$/);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const png = readFileSync(file);
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)], '1920 × 1080').toEqual([1920, 1080]);
  // In presentation mode too, without leaving it.
  await page.locator('[data-action="present"]').click();
  await page.locator('html[data-presenting]').waitFor({ state: 'attached' });
  await expect(page.locator('.presentation-bar [data-action="export-slide"]')).toHaveCount(1);
});
