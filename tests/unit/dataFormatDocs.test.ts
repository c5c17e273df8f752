// @vitest-environment node
/** The published format: data/schema.json is generated and current, data/README.md's example is valid. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText } from '../../src/data/jsonSchema';
import { formatProblem, parseDataset } from '../../src/data/validate';

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

  it('links the schema and names the checker', () => {
    const md = read('data/README.md');
    expect(md).toContain('schema.json');
    expect(md).toContain('npm run validate');
  });
});
