import type { GraphNode } from '../data/schema';
import type { Lang } from '../data/lang';

/** Lower case without diacritics, so "kihara" finds "Kihara" and "nordkorea" finds "Nordkorea". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/**
 * Nodes whose label (in either language) contains the query; labels that start
 * with it come first, the reader's language breaking ties.
 */
export function searchNodes(nodes: readonly GraphNode[], query: string, lang: Lang): GraphNode[] {
  const q = normalize(query);
  if (q === '') return [];
  const other: Lang = lang === 'de' ? 'en' : 'de';
  const scored: { node: GraphNode; score: number }[] = [];
  for (const node of nodes) {
    const mine = normalize(node.label[lang]);
    const theirs = normalize(node.label[other]);
    const words = `${mine} ${theirs}`.split(/[\s\-–]+/);
    let score = -1;
    if (mine.startsWith(q)) score = 0;
    else if (theirs.startsWith(q)) score = 1;
    else if (words.some((w) => w.startsWith(q))) score = 2;
    else if (mine.includes(q) || theirs.includes(q)) score = 3;
    if (score >= 0) scored.push({ node, score });
  }
  return scored
    .toSorted((a, b) => a.score - b.score || a.node.label[lang].localeCompare(b.node.label[lang], lang))
    .map((s) => s.node);
}
