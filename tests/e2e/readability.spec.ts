// The article's network as a reader sees it (issue #11), measured on the built app at five
// screens: no label over a label or a symbol, no relation through a label (its own node's
// included) or through a symbol other than its ends, nothing cut off, no two relations crossing,
// labels at least 12 px tall from 640 px wide (11 px at 320 px); and one arrangement everywhere:
// the similarity-Procrustes residual between any two screens at most 10 %.
import { measureReadability } from '../../src/layout/readability/measures';
import { procrustesResidual } from '../../src/layout/readability/procrustes';
import { readDrawing } from './drawing';
import type { ReadDrawing } from './drawing';
import { article, expect, pictureAtRest, snapshot, test } from './helpers';

const SCREENS = [
  { name: 'embed 320×640', width: 320, height: 640, query: 'embed=1', minLabel: 11 },
  { name: 'phone 375×812', width: 375, height: 812, query: '', minLabel: 11 },
  { name: 'embed 640×600', width: 640, height: 600, query: 'embed=1', minLabel: 12 },
  { name: 'laptop 1280×800', width: 1280, height: 800, query: '', minLabel: 12 },
  { name: 'projector 1920×1080', width: 1920, height: 1080, query: '', minLabel: 12 },
];

for (const lang of ['de', 'en']) {
  test(`the article's network is readable at every screen (${lang})`, async ({ openApp }) => {
    const drawings: { name: string; drawing: ReadDrawing }[] = [];
    for (const screen of SCREENS) {
      const page = await openApp(`${screen.query}${screen.query ? '&' : ''}lang=${lang}`, {
        viewport: { width: screen.width, height: screen.height },
      });
      await pictureAtRest(page);
      const drawing = await readDrawing(page);
      expect(drawing.nodes, `${screen.name}: every node drawn`).toHaveLength(article.nodes.length);
      expect(drawing.edges, `${screen.name}: every relation drawn`).toHaveLength(article.edges.length);
      const r = measureReadability(drawing);
      expect(r.faults, `${screen.name}: readability faults`).toEqual([]);
      const smallest = Math.min(...drawing.labelHeights.map((l) => l.height / l.lines));
      expect(smallest, `${screen.name}: smallest label (px)`).toBeGreaterThanOrEqual(screen.minLabel);
      expect(page.errors).toEqual([]);
      await snapshot(page, `readability-${screen.width}x${screen.height}-${lang}.png`);
      drawings.push({ name: screen.name, drawing });
    }
    for (let i = 0; i < drawings.length; i++) {
      for (let j = i + 1; j < drawings.length; j++) {
        const a = drawings[i]!;
        const b = drawings[j]!;
        const residual = procrustesResidual(a.drawing.centres, b.drawing.centres);
        expect(residual, `Procrustes residual ${a.name} / ${b.name}`).toBeLessThanOrEqual(0.1);
      }
    }
  });
}

test('filters and the story hide things; they never move what stays', async ({ openApp }) => {
  const page = await openApp();
  const before = await readDrawing(page);
  await page.locator('[data-filter-id="threats"] input').click();
  const after = await readDrawing(page);
  const shown = new Set(after.centres.map((c) => c.id));
  const same = before.centres.filter((c) => shown.has(c.id));
  expect(procrustesResidual(same, after.centres)).toBeLessThan(1e-6);
});
