import { readFileSync } from 'node:fs';
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

test('draws every country and minister of the article', async (ctx) => {
  const page = await openApp(ctx);
  for (const id of ['us', 'jp', 'cn', 'kp', 'ru', 'blinken', 'austin', 'kamikawa', 'kihara']) {
    assertEqual(await page.locator(`[data-node-id="${id}"]`).count(), 1, `node ${id}`);
  }
  assertEqual(await page.locator('[data-node-id]').count(), article.nodes.length, 'all nodes drawn');
  assertEqual(await page.locator('[data-edge-id]').count(), article.edges.length, 'all edges drawn');
  assertEqual(page.errors.length, 0, 'page errors');
});

test('the threats toggle removes every threat edge and brings them back', async (ctx) => {
  const page = await openApp(ctx);
  const threats = article.edges.filter((e) => e.kind === 'threat').length;
  assert(threats > 0, 'dataset has threat edges');
  assertEqual(await page.locator('[data-edge-kind="threat"]').count(), threats, 'threat edges before');
  const before = await page.locator('[data-node-id="cn"]').getAttribute('transform');
  await page.locator('[data-filter-id="threats"] input').click();
  assertEqual(await page.locator('[data-edge-kind="threat"]').count(), 0, 'threat edges when hidden');
  assertEqual(
    await page.locator('[data-edge-kind="cooperation"]').count(),
    0,
    'cooperation (threats group) hidden',
  );
  assert((await page.locator('[data-edge-kind="alliance"]').count()) > 0, 'alliance edges stay');
  assertEqual(
    await page.locator('[data-node-id="cn"]').getAttribute('transform'),
    before,
    'nodes keep their place',
  );
  await page.locator('[data-filter-id="threats"] input').click();
  assertEqual(await page.locator('[data-edge-kind="threat"]').count(), threats, 'threat edges back');
});

test('a node-kind filter hides those nodes and their edges', async (ctx) => {
  const page = await openApp(ctx);
  await page.locator('[data-filter-id="person"] input').click();
  assertEqual(await page.locator('[data-node-id="blinken"]').count(), 0, 'person node hidden');
  assertEqual(await page.locator('[data-edge-kind="represents"]').count(), 0, 'its edges hidden');
});

test('a click on a node opens its details with the evidence', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  await page.locator('[data-node-id="blinken"]').click();
  const panel = page.locator('.detail-panel');
  await panel.waitFor();
  const text = await panel.innerText();
  assert(text.includes('Antony Blinken'), 'label in panel');
  const quote = article.nodes.find((n) => n.id === 'blinken').evidence.find((e) => e.type === 'article');
  assert(text.includes(quote.quote), 'article quote in panel');
  assert(text.includes(quote.translation), 'translation in panel');
  assert((await panel.locator('.detail-relations li').count()) >= 2, 'relations listed');
  // Escape clears the selection.
  await page.keyboard.press('Escape');
  assertEqual(await page.locator('.detail-panel').count(), 0, 'panel closed by Escape');
});

test('a click on an edge shows the relation and its evidence; background clears', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  // A point on the visible line, a third of the way along it.
  const point = await page.$eval('[data-edge-id="us-jp-alliance"] .edge-line', (path) => {
    const p = path.getPointAtLength(path.getTotalLength() / 3);
    const m = path.getScreenCTM();
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
  await page.mouse.click(point.x, point.y);
  const panel = page.locator('.detail-panel');
  await panel.waitFor();
  assertEqual(await panel.getAttribute('data-detail-for'), 'edge:us-jp-alliance', 'edge selected');
  const svg = await page.locator('svg.network-svg').boundingBox();
  await page.mouse.click(svg.x + 8, svg.y + svg.height - 8);
  assertEqual(await page.locator('.detail-panel').count(), 0, 'background click clears');
});

test('hovering a node dims the nodes that are not its neighbours', async (ctx) => {
  const page = await openApp(ctx);
  await page.locator('[data-node-id="kihara"]').hover();
  assert(await page.locator('[data-node-id="jp"].is-highlight').count(), 'neighbour highlighted');
  assert(await page.locator('[data-node-id="ru"].is-dim').count(), 'non-neighbour dimmed');
});

test('wheel and buttons zoom; dragging the background pans', async (ctx) => {
  const page = await openApp(ctx);
  const viewport = page.locator('g.viewport');
  const t0 = await viewport.getAttribute('transform');
  const scale = (t) => Number(/scale\(([\d.]+)/.exec(t)?.[1] ?? 1);
  const svg = await page.locator('svg.network-svg').boundingBox();
  await page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height / 2);
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(100);
  const t1 = await viewport.getAttribute('transform');
  assert(scale(t1) > scale(t0), `wheel zooms in (${t0} → ${t1})`);
  await page.locator('[data-action="zoom-out"]').click();
  await page.waitForTimeout(50);
  const t2 = await viewport.getAttribute('transform');
  assert(scale(t2) < scale(t1), 'zoom-out button');
  await page.mouse.move(svg.x + 10, svg.y + svg.height - 10);
  await page.mouse.down();
  await page.mouse.move(svg.x + 110, svg.y + svg.height - 60, { steps: 5 });
  await page.mouse.up();
  const t3 = await viewport.getAttribute('transform');
  assert(t3 !== t2, 'pan changes the transform');
  await page.locator('[data-action="fit"]').click();
  assertEqual(await viewport.getAttribute('transform'), t0, 'fit returns to the initial view');
});

test('dragging a node moves it and it stays where dropped until reset', async (ctx) => {
  const page = await openApp(ctx);
  const node = page.locator('[data-node-id="ru"]');
  const before = await node.getAttribute('transform');
  const box = await node.locator('.node-symbol').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx - 60, cy + 40, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(1500);
  const after = await node.locator('.node-symbol').boundingBox();
  assert(Math.abs(after.x + after.width / 2 - (cx - 60)) < 3, 'node follows the pointer (x)');
  assert(Math.abs(after.y + after.height / 2 - (cy + 40)) < 3, 'node follows the pointer (y)');
  assertEqual(await page.locator('.detail-panel').count(), 0, 'a drag is not a click');
  await page.locator('[data-action="reset"]').click();
  assertEqual(await node.getAttribute('transform'), before, 'reset returns to the deterministic layout');
});

test('the same data gives the same picture on every load', async (ctx) => {
  const read = async () => {
    const page = await openApp(ctx);
    return page.$$eval('[data-node-id]', (els) =>
      els.map((e) => `${e.dataset.nodeId}:${e.getAttribute('transform')}`).join(';'),
    );
  };
  assertEqual(await read(), await read(), 'positions');
});

for (const [width, height] of [
  [1280, 800],
  [375, 667],
]) {
  test(`no node labels overlap at ${width}×${height}`, async (ctx) => {
    for (const lang of ['de', 'en']) {
      const page = await openApp(ctx, `lang=${lang}`, { viewport: { width, height } });
      const boxes = await labelBoxes(page);
      assertEqual(boxes.length, article.nodes.length, 'labels');
      const pairs = overlappingPairs(boxes);
      assertEqual(pairs.join(', '), '', `overlapping labels (${lang})`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(scrollWidth <= width, `no horizontal scrolling (${scrollWidth} > ${width})`);
      await page.screenshot({
        path: join(ctx.artifacts, `network-${width}x${height}-${lang}.png`),
        fullPage: true,
      });
    }
  });
}

test('no request leaves the origin, and it works from a sub-path', async (ctx) => {
  const page = await ctx.newPage();
  const foreign = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== ctx.origin) foreign.push(r.url());
  });
  await page.goto(`${ctx.origin}/graphics/alliance/`);
  await page.waitForSelector('[data-node-id="jp"]');
  await page.locator('[data-node-id="jp"]').click();
  await page.waitForTimeout(300);
  assertEqual(foreign.join(', '), '', 'foreign requests');
  assertEqual(page.errors.length, 0, 'page errors');
});
