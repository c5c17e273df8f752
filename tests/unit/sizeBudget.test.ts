// @vitest-environment node
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstViewFiles, measure, staticImports } from '../bench/size.mjs';

function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'size-'));
  mkdirSync(join(dir, 'assets'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

describe('first-view size', () => {
  it('finds static imports but not dynamic ones', () => {
    const code =
      'import{a as b}from"./shared-1.js";import"./side.js";export{c}from"./re.js";' +
      'const x=()=>import("./lazy.js");import("./lazy2.js");';
    expect(staticImports(code).toSorted()).toEqual(['./re.js', './shared-1.js', './side.js']);
  });

  it('counts the entry, its static chunks, modulepreloads and stylesheets, not lazy chunks', () => {
    const dist = fakeDist({
      'index.html':
        '<script type="module" crossorigin src="./assets/index.js"></script>' +
        '<link rel="modulepreload" href="./assets/pre.js"><link rel="stylesheet" href="./assets/index.css">',
      'assets/index.js': 'import{r}from"./react.js";const s=()=>import("./story.js");',
      'assets/react.js': 'export const r=1;',
      'assets/pre.js': 'export const p=1;',
      'assets/story.js': 'import{r}from"./react.js";export const big="' + 'x'.repeat(5000) + '";',
      'assets/index.css': 'body{margin:0}',
      'assets/story.css': '.story{}',
    });
    const files = firstViewFiles(dist);
    const names = (list: string[]) => list.map((f) => f.slice(dist.length + 1)).toSorted();
    expect(names(files.js)).toEqual(['assets/index.js', 'assets/pre.js', 'assets/react.js']);
    expect(names(files.css)).toEqual(['assets/index.css']);
    const result = measure(dist);
    expect(result.js.gzip).toBe(result.js.files.reduce((a, f) => a + f.gzip, 0));
    expect(result.js.gzip).toBeLessThan(500);
  });
});
