// Print is first-class: the whole network on paper (A4 and Letter, portrait and
// landscape) at a readable size, then legend, source and relations; no
// screen-only controls. Checked with print media emulation and in the PDFs.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { article, expect, must, test } from './helpers';

/** The printable area (CSS px at 96 dpi) of each paper with the stylesheet's 10 mm margins. */
const MM = 96 / 25.4;
const PAPERS = (
  [
    ['A4', 210, 297],
    ['Letter', 215.9, 279.4],
  ] as const
).flatMap(([name, w, h]) => [
  { name, landscape: false, width: Math.floor((w - 20) * MM), height: Math.floor((h - 20) * MM) },
  { name, landscape: true, width: Math.floor((h - 20) * MM), height: Math.floor((w - 20) * MM) },
]);

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
}

/** Where the drawing, its nodes and the parts after it are on the (print-emulated) page. */
function printedLayout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null | undefined): Rect => {
      const r = (el ?? document.body).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
    };
    return {
      drawing: box(document.querySelector('svg.network-svg')),
      nodes: [...document.querySelectorAll<SVGGElement>('[data-node-id]')].map((e) => ({
        id: e.dataset.nodeId ?? '?',
        symbol: box(e.querySelector('.node-symbol')),
        label: box(e.querySelector('.node-label')),
      })),
      legend: box(document.querySelector('.legend')),
      credit: box(document.querySelector('.credit')),
      relations: box(document.querySelector('[data-print-relations]')),
    };
  });
}

const overviewViewBox = () =>
  !document.querySelector('svg.network-svg')?.getAttribute('viewBox')?.startsWith('0 0');

test('print shows the whole network at a readable size on A4 and Letter, portrait and landscape', async ({
  openApp,
}) => {
  const page = await openApp('lang=de');
  await page.locator('[data-print-relations]').waitFor({ state: 'attached' });
  // The reader zoomed in and panned: paper still gets the whole network.
  for (let i = 0; i < 3; i++) await page.locator('[data-action="zoom-in"]').click();
  const svg = must(await page.locator('svg.network-svg').boundingBox(), 'the drawing');
  await page.mouse.move(svg.x + 60, svg.y + svg.height - 60);
  await page.mouse.down();
  await page.mouse.move(svg.x + 300, svg.y + svg.height - 200, { steps: 5 });
  await page.mouse.up();
  await page.emulateMedia({ media: 'print' });
  for (const paper of PAPERS) {
    const what = `${paper.name} ${paper.landscape ? 'landscape' : 'portrait'}`;
    await page.setViewportSize({ width: paper.width, height: paper.height });
    await page.waitForFunction(overviewViewBox);
    const p = await printedLayout(page);
    const d = p.drawing;
    expect(d.height, `${what}: drawing height`).toBeGreaterThanOrEqual(150);
    expect(p.nodes, `${what}: every node drawn`).toHaveLength(article.nodes.length);
    const outside = p.nodes.filter(
      ({ symbol: n }) =>
        n.left < d.left - 1 || n.right > d.right + 1 || n.top < d.top - 1 || n.bottom > d.bottom + 1,
    );
    expect(
      outside.map((n) => n.id),
      `${what}: nodes outside the drawing`,
    ).toEqual([]);
    const cut = p.nodes.filter(({ label: l }) => l.left < d.left - 1 || l.right > d.right + 1);
    expect(
      cut.map((n) => n.id),
      `${what}: labels cut off`,
    ).toEqual([]);
    // Readable: labels at least 8 px (6 pt) tall on paper.
    const smallest = Math.min(...p.nodes.map((n) => n.label.height));
    expect(smallest, `${what}: smallest label (px)`).toBeGreaterThanOrEqual(8);
    // Then the legend, the source and the relations list, after the drawing.
    expect(p.legend.top, `${what}: legend after the drawing`).toBeGreaterThanOrEqual(d.bottom);
    expect(p.credit.top, `${what}: source after the legend`).toBeGreaterThanOrEqual(p.legend.bottom);
    expect(p.relations.top, `${what}: relations after the source`).toBeGreaterThanOrEqual(p.credit.bottom);
    for (const sel of [
      '[data-view-switch]',
      '.zoom-controls',
      '.header-tools',
      '.search',
      '[data-filter-id]',
    ]) {
      await expect(page.locator(sel).first(), `${what}: ${sel} not printed`).toBeHidden();
    }
    await expect(page.locator('[data-print-relations] li'), `${what}: every relation listed`).toHaveCount(
      article.edges.length,
    );
  }
  await page.screenshot({
    path: test.info().outputPath('print-emulated-letter-landscape.png'),
    fullPage: true,
  });
  // Back on screen, the reader's view is as they left it.
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() =>
    document.querySelector('svg.network-svg')?.getAttribute('viewBox')?.startsWith('0 0'),
  );
});

interface Word {
  yMin: number;
  yMax: number;
  text: string;
}

/** Words on a PDF page with their boxes (poppler's pdftotext), or null without poppler. */
function pdfWords(file: string, pageNumber: number): Word[] | null {
  const r = spawnSync('pdftotext', ['-f', String(pageNumber), '-l', String(pageNumber), '-bbox', file, '-'], {
    encoding: 'utf8',
  });
  if (r.error) return null;
  return [
    ...r.stdout.matchAll(
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({ yMin: Number(m[1]), yMax: Number(m[2]), text: (m[3] ?? '').replace(/&amp;/g, '&') }));
}

test('the printed PDF has every node on its first page, in a drawing at least 150 px tall', async ({
  openApp,
}) => {
  const page = await openApp('lang=de');
  await page.locator('[data-print-relations]').waitFor({ state: 'attached' });
  const labels = await page.locator('[data-node-id] .node-label').allTextContents();
  expect(labels).toHaveLength(article.nodes.length);
  for (const { name, landscape } of PAPERS) {
    const what = `${name} ${landscape ? 'landscape' : 'portrait'}`;
    const pdf = await page.pdf({ format: name, landscape, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, `${what}: pages`).toBeGreaterThanOrEqual(1);
    expect(pages, `${what}: pages`).toBeLessThanOrEqual(3);
    const file = test.info().outputPath(`print-${name}-${landscape ? 'landscape' : 'portrait'}.pdf`);
    writeFileSync(file, pdf);
    // A picture of the first page for people to look at.
    spawnSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      file.replace(/\.pdf$/, ''),
    ]);
    const words = pdfWords(file, 1);
    test.skip(words === null, 'pdftotext (poppler-utils) is not installed: the PDF text is not checked');
    // Each label as its run of words on page 1; in the drawing it is set larger than any body text.
    const found = labels.map((label) => {
      // (A label on two lines may break after a hyphen: its words are then the pieces.)
      const parts = label.split(/\s+|(?<=-)(?=\S)/);
      const runs = (words ?? []).filter((_, i, all) => parts.every((p, j) => all[i + j]?.text === p));
      return { label, word: runs.toSorted((a, b) => b.yMax - b.yMin - (a.yMax - a.yMin))[0] };
    });
    expect(
      found.filter((f) => !f.word).map((f) => f.label),
      `${what}: labels missing from page 1`,
    ).toEqual([]);
    const top = Math.min(...found.map((f) => f.word?.yMin ?? Infinity));
    const bottom = Math.max(...found.map((f) => f.word?.yMax ?? -Infinity));
    // PDF points: 150 CSS px = 112.5 pt.
    expect(bottom - top, `${what}: the labels' vertical span (pt)`).toBeGreaterThanOrEqual(112.5);
  }
});
