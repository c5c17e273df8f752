/**
 * Benchmarks of the pure cores, as `vitest bench` (`npm run bench:core`, also
 * run by `npm run bench`): validating a reader's file, arranging readers' graphs,
 * and the view model that every surface reads on each hover.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { parseDataset } from '../../src/data/parse';
import { generateDataset } from '../../src/graph/generate';
import { viewModel } from '../../src/graph/viewModel';
import type { ViewInput } from '../../src/graph/viewModel';
import { layoutDataset } from '../../src/layout/arrange/index';
import { createLayout } from '../../src/layout/simulation';
import { karate } from './graphs';

const article = JSON.parse(
  readFileSync(join(process.cwd(), 'data/alliance-network.json'), 'utf8'),
) as Dataset;
const big = generateDataset({ nodes: 1000, seed: 1 });
const hundred = generateDataset({ nodes: 100, seed: 3 });
const bigText = JSON.stringify(big);
const input: ViewInput = {
  hidden: new Set(['threats']),
  storyStep: null,
  selection: null,
  hovered: big.nodes[0]!.id,
  query: 'a',
  lang: 'en',
};

describe('data', () => {
  bench(`parse and validate a ${Math.round(bigText.length / 1024)} KiB file (1,000 nodes)`, () => {
    parseDataset(bigText);
  });
});

describe('layout', () => {
  // The article's arrangement is precomputed (npm run layout); readers' graphs are arranged in the browser.
  bench('arrange a reader’s graph: the karate club (34 nodes, 78 relations)', () => {
    layoutDataset(karate());
  });
  bench('arrange a reader’s graph of 100 generated nodes', () => {
    layoutDataset(hundred);
  });
  bench('the force layout of a large graph (canvas): 1,000 nodes, settled', () => {
    createLayout(
      big.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label.de })),
      big.edges,
      { width: 1280, height: 800, mode: 'sync' },
    ).stop();
  });
});

describe('view model', () => {
  bench('article graph, story step 3', () => {
    viewModel(article, { ...input, hovered: null, storyStep: 2 });
  });
  bench('1,000 nodes, filter + hover + search', () => {
    viewModel(big, input);
  });
});
