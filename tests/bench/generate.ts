/**
 * Writes a generated dataset (src/graph/generate.ts) as JSON, for the browser
 * benchmark and tests: `npx tsx tests/bench/generate.ts <nodes> <out.json> [seed] [--pretty]`
 * (`--pretty`: indented, as hand-edited or exported files often are).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateDataset } from '../../src/graph/generate';

export function writeGenerated(nodes: number, out: string, seed = 1, pretty = false): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(generateDataset({ nodes, seed }), null, pretty ? 2 : undefined));
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const args = process.argv.slice(2).filter((a) => a !== '--pretty');
  const [nodes, out, seed] = args;
  if (!nodes || !out) {
    console.error('usage: npx tsx tests/bench/generate.ts <nodes> <out.json> [seed]');
    process.exit(2);
  }
  writeGenerated(Number(nodes), out, seed ? Number(seed) : 1, process.argv.includes('--pretty'));
}
