/**
 * The readability bench (issue #11), run by `npm run bench` (or alone:
 * `npx tsx tests/bench/readability.ts`): prints one JSON line with
 * 1. for the article and three real graphs, our arrangement beside
 *    d3-force's default layout (link, many-body and centre forces, 300
 *    ticks) with labels below the symbols as before: crossings, relations
 *    through labels and through symbols, overlapping labels, and the time;
 * 2. the article in the built app (dist/) in Chromium at five screens,
 *    measured from the page: the same figures, the smallest label, and the
 *    Procrustes residual against the first screen;
 * 3. the time the app takes to arrange each real graph in Chromium (the
 *    `alliance-network:arrange` measure; the graphs are written as datasets to
 *    tests/e2e/fixtures/bench-*.json and opened with `?data=`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3';
import type { SimulationNodeDatum } from 'd3';
import { labelCandidates } from '../../src/layout/arrange/candidates';
import { drawingOf } from '../../src/layout/arrange/drawing';
import { layoutDataset } from '../../src/layout/arrange/index';
import { isArrangementOf } from '../../src/layout/arrange/fingerprint';
import type { ArrangeInput, DatasetLayout, LabelPlacement } from '../../src/layout/arrange/types';
import { measureReadability } from '../../src/layout/readability/measures';
import type { Readability } from '../../src/layout/readability/measures';
import { procrustesResidual } from '../../src/layout/readability/procrustes';
import { launchBrowser } from '../e2e/chromium.mjs';
import { readDrawing } from '../e2e/drawing';
import { startServer } from '../e2e/server.mjs';
import { GRAPHVIZ_CROSSINGS, florentine, karate, miserables } from './graphs';

const root = new URL('../../', import.meta.url);
const dataset = JSON.parse(readFileSync(new URL('data/alliance-network.json', root), 'utf8')) as ArrangeInput;
// What a reader sees by default: the article without its optional layer.
const shown = new Set(dataset.nodes.filter((n) => !n.layer).map((n) => n.id));
const article: ArrangeInput = {
  nodes: dataset.nodes.filter((n) => shown.has(n.id)),
  edges: dataset.edges.filter((e) => !e.layer && shown.has(e.source) && shown.has(e.target)),
};
const committed = JSON.parse(
  readFileSync(new URL('data/alliance-network.layout.json', root), 'utf8'),
) as DatasetLayout;

type Figures = Omit<Readability, 'faults'>;
const figures = (r: Readability): Figures => ({
  crossings: r.crossings,
  edgeThroughLabel: r.edgeThroughLabel,
  edgeThroughNode: r.edgeThroughNode,
  labelOverlaps: r.labelOverlaps,
  labelNodeOverlaps: r.labelNodeOverlaps,
  cutOff: r.cutOff,
});

/** d3-force with its defaults, as a drawing with labels centred below the symbols. */
function d3Default(input: ArrangeInput, like: DatasetLayout): DatasetLayout {
  const nodes: (SimulationNodeDatum & { id: string })[] = input.nodes.map((n) => ({ id: n.id }));
  const links = input.edges.map((e) => ({ source: e.source, target: e.target }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimulationNodeDatum & { id: string }, { source: string; target: string }>(links).id(
        (d) => d.id,
      ),
    )
    .force('charge', forceManyBody())
    .force('center', forceCenter())
    .stop();
  simulation.tick(300);
  // The same drawing size as ours (the spread of node centres), so symbols and labels compare.
  const spread = (ps: { x: number; y: number }[]) => {
    const xs = ps.map((p) => p.x);
    const ys = ps.map((p) => p.y);
    return Math.sqrt((Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys)));
  };
  const k = spread(Object.values(like.positions)) / spread(nodes.map((n) => ({ x: n.x ?? 0, y: n.y ?? 0 })));
  const positions: DatasetLayout['positions'] = {};
  const labelPlacements: Record<string, LabelPlacement> = {};
  for (const [i, n] of input.nodes.entries()) {
    positions[n.id] = { x: (nodes[i]!.x ?? 0) * k, y: (nodes[i]!.y ?? 0) * k };
    const below = labelCandidates(n.kind, Object.values(n.label)).find(
      (c) => c.side === 's' && c.lines === 1,
    )!;
    labelPlacements[n.id] = { ...below };
  }
  const edgeRoutes: DatasetLayout['edgeRoutes'] = {};
  for (const e of input.edges) edgeRoutes[e.id] = { bend: 0 };
  return { ...like, positions, labelPlacements, edgeRoutes, turned: undefined };
}

function compare(name: string, input: ArrangeInput) {
  const ours = name === 'article' && isArrangementOf(committed, dataset) ? committed : layoutDataset(input);
  // The in-browser time is filled in from Chromium below.
  const ms: number | null = null;
  return {
    graph: name,
    nodes: input.nodes.length,
    edges: input.edges.length,
    ours: figures(measureReadability(drawingOf(input, ours, 'upright'))),
    oursMs: ms as number | null,
    oursFrom: name === 'article' ? 'precomputed at build time (npm run layout)' : 'in the browser (Chromium)',
    d3: figures(measureReadability(drawingOf(input, d3Default(input, ours), 'upright'))),
    graphviz: GRAPHVIZ_CROSSINGS[name] ?? '',
  };
}

const real = { florentine: florentine(), karate: karate(), miserables: miserables() };
const graphs = [compare('article', article), ...Object.entries(real).map(([name, g]) => compare(name, g))];

/** A real graph as a dataset the app accepts (kebab-case ids, evidence, relation kinds). */
function asDataset(name: string, g: ArrangeInput) {
  const id = new Map(g.nodes.map((n, i) => [n.id, `n${i}`]));
  const evidence = [{ type: 'background', note: { de: name, en: name }, reference: { title: name } }];
  return {
    version: 1,
    meta: { title: { de: name, en: name }, source: { name } },
    nodes: g.nodes.map((n) => ({ id: id.get(n.id), kind: n.kind, label: n.label, evidence })),
    edges: g.edges.map((e, i) => ({
      id: `e${i}`,
      source: id.get(e.source),
      target: id.get(e.target),
      kind: 'cooperation',
      evidence,
    })),
  };
}

const SCREENS = [
  { name: 'embed 320×640', width: 320, height: 640, query: '?embed=1' },
  { name: 'phone 375×812', width: 375, height: 812, query: '' },
  { name: 'embed 640×600', width: 640, height: 600, query: '?embed=1' },
  { name: 'laptop 1280×800', width: 1280, height: 800, query: '' },
  { name: 'projector 1920×1080', width: 1920, height: 1080, query: '' },
];
const server = await startServer();
const browser = await launchBrowser();
const screens = [];
let first: { id: string; x: number; y: number }[] | null = null;
for (const screen of SCREENS) {
  const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/${screen.query}`);
  await page.locator('svg.network-svg[data-ready="true"] [data-node-id]').first().waitFor({ timeout: 30000 });
  // At rest: the camera's transform unchanged over a few frames.
  // (Source text: tsx's helpers do not exist in the page.)
  await page.waitForFunction(`new Promise((resolve) => {
    const t = () => document.querySelector('g.viewport')?.getAttribute('transform');
    const a = t();
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(a === t())));
  })`);
  const drawing = await readDrawing(page);
  first ??= drawing.centres;
  screens.push({
    screen: screen.name,
    orientation: drawing.orientation,
    ...figures(measureReadability(drawing)),
    smallestLabelPx: Math.min(...drawing.labelHeights.map((l) => l.height / l.lines)),
    procrustes: procrustesResidual(first, drawing.centres),
  });
  await context.close();
}
// The in-browser arrangement time of readers' graphs.
for (const [name, g] of Object.entries(real)) {
  const file = new URL(`tests/e2e/fixtures/bench-${name}.json`, root);
  if (!existsSync(file)) writeFileSync(file, `${JSON.stringify(asDataset(name, g))}\n`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/?data=/fixtures/bench-${name}.json`);
  await page.locator('svg.network-svg[data-ready="true"] [data-node-id]').first().waitFor({ timeout: 60000 });
  const ms = (await page.evaluate(
    `performance.getEntriesByName('alliance-network:arrange').at(-1)?.duration ?? NaN`,
  )) as number;
  const row = graphs.find((r) => r.graph === name);
  if (row) row.oursMs = ms;
  await context.close();
}
await browser.close();
await server.close();

console.log(JSON.stringify({ graphs, screens }));
