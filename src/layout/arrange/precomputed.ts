/**
 * A precomputed arrangement (the article's, computed at build time with much
 * more effort, see `npm run layout`) is used when it belongs to the dataset:
 * same algorithm version, same fingerprint. Otherwise the dataset is arranged
 * in the browser (`layoutDataset`, loaded on demand).
 */
import { LAYOUT_VERSION, fingerprintOf } from './fingerprint';
import type { ArrangeInput, DatasetLayout } from './types';

export function isArrangementOf(layout: DatasetLayout | null | undefined, input: ArrangeInput): boolean {
  return !!layout && layout.version === LAYOUT_VERSION && layout.fingerprint === fingerprintOf(input);
}
