/**
 * Which arrangement belongs to which dataset: an algorithm version and a
 * fingerprint of the input. A precomputed arrangement (the article's,
 * computed at build time with much more effort, see `npm run layout`) is used
 * when it belongs to the dataset; otherwise the dataset is arranged in the
 * browser (`layoutDataset`, loaded on demand).
 */
import { hashString } from '../random';
import type { ArrangeInput, DatasetLayout } from './types';

/** Changes when the algorithm changes (precomputed arrangements are then recomputed). */
export const LAYOUT_VERSION = 1;

/** Identifies what the arrangement depends on: node ids, kinds and labels; relation ids and ends. */
export function fingerprintOf(input: ArrangeInput): string {
  const nodes = input.nodes.map(
    (n) =>
      `${n.id}|${n.kind}|${Object.keys(n.label)
        .toSorted()
        .map((k) => n.label[k])
        .join('|')}`,
  );
  const edges = input.edges.map((e) => `${e.id}|${e.source}|${e.target}`);
  const text = `${nodes.join('\n')}\n--\n${edges.join('\n')}`;
  // Two independent 32-bit hashes: collisions would need both to agree.
  return `${hashString(text).toString(36)}-${hashString(`${text.length}:${text}`).toString(36)}`;
}

/** The fingerprint of a dataset, to know whether a precomputed arrangement belongs to it. */
export function layoutFingerprint(input: ArrangeInput): string {
  return fingerprintOf(input);
}

export function isArrangementOf(layout: DatasetLayout | null | undefined, input: ArrangeInput): boolean {
  return !!layout && layout.version === LAYOUT_VERSION && layout.fingerprint === fingerprintOf(input);
}
