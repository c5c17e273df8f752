// @vitest-environment node
/**
 * Thousands of random and mutated datasets: the loader never throws and
 * returns either a valid graph or a non-empty list of problems.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/data/jsonPosition';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { parseDataset } from '../../src/data/parse';
import type { ValidationResult } from '../../src/data/validate';

const text = readFileSync(new URL('../../data/alliance-network.json', import.meta.url), 'utf8');
type Json = unknown;
type Path = (string | number)[];

function check(result: ValidationResult): void {
  if (result.ok) {
    // A valid graph: every edge meets existing nodes.
    const ids = new Set(result.dataset.nodes.map((n) => n.id));
    for (const e of result.dataset.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
    expect(ids.size).toBe(result.dataset.nodes.length);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path).toBe('string');
      expect(formatProblem(p).length).toBeGreaterThan(0);
    }
  }
}

/** Every path to a value inside the dataset. */
function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function parentOf(
  root: Json,
  path: Path,
): { parent: Record<string | number, Json>; key: string | number } | null {
  if (path.length === 0) return null;
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  return { parent: node, key: path.at(-1) as string | number };
}

const base = JSON.parse(text) as { nodes: { id: string }[]; edges: { id: string; target: string }[] };
const allPaths = paths(base);

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; value: Json }
  | { op: 'duplicate-node'; a: number; b: number }
  | { op: 'duplicate-edge'; a: number; b: number }
  | { op: 'dangling'; edge: number; id: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ op: fc.constant('duplicate-node' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-edge' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('dangling' as const), edge: fc.nat(), id: fc.string({ maxLength: 8 }) }),
);

function apply(d: typeof base, m: Mutation): boolean {
  const nodes = d.nodes;
  const edges = d.edges;
  switch (m.op) {
    case 'delete':
    case 'replace': {
      const target = parentOf(d, allPaths[m.at % allPaths.length] as Path);
      if (!target) return false;
      if (m.op === 'delete') {
        if (Array.isArray(target.parent)) target.parent.splice(target.key as number, 1);
        else delete target.parent[target.key];
      } else target.parent[target.key] = m.value;
      return false;
    }
    case 'duplicate-node': {
      const a = m.a % nodes.length;
      const b = m.b % nodes.length;
      if (a === b) return false;
      (nodes[b] as { id: string }).id = (nodes[a] as { id: string }).id;
      return true;
    }
    case 'duplicate-edge': {
      const a = m.a % edges.length;
      const b = m.b % edges.length;
      if (a === b) return false;
      (edges[b] as { id: string }).id = (edges[a] as { id: string }).id;
      return true;
    }
    case 'dangling': {
      if (nodes.some((n) => n.id === m.id)) return false;
      (edges[m.edge % edges.length] as { target: string }).target = m.id;
      return true;
    }
  }
}

describe('the loader on random and mutated data', () => {
  it('mutated datasets: never throws; a valid graph or problems; known-bad mutations are caught', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        const d = JSON.parse(text) as typeof base;
        let mustFail = false;
        for (const m of ms) {
          try {
            const bad = apply(d, m);
            mustFail ||= bad && ms.length === 1;
          } catch {
            return; // the mutation itself did not fit (an earlier one changed the shape)
          }
        }
        const result = validateDataset(d);
        check(result);
        if (mustFail) expect(result.ok).toBe(false);
        check(parseDataset(JSON.stringify(d)));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('random JSON values: never a valid graph, always problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value);
        check(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('random text and truncated files: problems with a line and column for malformed JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.nat(text.trimEnd().length - 1).map((n) => text.slice(0, n)),
        ),
        (s) => {
          const result = parseDataset(s);
          check(result);
          expect(result.ok).toBe(false);
          if (jsonErrorOffset(s) >= 0 && !result.ok) {
            expect(formatProblem(result.problems[0]!)).toMatch(/^malformed JSON at line \d+, column \d+: /);
          }
        },
      ),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('finds the place of a JSON syntax error exactly when JSON.parse fails', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (s) => {
          let valid = true;
          try {
            JSON.parse(s);
          } catch {
            valid = false;
          }
          const offset = jsonErrorOffset(s);
          expect(offset === -1).toBe(valid);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('survives deeply nested JSON', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(99_999)}`;
    check(parseDataset(deep));
  });
});
