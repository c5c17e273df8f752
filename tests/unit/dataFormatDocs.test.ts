// @vitest-environment node
/** The published format: data/schema.json is generated and current, data/README.md's example is valid. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText } from '../../src/data/jsonSchema';
import { TEXT_LIMITS } from '../../src/data/textRules';
import { formatProblem } from '../../src/data/validate';
import { parseDataset } from '../../src/data/parse';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('data/schema.json', () => {
  it('is up to date with src/data/schema.ts (run `npm run schema` if not)', () => {
    expect(read('data/schema.json')).toBe(datasetJsonSchemaText());
  });

  it('describes the top level, the kinds and the http(s)-only URLs', () => {
    const schema = JSON.parse(read('data/schema.json'));
    expect(schema.required).toEqual(['version', 'meta', 'nodes', 'edges']);
    expect(schema.additionalProperties).toBe(false);
    const text = JSON.stringify(schema);
    expect(text).toContain('"institution"');
    expect(text).toContain('"applies-to"');
    expect(text).toContain('[hH][tT][tT][pP][sS]?');
  });
});

describe('data/README.md', () => {
  it('has a minimal example that validates', () => {
    const md = read('data/README.md');
    const example = /## A minimal example\s+```json\n([\s\S]*?)```/.exec(md)?.[1];
    expect(example).toBeDefined();
    const result = parseDataset(example ?? '');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('documents every text length limit and the exact file limit', () => {
    const md = read('data/README.md');
    const table = /### Maximum lengths([\s\S]*?)Longer text/.exec(md)?.[1] ?? '';
    // Each row: the keys it names (last part of `a.b`) and its number.
    const rows = table
      .split('\n')
      .filter((line) => /\| [\d,]+ +\|$/.test(line))
      .map((line) => ({
        keys: [...line.matchAll(/`([\w.]+)`/g)].map((m) => m[1]!.split('.').at(-1)),
        limit: /\| ([\d,]+) +\|$/.exec(line)![1]!.replace(',', ''),
      }));
    const stated = (key: string) => rows.find((r) => r.keys.includes(key))?.limit;
    expect(stated('label')).toBe(String(TEXT_LIMITS.label));
    expect(stated('title')).toBe(String(TEXT_LIMITS.title));
    expect(stated('description')).toBe(String(TEXT_LIMITS.description));
    expect(stated('translation')).toBe(String(TEXT_LIMITS.quote));
    expect(stated('note')).toBe(String(TEXT_LIMITS.note));
    expect(stated('url')).toBe(String(TEXT_LIMITS.url));
    expect(md).toContain('10 MiB');
    expect(md).toContain('10,485,760 bytes');
    expect(md).not.toMatch(/\b10 MB\b/);
  });

  it('states the text limits in schema.json too', () => {
    const schema = JSON.parse(read('data/schema.json'));
    const label = schema.$defs.Label.properties.en;
    expect(label.maxLength).toBe(TEXT_LIMITS.label);
    expect(label.not.pattern).toContain('\\u202A-\\u202E');
    expect(schema.$defs.Description.properties.de.maxLength).toBe(TEXT_LIMITS.description);
  });

  it('links the schema and names the checker', () => {
    const md = read('data/README.md');
    expect(md).toContain('schema.json');
    expect(md).toContain('npm run validate');
  });
});
