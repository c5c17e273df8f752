import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/data/schema';

// Vitest runs from the repository root; jsdom's import.meta.url is not a file URL.
export const articleDataset: Dataset = JSON.parse(
  readFileSync(join(process.cwd(), 'data/alliance-network.json'), 'utf8'),
) as Dataset;

/** A deep copy to mutate in a test. */
export function cloneDataset(): Dataset {
  return structuredClone(articleDataset);
}
