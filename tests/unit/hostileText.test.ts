// @vitest-environment node
/**
 * The probe of hostile and careless text, as tests: control characters,
 * ill-formed Unicode, bidirectional controls and oversized text are refused
 * in every text field with their JSON path; what readers legitimately write
 * (tabs, newlines, emoji, right-to-left scripts, direction marks) is not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quoteText } from '../../src/data/problem';
import { TEXT_LIMITS } from '../../src/data/textRules';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { parseDataset } from '../../src/data/parse';

const text = readFileSync(new URL('../../data/alliance-network.json', import.meta.url), 'utf8');
// oxlint-disable-next-line typescript/no-explicit-any -- tests write into arbitrary parts of the JSON
type Json = any;
const fresh = (): Json => JSON.parse(text);

/** The first evidence item of the given type, with its path. */
function evidence(d: Json, type: 'article' | 'background'): { item: Json; path: string } {
  for (const [i, n] of d.nodes.entries()) {
    const j = n.evidence.findIndex((e: Json) => e.type === type);
    if (j >= 0) return { item: n.evidence[j], path: `nodes[${i}].evidence[${j}]` };
  }
  throw new Error(`no ${type} evidence`);
}

/** Every kind of text field: its path in the article dataset, a setter, and its limit. */
const FIELDS: { path: (d: Json) => string; set: (d: Json, s: string) => void; limit: number }[] = [
  { path: () => 'meta.title.en', set: (d, s) => (d.meta.title.en = s), limit: TEXT_LIMITS.title },
  {
    path: () => 'meta.description.de',
    set: (d, s) => (d.meta.description = { de: s, en: 'x' }),
    limit: TEXT_LIMITS.description,
  },
  { path: () => 'meta.source.name', set: (d, s) => (d.meta.source.name = s), limit: TEXT_LIMITS.name },
  { path: () => 'meta.source.title', set: (d, s) => (d.meta.source.title = s), limit: TEXT_LIMITS.name },
  { path: () => 'nodes[0].label.en', set: (d, s) => (d.nodes[0].label.en = s), limit: TEXT_LIMITS.label },
  {
    path: () => 'nodes[1].description.de',
    set: (d, s) => (d.nodes[1].description = { de: s, en: 'x' }),
    limit: TEXT_LIMITS.description,
  },
  {
    path: () => 'edges[0].label.de',
    set: (d, s) => (d.edges[0].label = { de: s, en: 'x' }),
    limit: TEXT_LIMITS.label,
  },
  {
    path: () => 'edges[2].description.en',
    set: (d, s) => (d.edges[2].description = { de: 'x', en: s }),
    limit: TEXT_LIMITS.description,
  },
  {
    path: (d) => `${evidence(d, 'article').path}.quote`,
    set: (d, s) => (evidence(d, 'article').item.quote = s),
    limit: TEXT_LIMITS.quote,
  },
  {
    path: (d) => `${evidence(d, 'article').path}.translation`,
    set: (d, s) => (evidence(d, 'article').item.translation = s),
    limit: TEXT_LIMITS.quote,
  },
  {
    path: (d) => `${evidence(d, 'background').path}.note.en`,
    set: (d, s) => (evidence(d, 'background').item.note.en = s),
    limit: TEXT_LIMITS.note,
  },
  {
    path: (d) => `${evidence(d, 'background').path}.reference.title`,
    set: (d, s) => (evidence(d, 'background').item.reference.title = s),
    limit: TEXT_LIMITS.name,
  },
  { path: () => 'story[0].title.de', set: (d, s) => (d.story[0].title.de = s), limit: TEXT_LIMITS.title },
  { path: () => 'story[1].text.en', set: (d, s) => (d.story[1].text.en = s), limit: TEXT_LIMITS.description },
];

function problemsWith(field: (typeof FIELDS)[number], value: string): string[] {
  const d = fresh();
  field.set(d, value);
  // Through JSON text, as a file would arrive (escapes such as \ud800 survive JSON.stringify).
  const result = parseDataset(JSON.stringify(d));
  return result.ok ? [] : result.problems.map(formatProblem);
}

const accepted = (field: (typeof FIELDS)[number], value: string) =>
  expect(problemsWith(field, value)).toEqual([]);

describe('text in every field', () => {
  it.each(FIELDS.map((f) => [f.path(fresh()), f] as const))(
    '%s refuses control characters, unpaired surrogates and bidi controls, with its path',
    (path, field) => {
      expect(problemsWith(field, 'Ja\u0000pan')).toEqual([
        `${path}: the control character U+0000 at character 3 is not allowed (only tab and newline are)`,
      ]);
      expect(problemsWith(field, 'Ja\uD800pan')).toEqual([
        `${path}: ill-formed Unicode: an unpaired surrogate (U+D800) at character 3; text must be well-formed Unicode`,
      ]);
      expect(problemsWith(field, 'deillA \u202Enapaj')).toEqual([
        `${path}: the bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 8 is not allowed: it would reorder the text around it`,
      ]);
    },
  );

  it.each(FIELDS.map((f) => [f.path(fresh()), f.limit, f] as const))(
    '%s accepts %i characters and refuses one more',
    (path, limit, field) => {
      accepted(field, 'x'.repeat(limit));
      expect(problemsWith(field, 'x'.repeat(limit + 1))).toEqual([
        `${path}: too long: ${(limit + 1).toLocaleString('en-US')} characters, the limit is ${limit.toLocaleString('en-US')}`,
      ]);
    },
  );

  it('refuses every C0 control but tab and newline, DEL and the C1 controls', () => {
    const label = FIELDS.find((f) => f.path(fresh()) === 'nodes[0].label.en')!;
    const refused = [
      ...Array.from({ length: 0x20 }, (_, c) => c).filter((c) => c !== 0x09 && c !== 0x0a),
      ...Array.from({ length: 0xa0 - 0x7f }, (_, i) => 0x7f + i),
    ];
    for (const c of refused) {
      const hex = c.toString(16).toUpperCase().padStart(4, '0');
      expect(problemsWith(label, `a${String.fromCharCode(c)}b`)).toEqual([
        `nodes[0].label.en: the control character U+${hex} at character 2 is not allowed (only tab and newline are)`,
      ]);
    }
    accepted(label, 'tab\tand\nnewline');
  });

  it('refuses each embedding, override and isolate control', () => {
    const label = FIELDS.find((f) => f.path(fresh()) === 'nodes[0].label.en')!;
    for (const c of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const [message] = problemsWith(label, `a${String.fromCharCode(c)}b`);
      expect(message).toMatch(
        new RegExp(
          `^nodes\\[0\\]\\.label\\.en: the bidirectional control character U\\+${c.toString(16).toUpperCase()} \\(`,
        ),
      );
    }
  });

  it('accepts emoji, right-to-left scripts and direction marks', () => {
    const label = FIELDS.find((f) => f.path(fresh()) === 'nodes[0].label.en')!;
    for (const value of ['Japan 🇯🇵', 'ישראל', 'مصر 2024', 'A\u200Fb\u200E', 'Ünïcödé — „Zitat“'])
      accepted(label, value);
  });

  it('refuses a lone low surrogate and a high surrogate at the end', () => {
    const label = FIELDS.find((f) => f.path(fresh()) === 'nodes[0].label.en')!;
    expect(problemsWith(label, 'a\uDC00b')[0]).toContain('unpaired surrogate (U+DC00) at character 2');
    expect(problemsWith(label, 'ab\uD83D')[0]).toContain('unpaired surrogate (U+D83D) at character 3');
  });

  it('refuses control characters in links too', () => {
    const d = fresh();
    d.meta.source.url = 'https://example.org/\u202Egro.live';
    const result = validateDataset(d);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'meta.source.url: the bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 21 is not allowed: it would reorder the text around it',
    ]);
  });

  it('refuses a 5 MB description quickly, without quoting it', () => {
    const d = fresh();
    d.nodes[0].description = { de: 'x'.repeat(5_000_000), en: 'x' };
    const started = performance.now();
    const result = parseDataset(JSON.stringify(d));
    expect(performance.now() - started).toBeLessThan(2000);
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    expect(messages).toEqual(['nodes[0].description.de: too long: 5,000,000 characters, the limit is 2,000']);
  });
});

describe('messages about hostile text', () => {
  it('never carry a control, bidi or invisible character themselves', () => {
    const d = fresh();
    d.nodes[0]['\u202Eyek'] = 1;
    d.nodes[1].kind = 'x\u202Ey\u0000';
    d.edges[0].target = '\u2067kr';
    const result = validateDataset(d);
    const out = result.ok ? '' : result.problems.map(formatProblem).join('\n');
    expect(out).toContain('nodes[0]["\\u202Eyek"]: unknown key "\\u202Eyek"');
    expect(out).toContain('nodes[1].kind: "x\\u202Ey\\u0000" is not a known node kind');
    expect(out).toContain('edges[0].target: "\\u2067kr" is not a');
    expect(out).not.toMatch(
      // oxlint-disable-next-line no-control-regex -- the characters this test must not find
      /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/,
    );
  });

  it('quote long values shortly and never split a surrogate pair', () => {
    expect(quoteText('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
    const cut = quoteText(`${'x'.repeat(59)}😀😀`);
    expect(cut).toBe(`"${'x'.repeat(59)}…"`);
    expect(/[\uD800-\uDFFF]/u.test(cut)).toBe(false);
  });
});

describe('duplicate keys', () => {
  it('are reported with their path, not silently resolved', () => {
    const json = text
      .replace('"version": 1,', '"version": 1,\n  "version": 1,')
      .replace(/("label": \{\s*"de": "[^"]*",\s*"en": "[^"]*")/, '$1, "en": "Gefälscht"');
    const result = parseDataset(json);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'version: duplicate key "version": a key may appear only once in an object (programs disagree on which value counts)',
      // The first label in the file: the article dataset declares its background layer first.
      'meta.layers[0].label.en: duplicate key "en": a key may appear only once in an object (programs disagree on which value counts)',
    ]);
  });

  it('are found when spelled with escapes, deep in arrays, and next to other problems', () => {
    const d = fresh();
    d.story[2].nodes.push('nowhere');
    const json = JSON.stringify(d).replace(
      '"type":"article","quote"',
      '"type":"article","typ\\u0065":"article","quote"',
    );
    const result = parseDataset(json);
    const out = result.ok ? [] : result.problems.map(formatProblem);
    expect(out[0]).toMatch(/^nodes\[\d+\]\.evidence\[\d+\]\.type: duplicate key "type"/);
    expect(out).toContain(`story[2].nodes[${d.story[2].nodes.length - 1}]: "nowhere" is not a node id`);
  });

  it('in different objects, or a key equal to a value, are fine', () => {
    expect(parseDataset(text).ok).toBe(true);
    const result = parseDataset('[{"a": "a", "b": {"a": 1}}, {"a": 2}]');
    expect(result.ok ? [] : result.problems.map(formatProblem)).not.toContainEqual(
      expect.stringContaining('duplicate'),
    );
  });

  it('are found in objects with many keys, in time linear in their number', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"k${i}": ${i}`);
    const started = performance.now();
    const result = parseDataset(`{${[...keys, '"k40": 0'].join(', ')}}`);
    expect(
      performance.now() - started,
      'a hostile object with 100,000 keys costs no more than its size',
    ).toBeLessThan(2000);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toContain(
      'k40: duplicate key "k40": a key may appear only once in an object (programs disagree on which value counts)',
    );
  });

  it('include prototype keys', () => {
    const result = parseDataset('{"__proto__": {}, "__proto__": {"x": 1}}');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toContain(
      '__proto__: duplicate key "__proto__": a key may appear only once in an object (programs disagree on which value counts)',
    );
  });
});

describe('file encodings', () => {
  const asUtf8 = (bytes: Buffer) => new TextDecoder().decode(bytes);
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(text, 'utf16le').swap16();
  const bom = (b: number[], rest: Buffer) => Buffer.concat([Buffer.from(b), rest]);
  const message = (s: string) => {
    const result = parseDataset(s);
    return result.ok ? '' : formatProblem(result.problems[0]!);
  };

  it('names UTF-16 without a byte order mark instead of "Unexpected token"', () => {
    expect(message(asUtf8(le))).toBe(
      'the file is encoded as UTF-16 (little-endian) without a byte order mark, not UTF-8: save it as UTF-8',
    );
    expect(message(asUtf8(be))).toBe(
      'the file is encoded as UTF-16 (big-endian) without a byte order mark, not UTF-8: save it as UTF-8',
    );
  });

  it('names UTF-16 with a byte order mark and UTF-32', () => {
    expect(message(asUtf8(bom([0xff, 0xfe], le)))).toContain('UTF-16 (little-endian) with a byte order mark');
    expect(message(asUtf8(bom([0xfe, 0xff], be)))).toContain('UTF-16 (big-endian) with a byte order mark');
    const utf32le = Buffer.alloc(8);
    utf32le.write('{', 0);
    utf32le.write('}', 4);
    expect(message(asUtf8(utf32le))).toContain('UTF-32 (little-endian) without a byte order mark');
  });

  it('still reads UTF-8 with a byte order mark', () => {
    expect(parseDataset(asUtf8(bom([0xef, 0xbb, 0xbf], Buffer.from(text)))).ok).toBe(true);
  });
});

describe('links in every spelling', () => {
  it('accepts only absolute http(s) URLs in the data', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' https://example.org/',
      'java\tscript:alert(1)',
      'javascript&colon;alert(1)',
      '//example.org/x',
      '\\\\example.org\\x',
      'https:example.org',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      const d = fresh();
      d.meta.source.url = url;
      const result = validateDataset(d);
      expect(result.ok, url).toBe(false);
      expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['meta.source.url']);
    }
  });
});
