// The network itself: what is drawn, filters, details, hover, zoom and pan, dragging, a deterministic
// picture, labels that do not overlap, and no request to another origin.
import {
  articleEvidence,
  article,
  expect,
  labelBoxes,
  must,
  overlappingPairs,
  pictureAtRest,
  snapshot,
  test,
} from './helpers';

test('draws every country and minister of the article', async ({ openApp }) => {
  const page = await openApp();
  for (const id of ['us', 'jp', 'cn', 'kp', 'ru', 'blinken', 'austin', 'kamikawa', 'kihara']) {
    await expect(page.locator(`[data-node-id="${id}"]`), `node ${id}`).toHaveCount(1);
  }
  await expect(page.locator('[data-node-id]'), 'all nodes drawn').toHaveCount(article.nodes.length);
  await expect(page.locator('[data-edge-id]'), 'all edges drawn').toHaveCount(article.edges.length);
  expect(page.errors, 'page errors').toEqual([]);
});

test('the threats toggle removes every threat edge and brings them back', async ({ openApp }) => {
  const page = await openApp();
  const threats = article.edges.filter((e) => e.kind === 'threat').length;
  expect(threats, 'dataset has threat edges').toBeGreaterThan(0);
  const threatEdges = page.locator('[data-edge-kind="threat"]');
  await expect(threatEdges, 'threat edges before').toHaveCount(threats);
  const before = await page.locator('[data-node-id="cn"]').getAttribute('transform');
  await page.locator('[data-filter-id="threats"] input').click();
  await expect(threatEdges, 'threat edges when hidden').toHaveCount(0);
  await expect(
    page.locator('[data-edge-kind="cooperation"]'),
    'cooperation (threats group) hidden',
  ).toHaveCount(0);
  await expect(page.locator('[data-edge-kind="alliance"]'), 'alliance edges stay').not.toHaveCount(0);
  expect(await page.locator('[data-node-id="cn"]').getAttribute('transform'), 'nodes keep their place').toBe(
    before,
  );
  await page.locator('[data-filter-id="threats"] input').click();
  await expect(threatEdges, 'threat edges back').toHaveCount(threats);
});

test('a node-kind filter hides those nodes and their edges', async ({ openApp }) => {
  const page = await openApp();
  await page.locator('[data-filter-id="person"] input').click();
  await expect(page.locator('[data-node-id="blinken"]'), 'person node hidden').toHaveCount(0);
  await expect(page.locator('[data-edge-kind="represents"]'), 'its edges hidden').toHaveCount(0);
});

test('a click on a node opens its details with the evidence', async ({ openApp }) => {
  const page = await openApp('lang=en');
  await page.locator('[data-node-id="blinken"]').click();
  const panel = page.locator('.detail-panel');
  await expect(panel, 'label in panel').toContainText('Antony Blinken');
  const { quote, translation } = articleEvidence(article.nodes.find((n) => n.id === 'blinken'));
  await expect(panel, 'article quote in panel').toContainText(quote);
  await expect(panel, 'translation in panel').toContainText(translation);
  expect(await panel.locator('.detail-relations li').count(), 'relations listed').toBeGreaterThanOrEqual(2);
  // Escape clears the selection.
  await page.keyboard.press('Escape');
  await expect(page.locator('.detail-panel'), 'panel closed by Escape').toHaveCount(0);
});

test('a click on an edge shows the relation and its evidence; background clears', async ({ openApp }) => {
  const page = await openApp('lang=en');
  // A point on the visible line, a third of the way along it.
  const point = await page
    .locator('[data-edge-id="us-jp-alliance"] .edge-line')
    .evaluate((path: SVGPathElement) => {
      const p = path.getPointAtLength(path.getTotalLength() / 3);
      const m = path.getScreenCTM();
      if (!m) throw new Error('no screen CTM');
      return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
    });
  await page.mouse.click(point.x, point.y);
  const panel = page.locator('.detail-panel');
  await expect(panel, 'edge selected').toHaveAttribute('data-detail-for', 'edge:us-jp-alliance');
  const svg = must(await page.locator('svg.network-svg').boundingBox(), 'network box');
  await page.mouse.click(svg.x + 8, svg.y + svg.height - 8);
  await expect(page.locator('.detail-panel'), 'background click clears').toHaveCount(0);
});

test('hovering a node dims the nodes that are not its neighbours', async ({ openApp }) => {
  const page = await openApp();
  await page.locator('[data-node-id="kihara"]').hover();
  await expect(page.locator('[data-node-id="jp"].is-highlight'), 'neighbour highlighted').toHaveCount(1);
  await expect(page.locator('[data-node-id="ru"].is-dim'), 'non-neighbour dimmed').toHaveCount(1);
});

test('wheel and buttons zoom; dragging the background pans', async ({ openApp }) => {
  const page = await openApp();
  const viewport = page.locator('g.viewport');
  const transform = () => viewport.getAttribute('transform');
  const scale = (t: string | null) => Number(/scale\(([\d.]+)/.exec(t ?? '')?.[1] ?? 1);
  const t0 = await transform();
  const svg = must(await page.locator('svg.network-svg').boundingBox(), 'network box');
  await page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => scale(await transform()), 'wheel zooms in').toBeGreaterThan(scale(t0));
  const t1 = await transform();
  await page.locator('[data-action="zoom-out"]').click();
  await expect.poll(async () => scale(await transform()), 'zoom-out button').toBeLessThan(scale(t1));
  const t2 = await transform();
  await page.mouse.move(svg.x + 10, svg.y + svg.height - 10);
  await page.mouse.down();
  await page.mouse.move(svg.x + 110, svg.y + svg.height - 60, { steps: 5 });
  await page.mouse.up();
  await expect.poll(transform, 'pan changes the transform').not.toBe(t2);
  await page.locator('[data-action="fit"]').click();
  await expect(viewport, 'fit returns to the initial view').toHaveAttribute(
    'transform',
    must(t0, 'transform'),
  );
});

test('dragging a node moves it and it stays where dropped until reset', async ({ openApp }) => {
  const page = await openApp();
  const node = page.locator('[data-node-id="ru"]');
  const before = must(await node.getAttribute('transform'), 'transform');
  const box = must(await node.locator('.node-symbol').boundingBox(), 'node box');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx - 60, cy + 40, { steps: 8 });
  await page.mouse.up();
  // The other nodes make room; once everything is at rest the dropped node is still under the pointer.
  await pictureAtRest(page);
  const after = must(await node.locator('.node-symbol').boundingBox(), 'node box');
  expect(Math.abs(after.x + after.width / 2 - (cx - 60)), 'node follows the pointer (x)').toBeLessThan(3);
  expect(Math.abs(after.y + after.height / 2 - (cy + 40)), 'node follows the pointer (y)').toBeLessThan(3);
  await expect(page.locator('.detail-panel'), 'a drag is not a click').toHaveCount(0);
  await page.locator('[data-action="reset"]').click();
  await expect(node, 'reset returns to the deterministic layout').toHaveAttribute('transform', before);
});

test('the same data gives the same picture on every load', async ({ openApp }) => {
  const read = async () => {
    const page = await openApp();
    return page
      .locator('[data-node-id]')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-node-id')}:${e.getAttribute('transform')}`).join(';'),
      );
  };
  expect(await read(), 'positions').toBe(await read());
});

for (const [width, height] of [
  [1280, 800],
  [375, 667],
] as const) {
  test(`no node labels overlap at ${width}×${height}`, async ({ openApp }) => {
    for (const lang of ['de', 'en']) {
      const page = await openApp(`lang=${lang}`, { viewport: { width, height } });
      const boxes = await labelBoxes(page);
      expect(boxes.length, 'labels').toBe(article.nodes.length);
      expect(overlappingPairs(boxes), `overlapping labels (${lang})`).toEqual([]);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(width);
      await snapshot(page, `network-${width}x${height}-${lang}.png`, { fullPage: true });
    }
  });
}

test('no request leaves the origin, and it works from a sub-path', async ({ newPage, origins }) => {
  const page = await newPage();
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origins.app) foreign.push(r.url());
  });
  await page.goto(`${origins.app}/graphics/alliance/`);
  await page.locator('[data-node-id="jp"]').click();
  // The details (and anything they load) are there.
  await expect(page.locator('[data-detail-for="node:jp"]')).toBeVisible();
  expect(foreign, 'foreign requests').toEqual([]);
  expect(page.errors, 'page errors').toEqual([]);
});
