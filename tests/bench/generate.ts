/**
 * Writes a generated dataset (src/graph/generate.ts) as JSON, for the browser
 * benchmark and tests: `npx tsx tests/bench/generate.ts <nodes> <out.json> [seed]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateDataset } from '../../src/graph/generate';

export function writeGenerated(nodes: number, out: string, seed = 1): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(generateDataset({ nodes, seed })));
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const [nodes, out, seed] = process.argv.slice(2);
  if (!nodes || !out) {
    console.error('usage: npx tsx tests/bench/generate.ts <nodes> <out.json> [seed]');
    process.exit(2);
  }
  writeGenerated(Number(nodes), out, seed ? Number(seed) : 1);
}
