// @vitest-environment node
/**
 * Each validation rule on its own: a mutation of the article dataset must be
 * reported at the right path with what was expected and what was found.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Dataset } from '../../src/data/schema';
import { MAX_PROBLEMS, formatProblem, validateDataset } from '../../src/data/validate';
import { parseDataset } from '../../src/data/parse';

const text = readFileSync(new URL('../../data/alliance-network.json', import.meta.url), 'utf8');
// oxlint-disable-next-line typescript/no-explicit-any -- tests mutate arbitrary parts of the JSON
type Json = any;
const fresh = (): Json => JSON.parse(text);

function problems(mutate: (d: Json) => void): string[] {
  const d = fresh();
  mutate(d);
  const result = validateDataset(d);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateDataset', () => {
  it('accepts the article dataset', () => {
    const result = validateDataset(fresh());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.nodes.length).toBe(fresh().nodes.length);
  });

  it('reports an edge to a missing node exactly like the issue', () => {
    expect(problems((d) => (d.edges[12].target = 'fr'))).toEqual(['edges[12].target: "fr" is not a node id']);
    expect(problems((d) => (d.edges[0].source = 'xx'))).toEqual(['edges[0].source: "xx" is not a node id']);
  });

  it('reports duplicate node and edge ids', () => {
    expect(problems((d) => (d.nodes[3].id = d.nodes[0].id))).toContain(
      `nodes[3].id: "${fresh().nodes[0].id}" is not a unique node id (nodes[0] has it too)`,
    );
    expect(problems((d) => (d.edges[5].id = d.edges[1].id))).toContain(
      `edges[5].id: "${fresh().edges[1].id}" is not a unique edge id (edges[1] has it too)`,
    );
    expect(problems((d) => (d.story[2].id = d.story[0].id))).toEqual([
      `story[2].id: "${fresh().story[0].id}" is not a unique story step id (story[0] has it too)`,
    ]);
  });

  it('reports unknown kinds', () => {
    expect(problems((d) => (d.nodes[1].kind = 'planet'))[0]).toMatch(
      /^nodes\[1\]\.kind: "planet" is not a known node kind \(country, person/,
    );
    expect(problems((d) => (d.edges[1].kind = 'friends'))[0]).toMatch(
      /^edges\[1\]\.kind: "friends" is not a known relation kind \(alliance/,
    );
  });

  it('requires both languages', () => {
    expect(problems((d) => delete d.nodes[0].label.en)).toEqual([
      'nodes[0].label.en: missing, expected non-empty English text',
    ]);
    expect(problems((d) => (d.meta.title.de = '  '))).toEqual([
      'meta.title.de: "  " is not non-empty German text',
    ]);
    expect(problems((d) => (d.nodes[2].label = 'USA'))[0]).toMatch(
      /^nodes\[2\]\.label: "USA" is not an object with German and English text/,
    );
  });

  it('checks story steps against the node and edge ids', () => {
    expect(problems((d) => d.story[0].nodes.push('nowhere'))).toEqual([
      `story[0].nodes[${fresh().story[0].nodes.length}]: "nowhere" is not a node id`,
    ]);
    expect(problems((d) => (d.story[1].edges = ['no-such-edge']))).toEqual([
      'story[1].edges[0]: "no-such-edge" is not an edge id',
    ]);
    expect(problems((d) => (d.story[1].focus = 'zz'))).toEqual(['story[1].focus: "zz" is not a node id']);
  });

  it('allows only http(s) URLs in references', () => {
    const bg = (d: Json) =>
      d.nodes.flatMap((n: Json) => n.evidence).find((e: Json) => e.type === 'background');
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '/relative/path',
      'ftp://example.org/',
    ]) {
      const out = problems((d) => (bg(d).reference.url = url));
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(/reference\.url: ".*" is not an absolute http: or https: URL$/);
    }
    expect(problems((d) => (d.meta.source.url = 'javascript:alert(1)'))).toEqual([
      'meta.source.url: "javascript:alert(1)" is not an absolute http: or https: URL',
    ]);
    expect(
      validateDataset({
        ...fresh(),
        meta: { ...fresh().meta, source: { name: 'x', url: 'HTTPS://EXAMPLE.ORG/' } },
      }).ok,
    ).toBe(true);
  });

  it('checks structure and types', () => {
    expect(problems((d) => (d.version = 2))).toEqual(['version: 2 is not the format version 1']);
    expect(problems((d) => (d.nodes = {}))[0]).toBe('nodes: an object is not a list of nodes');
    expect(problems((d) => (d.nodes[4].id = 'Not Kebab'))[0]).toMatch(
      /^nodes\[4\]\.id: "Not Kebab" is not a kebab-case id/,
    );
    expect(problems((d) => (d.nodes[4].evidence = []))).toEqual([
      'nodes[4].evidence: an array of 0 is not at least one evidence item',
    ]);
    expect(problems((d) => delete d.nodes[4].evidence)).toEqual([
      'nodes[4].evidence: missing, expected at least one evidence item',
    ]);
    expect(problems((d) => (d.nodes[4].evidence[0].type = 'rumour'))[0]).toMatch(
      /^nodes\[4\]\.evidence\[0\]\.type: "rumour" is not an evidence type/,
    );
    expect(problems((d) => (d.nodes[4].colour = 'red'))).toEqual([
      'nodes[4].colour: unknown key "colour" (not part of the format; check its spelling)',
    ]);
    expect(problems((d) => (d.meta.date = '28.07.2024'))).toEqual([
      'meta.date: "28.07.2024" is not an ISO date (YYYY-MM-DD)',
    ]);
    expect(validateDataset([]).ok).toBe(false);
    expect(validateDataset(null).ok).toBe(false);
  });

  it('reports all problems at once, structural and cross-references together', () => {
    const out = problems((d) => {
      d.nodes[0].kind = 'planet';
      delete d.nodes[1].label.de;
      d.edges[3].target = 'fr';
    });
    expect(out).toHaveLength(3);
    expect(out).toContain('edges[3].target: "fr" is not a node id');
  });

  it('reports a layer that is not declared, or not a layer id, with its path', () => {
    expect(problems((d) => (d.nodes[0].layer = 'wide'))).toEqual([
      'nodes[0].layer: "wide" is not a layer declared in meta.layers (wider)',
    ]);
    expect(problems((d) => (d.edges[2].layer = 'Wider Network'))).toEqual([
      'edges[2].layer: "Wider Network" is not a layer id (kebab-case, declared in meta.layers)',
    ]);
    expect(problems((d) => (d.stories[0].layers = ['background']))).toEqual([
      'stories[0].layers[0]: "background" is not a layer declared in meta.layers (wider)',
    ]);
    expect(
      problems((d) => {
        delete d.meta.layers;
        d.nodes[1].layer = 'wider';
        d.nodes[0].layer = undefined;
      }).filter((p) => p.startsWith('nodes[1]')),
    ).toEqual(['nodes[1].layer: "wider" is not a layer declared in meta.layers (the dataset declares none)']);
    expect(
      problems((d) => d.meta.layers.push({ ...d.meta.layers[0] })).filter((p) => p.startsWith('meta.')),
    ).toEqual(['meta.layers[1].id: "wider" is not a unique layer id (meta.layers[0] has it too)']);
  });

  it('reports a relation date that is not a date, not in the calendar, or ends before it began', () => {
    expect(problems((d) => (d.edges[0].date = '28.7.2024'))).toEqual([
      'edges[0].date: "28.7.2024" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
    expect(problems((d) => (d.edges[0].date = '1951-13'))).toEqual([
      'edges[0].date: "1951-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
    expect(problems((d) => (d.edges[0].date = '1951-02-29'))).toEqual([
      'edges[0].date: "1951-02-29" is not a real calendar date',
    ]);
    expect(problems((d) => (d.edges[0].date = 1951))).toEqual([
      'edges[0].date: 1951 is not a date (a string)',
    ]);
    expect(problems((d) => (d.edges[0].end = '1959-12'))).toEqual([
      'edges[0].end: "1959-12" is not a date on or after the relation\'s date (1960-01-19)',
    ]);
    const ok = fresh();
    ok.edges[0].date = '1952-02-29';
    ok.edges[0].end = '1986';
    expect(validateDataset(ok).ok).toBe(true);
  });

  it('checks the steps of further stories like the main story', () => {
    expect(
      problems((d) => {
        d.stories[0].steps[1].nodes[0] = 'fr';
        d.stories[0].steps[2].id = d.stories[0].steps[0].id;
        d.stories.push({ ...d.stories[0] });
      }).toSorted(),
    ).toEqual([
      'stories[0].steps[1].nodes[0]: "fr" is not a node id',
      'stories[0].steps[2].id: "spokes" is not a unique story step id (stories[0].steps[0] has it too)',
      'stories[1].id: "network" is not a unique story id (stories[0] has it too)',
      'stories[1].steps[1].nodes[0]: "fr" is not a node id',
      'stories[1].steps[2].id: "spokes" is not a unique story step id (stories[1].steps[0] has it too)',
    ]);
  });

  it('caps the list and says how many more there were', () => {
    const d = fresh();
    for (const e of d.edges) e.kind = 'nope';
    for (const n of d.nodes) n.kind = 'nope';
    d.story.forEach((s: Json) => (s.focus = 'zz'));
    const result = validateDataset(d);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // One problem per node kind, per relation kind and per story focus.
    const expected = d.nodes.length + d.edges.length + d.story.length;
    expect(expected).toBeGreaterThan(MAX_PROBLEMS);
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect((result.omitted ?? 0) + result.problems.length).toBe(expected);
  });

  it('is the same schema valibot users get: the cross-references are part of Dataset', () => {
    const d = fresh();
    d.edges[0].target = 'fr';
    expect(v.safeParse(Dataset, d).success).toBe(false);
    expect(v.safeParse(Dataset, fresh()).success).toBe(true);
  });
});

describe('parseDataset', () => {
  it('reports malformed JSON with line and column', () => {
    const bad = '{\n  "version": 1,\n  "meta": {\n    "title": 1\n    "x": 2\n  }\n}';
    const result = parseDataset(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatProblem(result.problems[0]!)).toMatch(/^malformed JSON at line 5, column 5: /);
    const end = parseDataset('{"version": 1,');
    if (!end.ok) expect(formatProblem(end.problems[0]!)).toMatch(/^malformed JSON at line 1, column 15/);
  });

  it('accepts a byte order mark', () => {
    expect(parseDataset(`\uFEFF${text}`).ok).toBe(true);
  });

  it('refuses too many nodes or edges before validating them', () => {
    const nodes = Array.from({ length: 20_001 }, () => ({}));
    const result = parseDataset(JSON.stringify({ version: 1, nodes, edges: [] }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toEqual([
        'nodes: too many nodes: 20001, the limit is 20000',
      ]);
    const edges = parseDataset(JSON.stringify({ edges: Array.from({ length: 100_001 }, () => 0) }));
    if (!edges.ok)
      expect(formatProblem(edges.problems[0]!)).toBe('edges: too many edges: 100001, the limit is 100000');
  });

  it('refuses too many nodes also when given parsed JSON', () => {
    const result = validateDataset({ ...fresh(), edges: Array.from({ length: 100_001 }, () => ({})) });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'edges: too many edges: 100001, the limit is 100000',
    ]);
  });

  it('refuses text over 10 MiB before parsing it', () => {
    const result = parseDataset(' '.repeat(10 * 1024 * 1024 + 1));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatProblem(result.problems[0]!)).toMatch(
        /^the file is too large: 10,485,761 bytes \(10\.0 MiB\), the limit is 10 MiB \(10,485,760 bytes\)$/,
      );
  });

  it('takes the file’s size from the caller when it knows it (a blob’s), not from the text', () => {
    // The size a file has on disk decides, not its text (which a wrong encoding may have changed).
    const refused = parseDataset('{}', undefined, undefined, 10 * 1024 * 1024 + 1);
    expect(refused.ok ? [] : refused.problems.map(formatProblem)).toEqual([
      'the file is too large: 10,485,761 bytes (10.0 MiB), the limit is 10 MiB (10,485,760 bytes)',
    ]);
    const within = parseDataset(text, undefined, undefined, text.length);
    expect(within.ok).toBe(true);
  });

  it('reports the phases', () => {
    const phases: string[] = [];
    parseDataset(text, (p) => phases.push(p));
    expect(phases).toEqual(['parsing', 'validating']);
  });
});
