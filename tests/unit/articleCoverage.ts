/**
 * How much of the article's body text the dataset quotes. Pure, so the rule
 * itself is unit tested (articleCoverage.test.ts) and the data test uses it.
 *
 * The article copy (data/article.de.txt) is split into blocks at blank lines.
 * - The footer starts at the signature line ("- NAG"): a line that starts with
 *   "- ". It and everything after it are not body text.
 * - A heading is a block that ends without sentence punctuation and whose last
 *   word starts with a capital letter (German headings end in a noun:
 *   "Hintergrund der Zusammenarbeit", the headline, the dateline "Tokio").
 * - Every other block is body text, including a sentence that continues in the
 *   next block ("… ein Netzwerk von" / "Bündnissen entsteht, …").
 * Coverage counts the body's non-space characters inside at least one
 * occurrence of at least one quote.
 */

export interface Block {
  text: string;
  /** Offset of the block's first character in the article. */
  start: number;
  body: boolean;
}

export function articleBlocks(article: string): Block[] {
  const blocks: Block[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  let footer = false;
  for (const m of article.matchAll(pattern)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text === '') continue;
    if (text.startsWith('- ')) footer = true;
    const lastWord = text.split(/\s+/).at(-1) ?? '';
    const heading = !/[.!?:;,"“”)]$/.test(text) && /^[A-ZÄÖÜ]/.test(lastWord);
    blocks.push({ text, start: (m.index ?? 0) + lead, body: !footer && !heading });
  }
  return blocks;
}

export interface Coverage {
  /** Non-space body characters. */
  total: number;
  covered: number;
  ratio: number;
  /** Body text that no quote covers, in article order, for failure messages. */
  missing: string[];
}

export function articleCoverage(article: string, quotes: Iterable<string>): Coverage {
  const marked = new Uint8Array(article.length);
  for (const quote of new Set(quotes)) {
    if (quote.trim() === '') continue;
    for (let i = article.indexOf(quote); i !== -1; i = article.indexOf(quote, i + 1)) {
      marked.fill(1, i, i + quote.length);
    }
  }
  let total = 0;
  let covered = 0;
  const missing: string[] = [];
  for (const block of articleBlocks(article)) {
    if (!block.body) continue;
    let gap = '';
    for (let i = block.start; i < block.start + block.text.length; i++) {
      const ch = article[i] ?? '';
      const space = /\s/.test(ch);
      if (!space) total++;
      if (marked[i]) {
        if (!space) covered++;
        if (gap.trim()) missing.push(gap.trim());
        gap = '';
      } else gap += ch;
    }
    if (gap.trim()) missing.push(gap.trim());
  }
  return { total, covered, ratio: total === 0 ? 1 : covered / total, missing };
}
