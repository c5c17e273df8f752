// Print and export are first-class: the whole network on paper (A4 and Letter,
// portrait and landscape) at a readable size, then legend, source and relations;
// SVG and PNG export from either renderer, with no CSP violation.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, assertEqual, openApp, test } from './harness.mjs';

const dataset = JSON.parse(
  readFileSync(new URL('../../data/alliance-network.json', import.meta.url), 'utf8'),
);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The printable area (CSS px at 96 dpi) of each paper with the stylesheet's 10 mm margins. */
const MM = 96 / 25.4;
const PAPERS = [
  ['A4', 210, 297],
  ['Letter', 215.9, 279.4],
].flatMap(([name, w, h]) => [
  { name, landscape: false, width: Math.floor((w - 20) * MM), height: Math.floor((h - 20) * MM) },
  { name, landscape: true, width: Math.floor((h - 20) * MM), height: Math.floor((w - 20) * MM) },
]);

function generated(nodes) {
  const file = `tests/e2e/fixtures/generated-${nodes}.json`;
  if (!existsSync(join(root, file))) {
    const r = spawnSync('npx', ['tsx', 'tests/bench/generate.ts', String(nodes), file], { cwd: root });
    if (r.status !== 0) throw new Error(`generating ${file} failed: ${r.stderr}`);
  }
  return `/fixtures/generated-${nodes}.json`;
}

/** Records Content-Security-Policy violations from the start of the page. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return page;
}

/** Where the drawing, its nodes and the parts after it are on the (print-emulated) page. */
const printedLayout = (page) =>
  page.evaluate(() => {
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
    };
    return {
      drawing: box(document.querySelector('svg.network-svg')),
      nodes: [...document.querySelectorAll('[data-node-id]')].map((e) => ({
        id: e.dataset.nodeId,
        ...box(e.querySelector('.node-symbol')),
        label: box(e.querySelector('.node-label')),
      })),
      legend: box(document.querySelector('.legend')),
      credit: box(document.querySelector('.credit')),
      relations: box(document.querySelector('[data-print-relations]')),
    };
  });

test('print shows the whole network at a readable size on A4 and Letter, portrait and landscape', async (ctx) => {
  const page = await openApp(ctx, 'lang=de');
  await page.waitForSelector('[data-print-relations]', { state: 'attached' });
  // The reader zoomed in and panned: paper still gets the whole network.
  for (let i = 0; i < 3; i++) await page.locator('[data-action="zoom-in"]').click();
  const svg = await page.locator('svg.network-svg').boundingBox();
  await page.mouse.move(svg.x + 60, svg.y + svg.height - 60);
  await page.mouse.down();
  await page.mouse.move(svg.x + 300, svg.y + svg.height - 200, { steps: 5 });
  await page.mouse.up();
  await page.emulateMedia({ media: 'print' });
  for (const paper of PAPERS) {
    const what = `${paper.name} ${paper.landscape ? 'landscape' : 'portrait'}`;
    await page.setViewportSize({ width: paper.width, height: paper.height });
    await page.waitForFunction(
      () => !document.querySelector('svg.network-svg')?.getAttribute('viewBox')?.startsWith('0 0'),
    );
    const p = await printedLayout(page);
    assert(p.drawing.height >= 150, `${what}: drawing ${Math.round(p.drawing.height)} px tall`);
    assertEqual(p.nodes.length, dataset.nodes.length, `${what}: every node drawn`);
    const d = p.drawing;
    const outside = p.nodes.filter(
      (n) => n.left < d.left - 1 || n.right > d.right + 1 || n.top < d.top - 1 || n.bottom > d.bottom + 1,
    );
    assertEqual(outside.map((n) => n.id).join(', '), '', `${what}: nodes outside the drawing`);
    const labelsOutside = p.nodes.filter((n) => n.label.left < d.left - 1 || n.label.right > d.right + 1);
    assertEqual(labelsOutside.map((n) => n.id).join(', '), '', `${what}: labels cut off`);
    // Readable: labels at least 8 px (6 pt) tall on paper.
    const smallest = Math.min(...p.nodes.map((n) => n.label.height));
    assert(smallest >= 8, `${what}: labels ${smallest.toFixed(1)} px tall`);
    // Then the legend, the source and the relations list, after the drawing.
    assert(p.legend.top >= d.bottom, `${what}: legend after the drawing`);
    assert(p.credit.top >= p.legend.bottom, `${what}: source after the legend`);
    assert(p.relations.top >= p.credit.bottom, `${what}: relations after the source`);
    for (const sel of [
      '[data-view-switch]',
      '.zoom-controls',
      '.header-tools',
      '.search',
      '[data-filter-id]',
    ]) {
      assertEqual(await page.locator(sel).first().isVisible(), false, `${what}: ${sel} not printed`);
    }
    assertEqual(
      await page.locator('[data-print-relations] li').count(),
      dataset.edges.length,
      `${what}: every relation listed`,
    );
  }
  await page.screenshot({ path: join(ctx.artifacts, 'print-emulated-letter-landscape.png'), fullPage: true });
  // Back on screen, the reader's view is as they left it.
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() =>
    document.querySelector('svg.network-svg')?.getAttribute('viewBox')?.startsWith('0 0'),
  );
});

/** Words on a PDF page with their boxes (poppler's pdftotext), or null without poppler. */
function pdfWords(pdf, pageNumber) {
  const file = join(tmpdir(), `an-print-${process.pid}-${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  const r = spawnSync('pdftotext', ['-f', String(pageNumber), '-l', String(pageNumber), '-bbox', file, '-'], {
    encoding: 'utf8',
  });
  if (r.error) return null;
  return [
    ...r.stdout.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({ yMin: Number(m[2]), yMax: Number(m[4]), text: m[5].replace(/&amp;/g, '&') }));
}

test('the printed PDF has every node on its first page, in a drawing at least 150 px tall', async (ctx) => {
  const page = await openApp(ctx, 'lang=de');
  await page.waitForSelector('[data-print-relations]', { state: 'attached' });
  for (const { name, landscape } of PAPERS) {
    const what = `${name} ${landscape ? 'landscape' : 'portrait'}`;
    const pdf = await page.pdf({ format: name, landscape, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert(pages >= 1 && pages <= 3, `${what}: ${pages} pages`);
    const words = pdfWords(pdf, 1);
    if (!words) {
      console.log('      (pdftotext not installed: the PDF text is not checked)');
      return;
    }
    // Each label as its run of words on page 1; in the drawing it is set larger than any body text.
    const found = dataset.nodes.map((node) => {
      const parts = node.label.de.split(/\s+/);
      const runs = [];
      for (let i = 0; i + parts.length <= words.length; i++) {
        if (parts.every((p, j) => words[i + j].text === p)) runs.push(words[i]);
      }
      return { id: node.id, word: runs.toSorted((a, b) => b.yMax - b.yMin - (a.yMax - a.yMin))[0] };
    });
    const missing = found.filter((f) => !f.word).map((f) => f.id);
    assertEqual(missing.join(', '), '', `${what}: labels missing from page 1`);
    const top = Math.min(...found.map((f) => f.word.yMin));
    const bottom = Math.max(...found.map((f) => f.word.yMax));
    // PDF points: 150 CSS px = 112.5 pt.
    assert(bottom - top >= 112.5, `${what}: the labels span ${(bottom - top).toFixed(0)} pt`);
    if (name === 'A4') {
      const png = join(ctx.artifacts, `print-${name}-${landscape ? 'landscape' : 'portrait'}`);
      const file = `${png}.pdf`;
      writeFileSync(file, pdf);
      spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, png]);
    }
  }
});

/** Clicks an export button and returns the downloaded file. */
async function download(page, action) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-action="${action}"]`).click(),
  ]);
  const path = join(tmpdir(), `an-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('SVG and PNG export of a 1,000-node graph (canvas renderer), without CSP violations', async (ctx) => {
  const page = await watchCsp(await ctx.newPage());
  await page.goto(`${ctx.origin}/?data=${generated(1000)}&lang=en`);
  const canvas = page.locator('canvas.network-canvas[data-settled="true"]');
  await canvas.waitFor({ timeout: 30000 });
  const view = await canvas.boundingBox();
  const before = await page.evaluate(() => window.__csp.length);
  const svg = await download(page, 'export-svg');
  assert(svg.name.endsWith('.svg'), `an SVG file (${svg.name})`);
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(doc.documentElement.getAttribute('width')),
      nodes: doc.querySelectorAll('[data-node-id]').length,
      labels: doc.querySelectorAll('text').length,
      styleAttributes: doc.querySelectorAll('[style]').length,
    };
  }, svg.bytes.toString('utf8'));
  assertEqual(parsed.error, null, 'the SVG parses');
  assertEqual(parsed.nodes, 1000, 'every node drawn');
  assert(parsed.labels > 20, `labels drawn (${parsed.labels})`);
  assertEqual(parsed.width, Math.round(view.width), 'the size of the view');
  assertEqual(parsed.styleAttributes, 0, 'no style attributes');
  const png = await download(page, 'export-png');
  assertEqual(png.bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'PNG signature');
  assertEqual(png.bytes.readUInt32BE(16), Math.round(view.width) * 2, 'PNG width is 2× the view');
  assert(png.bytes.length > 50 * 1024, `a picture, not an empty image (${png.bytes.length} bytes)`);
  const csp = await page.evaluate(() => window.__csp);
  assertEqual(csp.slice(before).join(', '), '', 'CSP violations during export');
  assertEqual(csp.join(', '), '', 'CSP violations at all');
  assertEqual(await page.locator('.classroom-error').count(), 0, 'no export error shown');
});

test('the exported SVG has the arrangement on screen (SVG renderer), without CSP violations', async (ctx) => {
  const page = await watchCsp(await ctx.newPage());
  await page.goto(`${ctx.origin}/?lang=en`);
  await page.waitForSelector('svg.network-svg[data-ready="true"]');
  await page.locator('[data-action="zoom-in"]').click();
  await page.waitForTimeout(400);
  const screen = await page.$$eval('[data-node-id]', (els) => {
    const s = document.querySelector('svg.network-svg').getBoundingClientRect();
    return Object.fromEntries(
      els.map((e) => {
        const r = e.querySelector('.node-symbol').getBoundingClientRect();
        return [e.dataset.nodeId, [r.x + r.width / 2 - s.x, r.y + r.height / 2 - s.y]];
      }),
    );
  });
  const svg = await download(page, 'export-svg');
  // Where the exported SVG draws each node, measured by the browser in a sandboxed image document.
  const exported = await page.evaluate(async (source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    host.setAttribute('width', doc.documentElement.getAttribute('width'));
    host.setAttribute('height', doc.documentElement.getAttribute('height'));
    host.setAttribute('viewBox', doc.documentElement.getAttribute('viewBox'));
    host.append(...[...doc.documentElement.childNodes].map((n) => document.importNode(n, true)));
    document.body.append(host);
    const h = host.getBoundingClientRect();
    const out = Object.fromEntries(
      [...host.querySelectorAll('[data-node-id]')].map((g) => {
        const r = g.querySelector('path').getBoundingClientRect();
        return [g.dataset.nodeId, [r.x + r.width / 2 - h.x, r.y + r.height / 2 - h.y]];
      }),
    );
    host.remove();
    return out;
  }, svg.bytes.toString('utf8'));
  // The export scales the screen's view into the band between title and legend: one uniform
  // scale and offset must map every screen position onto the exported one.
  const ids = Object.keys(screen);
  assertEqual(Object.keys(exported).length, ids.length, 'every node exported');
  const [a, b] = [ids[0], ids[ids.length - 1]];
  const scale = (exported[b][0] - exported[a][0]) / (screen[b][0] - screen[a][0]);
  const dx = exported[a][0] - screen[a][0] * scale;
  const dy = exported[a][1] - screen[a][1] * scale;
  let worst = 0;
  for (const id of ids) {
    const [x, y] = screen[id];
    worst = Math.max(worst, Math.hypot(x * scale + dx - exported[id][0], y * scale + dy - exported[id][1]));
  }
  assert(scale > 0.5 && scale <= 1, `uniform scale ${scale.toFixed(3)}`);
  assert(worst <= 2, `same arrangement as the screen (worst ${worst.toFixed(2)} px)`);
  assertEqual((await page.evaluate(() => window.__csp)).join(', '), '', 'CSP violations');
});
