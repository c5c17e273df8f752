// @vitest-environment node
/** Lesson content in the data: a question for the class at every step of the article's story. */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse';
import { formatProblem } from '../../src/data/validate';
import { cloneDataset } from './fixtures';

const dataset = cloneDataset();
const story = dataset.story ?? [];

describe('the article story as a lesson', () => {
  it('asks the class one question at every step, in German and English, short enough for a projector', () => {
    const failures = story.flatMap((step) =>
      (['de', 'en'] as const).flatMap((lang) => {
        const q = step.question?.[lang]?.trim() ?? '';
        if (!q) return [`${step.id}: no ${lang} question`];
        if (!q.endsWith('?')) return [`${step.id}: the ${lang} question is not a question`];
        if ([...q].length > 240) return [`${step.id}: the ${lang} question is longer than 240 characters`];
        return [];
      }),
    );
    expect(failures).toEqual([]);
  });

  it('closes by asking the class to weigh the article’s claims against its sources', () => {
    const last = story.at(-1)!;
    expect(last.question?.en).toMatch(/sources/);
    expect(last.question?.de).toMatch(/Quellen/);
    expect(last.question?.en).toMatch(/evidence/);
    // Its evidence is the dataset's own: each item is one a node, an edge or another step carries.
    const elsewhere = new Set(
      [...dataset.nodes, ...dataset.edges, ...story.slice(0, -1)].flatMap((item) =>
        (item.evidence ?? []).map((e) => JSON.stringify(e)),
      ),
    );
    expect(last.evidence?.length).toBeGreaterThan(0);
    for (const e of last.evidence ?? []) expect(elsewhere.has(JSON.stringify(e))).toBe(true);
  });

  it('is checked by validation: a question needs both languages', () => {
    const broken = cloneDataset();
    (broken.story![2]!.question as unknown as Record<string, string>) = { de: 'Wer?' };
    const result = parseDataset(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    expect(messages.join('\n')).toMatch(/story\[2\]\.question/);
  });
});
