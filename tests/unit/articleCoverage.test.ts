// @vitest-environment node -- reads files via node:fs.
/**
 * At least 90 % of the article's body text (not headings, not the footer) is
 * quoted by some node, relation or story step of data/alliance-network.json.
 * The rule for what counts as body text is in articleCoverage.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleBlocks, articleCoverage } from './articleCoverage';

const read = (name: string): string => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');

interface Evidence {
  type: string;
  quote?: string;
}
interface Item {
  evidence?: Evidence[];
}
interface Dataset {
  nodes: Item[];
  edges: Item[];
  story?: Item[];
  stories?: { steps: Item[] }[];
}

function quotesOf(dataset: Dataset): string[] {
  const items = [
    ...dataset.nodes,
    ...dataset.edges,
    ...(dataset.story ?? []),
    ...(dataset.stories ?? []).flatMap((s) => s.steps),
  ];
  return items.flatMap((item) =>
    (item.evidence ?? []).flatMap((e) => (e.type === 'article' && e.quote ? [e.quote] : [])),
  );
}

const SAMPLE = [
  'Eine Schlagzeile über Bündnisse',
  '',
  'Erster Satz des Textes. Zweiter Satz, der weitergeht, ein Netzwerk von',
  '',
  'Bündnissen entsteht.',
  '',
  'Eine Zwischenüberschrift',
  '',
  'Dritter Satz.',
  '',
  '- AUTOR',
  '',
  'Besuchen Sie uns auf: example.org',
].join('\n');

describe('article body text', () => {
  it('leaves out headings and everything from the signature line on', () => {
    const body = articleBlocks(SAMPLE)
      .filter((b) => b.body)
      .map((b) => b.text);
    expect(body).toEqual([
      'Erster Satz des Textes. Zweiter Satz, der weitergeht, ein Netzwerk von',
      'Bündnissen entsteht.',
      'Dritter Satz.',
    ]);
  });

  it('counts the non-space body characters inside some quote', () => {
    const none = articleCoverage(SAMPLE, []);
    expect(none.covered).toBe(0);
    expect(none.missing).toHaveLength(3);
    const some = articleCoverage(SAMPLE, ['Dritter Satz.', 'Eine Schlagzeile über Bündnisse']);
    expect(some.covered).toBe('DritterSatz.'.length);
    expect(some.total).toBe(none.total);
    const all = articleCoverage(SAMPLE, [
      'Erster Satz des Textes. Zweiter Satz, der weitergeht, ein Netzwerk von',
      'Bündnissen entsteht.',
      'Satz.',
      'Dritter',
    ]);
    expect(all.ratio).toBe(1);
    expect(all.missing).toEqual([]);
  });
});

describe('data/alliance-network.json', () => {
  it('quotes at least 90 % of the article body text', () => {
    const article = read('article.de.txt');
    const coverage = articleCoverage(article, quotesOf(JSON.parse(read('alliance-network.json')) as Dataset));
    expect(coverage.total).toBeGreaterThan(1000);
    expect(
      coverage.ratio,
      `only ${(coverage.ratio * 100).toFixed(1)} % quoted; not quoted: ${JSON.stringify(coverage.missing)}`,
    ).toBeGreaterThanOrEqual(0.9);
  });
});
