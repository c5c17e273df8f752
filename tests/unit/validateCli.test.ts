// @vitest-environment node
/** `npm run validate -- file.json`: exit codes and messages. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'alliance-validate-'));
const article = JSON.parse(readFileSync(join(root, 'data/alliance-network.json'), 'utf8'));
/** The story steps (of every story) with a question for the class. */
function questions(d: { story: { question?: unknown }[]; stories?: { steps: { question?: unknown }[] }[] }) {
  return [...d.story, ...(d.stories ?? []).flatMap((s) => s.steps)].filter((s) => s.question).length;
}
const articleSummary =
  `ok: ${article.nodes.length} nodes, ${article.edges.length} edges, ${article.story.length} story steps` +
  ` (layers: wider; 1 more story; ${questions(article)} questions for the class)`;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run validate', { timeout: 30_000 }, () => {
  it('prints a one-line summary and exits 0 for a valid file', () => {
    const r = run('data/alliance-network.json');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(articleSummary);
  });

  it('prints every problem and exits 1', () => {
    const d = JSON.parse(readFileSync(join(root, 'data/alliance-network.json'), 'utf8'));
    d.edges[12].target = 'fr';
    d.nodes[0].kind = 'planet';
    const r = run(file('bad.json', JSON.stringify(d)));
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad.json: 2 problems');
    expect(r.out).toContain('edges[12].target: "fr" is not a node id');
    expect(r.out).toContain('nodes[0].kind: "planet" is not a known node kind');
  });

  it('reports malformed JSON with line and column and exits 1', () => {
    const r = run(file('broken.json', '{\n  "version": 1,\n  "meta": }\n'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('malformed JSON at line 3, column 11');
  });

  it('reports hostile text, duplicate keys and over-long text with their JSON paths', () => {
    const d = JSON.parse(readFileSync(join(root, 'data/alliance-network.json'), 'utf8'));
    d.nodes[0].label.en = 'Ja\u0000pan';
    d.nodes[1].label.de = 'deillA \u202Enapaj';
    d.nodes[2].label.en = 'x\uD800';
    d.nodes[3].description = { de: 'x'.repeat(2001), en: 'y' };
    const json = JSON.stringify(d, null, 2).replace('"version": 1,', '"version": 1,\n  "version": 1,');
    const r = run(file('hostile.json', json));
    expect(r.code).toBe(1);
    expect(r.out).toContain('hostile.json: 5 problems');
    expect(r.out).toContain('  version: duplicate key "version"');
    expect(r.out).toContain(
      '  nodes[0].label.en: the control character U+0000 at character 3 is not allowed',
    );
    expect(r.out).toContain(
      '  nodes[1].label.de: the bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 8',
    );
    expect(r.out).toContain('  nodes[2].label.en: ill-formed Unicode: an unpaired surrogate (U+D800)');
    expect(r.out).toContain('  nodes[3].description.de: too long: 2,001 characters, the limit is 2,000');
    // The report itself carries none of the characters it reports.
    // oxlint-disable-next-line no-control-regex -- the characters this test must not find
    expect(r.out).not.toMatch(/[\u0000\u202E]/);
  });

  it('names the encoding of a UTF-16 file', () => {
    const utf16 = Buffer.from(readFileSync(join(root, 'data/alliance-network.json'), 'utf8'), 'utf16le');
    const path = join(dir, 'utf16.json');
    writeFileSync(path, utf16);
    const r = run(path);
    expect(r.code).toBe(1);
    expect(r.out).toContain('utf16.json: 1 problem');
    expect(r.out).toContain(
      '  the file is encoded as UTF-16 (little-endian) without a byte order mark, not UTF-8: save it as UTF-8',
    );
  });

  it('exits 1 with a clear message for a file it cannot read', () => {
    const r = run(join(dir, 'does-not-exist.json'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('cannot read the file: no such file');
  });

  it('explains its usage without a file', () => {
    const r = run();
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('usage: npm run validate -- path/to/file.json');
  });

  it('checks several files and fails if one fails', () => {
    const r = run('data/alliance-network.json', 'tests/e2e/fixtures/dangling-edge.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain(articleSummary);
    expect(r.out).toContain('edges[2].target: "kr" is not a node id');
  });

  it('runs as the npm script', () => {
    const r = spawnSync('npm', ['run', '-s', 'validate', '--', 'tests/e2e/fixtures/dangling-edge.json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('edges[2].target: "kr" is not a node id');
  });
});
