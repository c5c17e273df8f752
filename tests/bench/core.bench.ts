/**
 * Benchmarks of the pure cores, as `vitest bench` (`npm run bench:core`, also
 * run by `npm run bench`): validating a reader's file, the article's layout,
 * and the view model that every surface reads on each hover.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { parseDataset } from '../../src/data/validate';
import { generateDataset } from '../../src/graph/generate';
import { viewModel } from '../../src/graph/viewModel';
import type { ViewInput } from '../../src/graph/viewModel';
import { createLayout } from '../../src/layout/simulation';

const article = JSON.parse(
  readFileSync(join(process.cwd(), 'data/alliance-network.json'), 'utf8'),
) as Dataset;
const big = generateDataset({ nodes: 1000, seed: 1 });
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
  bench('the article graph, settled', () => {
    const engine = createLayout(
      article.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label.de })),
      article.edges,
      { width: 1280, height: 800, mode: 'sync' },
    );
    engine.stop();
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
