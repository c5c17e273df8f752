// @vitest-environment node -- reads the source tree with node:fs.
/**
 * The shape of the house (issue #10): imports only run downwards, pure cores →
 * store → shared UI → features → app; no import cycle; no folder holds more
 * than 20 files; no module-level mutable state.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

/** Layer of each top-level folder of src/: an import may only go to the same or a lower layer. */
const LAYER: Record<string, number> = {
  data: 0,
  layout: 1,
  graph: 1,
  i18n: 1,
  store: 2,
  ui: 3,
  network: 4,
  explore: 4,
  classroom: 4,
  embed: 4,
  'data-loading': 4,
  app: 5,
  cli: 5,
};
/** Pure cores: no React, no DOM rendering. */
const PURE = ['data', 'layout', 'graph', 'i18n'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const files = walk(SRC).filter((f) => /\.(ts|tsx)$/.test(f));
const topFolder = (file: string): string => relative(SRC, file).split('/')[0] ?? '';

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  const out: string[] = [];
  for (const spec of specs) {
    const base = resolve(dirname(file), spec.replace(/\?.*$/, ''));
    if (!base.startsWith(SRC)) continue; // data/*.json and the like
    const candidates = [base, `${base}.ts`, `${base}.tsx`, base.replace(/\.js$/, '.ts')];
    const hit = candidates.find((c) => files.includes(c));
    if (hit) out.push(hit);
  }
  return out;
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('architecture', () => {
  it('puts every top-level folder of src/ in a layer', () => {
    const folders = new Set(files.map(topFolder).filter((f) => !f.endsWith('.ts')));
    for (const f of folders) expect(LAYER, `layer of src/${f}`).toHaveProperty(f);
  });

  it('has no import from a lower layer to a higher one', () => {
    const upward: string[] = [];
    for (const [file, deps] of graph) {
      const from = LAYER[topFolder(file)];
      if (from === undefined) continue;
      for (const dep of deps) {
        const to = LAYER[topFolder(dep)];
        if (to !== undefined && to > from) upward.push(`${relative(SRC, file)} → ${relative(SRC, dep)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps the pure cores free of React', () => {
    const impure = files.filter(
      (f) =>
        PURE.includes(topFolder(f)) && /from ['"]react(-dom)?['"]|\.tsx$/.test(readFileSync(f, 'utf8') + f),
    );
    expect(impure.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const dep of graph.get(f) ?? []) {
        if (state.get(dep) === 'open')
          cycles.push(
            stack
              .slice(stack.indexOf(dep))
              .concat(dep)
              .map((x) => relative(SRC, x))
              .join(' → '),
          );
        else if (!state.has(dep)) visit(dep);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('holds at most 20 files directly in any folder', () => {
    const dirs = new Set(walk(SRC).map(dirname));
    const crowded = [...dirs]
      .map(
        (d) =>
          [
            relative(SRC, d) || '.',
            readdirSync(d).filter((n) => statSync(join(d, n)).isFile()).length,
          ] as const,
      )
      .filter(([, n]) => n > 20);
    expect(crowded).toEqual([]);
  });

  it('keeps no mutable state at module level', () => {
    const offenders: string[] = [];
    for (const f of files) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^(export\s+)?(let|var)\s/.test(line)) offenders.push(`${relative(SRC, f)}:${i + 1}`);
          // A collection made at module level is shared by every use: only read-only ones (typed so).
          if (/^(export\s+)?const\s+\w+\s*=\s*new\s+(Map|WeakMap|Set|WeakSet)\b/.test(line))
            offenders.push(`${relative(SRC, f)}:${i + 1}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
