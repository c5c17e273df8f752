import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { parseDataset } from '../../src/data/parse';
import { articleDataset, cloneDataset } from './fixtures';

function problemsOf(input: unknown) {
  const result = validateDataset(input);
  if (result.ok) throw new Error('expected problems, got a valid dataset');
  return result.problems;
}

describe('the dataset schema', () => {
  it('accepts the article dataset', () => {
    const result = validateDataset(articleDataset);
    expect(result.ok).toBe(true);
  });

  it('rejects an unknown node kind with its path', () => {
    const data = cloneDataset();
    (data.nodes[2] as { kind: string }).kind = 'planet';
    const [p] = problemsOf(data);
    expect(p?.path).toBe('nodes[2].kind');
    expect(formatProblem(p!)).toContain('"planet"');
  });

  it('rejects a dangling edge target and names it', () => {
    const data = cloneDataset();
    data.edges[3]!.target = 'fr';
    const problems = problemsOf(data);
    expect(problems.map((p) => p.path)).toContain('edges[3].target');
    expect(problems.map(formatProblem).join('\n')).toContain('"fr"');
  });

  it('rejects duplicate node ids', () => {
    const data = cloneDataset();
    data.nodes[1]!.id = data.nodes[0]!.id;
    expect(problemsOf(data).some((p) => p.path === 'nodes[1].id')).toBe(true);
  });

  it('requires both languages in labels', () => {
    const data = cloneDataset();
    delete (data.nodes[0]!.label as { en?: string }).en;
    expect(problemsOf(data)[0]?.path).toBe('nodes[0].label.en');
  });

  it('allows only http(s) reference links', () => {
    const data = cloneDataset();
    const node = data.nodes.find((n) => n.evidence.some((e) => e.type === 'background'))!;
    const index = data.nodes.indexOf(node);
    const ev = node.evidence.findIndex((e) => e.type === 'background');
    (node.evidence[ev] as { reference: { url?: string } }).reference.url = 'javascript:alert(1)';
    const problems = problemsOf(data);
    expect(problems.some((p) => p.path === `nodes[${index}].evidence[${ev}].reference.url`)).toBe(true);
  });

  it('requires evidence on every node', () => {
    const data = cloneDataset();
    data.nodes[0]!.evidence = [];
    expect(problemsOf(data)[0]?.path).toBe('nodes[0].evidence');
  });

  it('reports all problems at once', () => {
    const data = cloneDataset();
    (data.nodes[0] as { kind: string }).kind = 'x';
    (data.nodes[1] as { kind: string }).kind = 'y';
    expect(problemsOf(data).length).toBeGreaterThanOrEqual(2);
  });

  it('reports malformed JSON with line and column', () => {
    const result = parseDataset('{\n  "version": 1,\n  "meta": }');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblem(result.problems[0]!)).toMatch(/line 3, column \d+/);
  });

  it('never throws on non-objects', () => {
    for (const input of [null, 1, 'x', [], undefined, { version: 2 }]) {
      expect(validateDataset(input).ok).toBe(false);
    }
  });
});

describe('malformed JSON positions', () => {
  it.each([
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": [1, 2\n}', 3, 1],
    ['[1, 2] x', 1, 8],
    ['{"a": tru}', 1, 10],
    ['{"a": "x', 1, 9],
  ])('%j fails at line %i, column %i', (text, line, column) => {
    const result = parseDataset(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblem(result.problems[0]!)).toContain(`line ${line}, column ${column}`);
  });
});
