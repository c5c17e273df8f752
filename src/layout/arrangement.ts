/**
 * One arrangement per dataset: the positions, label places and relation
 * routes every view shows — the picture prerendered into index.html at build
 * time (src/app/prerender), the app that hydrates it, print and export.
 * Screens only move the camera.
 *
 * The article's arrangement is computed at build time with much more effort
 * (`npm run layout`) and ships as data/alliance-network.layout.json; it is
 * used while its fingerprint matches the dataset. Any other dataset is
 * arranged here by the same pipeline (`layoutDataset`, src/layout/arrange),
 * within the browser's budget: pure and deterministic, so Node at build time
 * and every browser get the same picture.
 */
import articleLayout from '../../data/alliance-network.layout.json';
import type { Dataset } from '../data/schema';
import { isArrangementOf } from './arrange/fingerprint';
import type { layoutDataset } from './arrange/index';
import type { DatasetLayout } from './arrange/types';
import { createArrangedEngine } from './arrangedEngine';
import type { ArrangedEngine } from './arrangedEngine';
import type { Bounds } from './geometry';

/** Room kept around the picture when it is fitted to a screen or a page, in layout units (a label's font is 13). */
export const OVERVIEW_PADDING = 3;

/** The arrangement computed at build time, if it belongs to this dataset (the article's). */
export function precomputedArrangement(dataset: Dataset): DatasetLayout | null {
  const precomputed = articleLayout as DatasetLayout;
  return isArrangementOf(precomputed, dataset) ? precomputed : null;
}

/**
 * The dataset's arrangement, in its own coordinate space. Pure and
 * deterministic. `arrange` is `layoutDataset` (src/layout/arrange/index.ts):
 * the app loads it on demand (the article needs none), the build passes it in.
 */
export function arrangeDataset(dataset: Dataset, arrange: typeof layoutDataset): DatasetLayout {
  const precomputed = precomputedArrangement(dataset);
  if (precomputed) return precomputed;
  // The time it takes is the performance measure `alliance-network:arrange` (see README).
  const started = typeof performance === 'undefined' ? 0 : performance.now();
  const layout = arrange(dataset);
  if (typeof performance !== 'undefined' && typeof performance.measure === 'function') {
    performance.measure('alliance-network:arrange', { start: started, end: performance.now() });
  }
  return layout;
}

/** An interactive layout (dragging, reset) that starts from the dataset's arrangement. */
export function createArrangedLayout(dataset: Dataset, arrangement: DatasetLayout): ArrangedEngine {
  return createArrangedEngine(arrangement, dataset.nodes, dataset.edges);
}

/**
 * The part of layout space a screen or a page shows when it shows everything:
 * the symbols, labels and curves of the nodes shown, with OVERVIEW_PADDING
 * around them. The prerendered SVG uses it as its viewBox (the browser fits it
 * with `xMidYMid meet`, before any script runs), and the app's camera fits the
 * same box the same way (src/layout/frame.ts), so nothing moves on hydration.
 */
export function overviewBox(
  layout: Pick<ArrangedEngine, 'extent'>,
  only?: ReadonlySet<string>,
): Bounds | null {
  const b = layout.extent(only && only.size > 0 ? only : null);
  if (!b) return null;
  return {
    minX: b.minX - OVERVIEW_PADDING,
    minY: b.minY - OVERVIEW_PADDING,
    maxX: b.maxX + OVERVIEW_PADDING,
    maxY: b.maxY + OVERVIEW_PADDING,
  };
}

/** `bounds` as an SVG viewBox value, rounded to a tenth of a unit. */
export function viewBoxOf(bounds: Bounds): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  return `${r(bounds.minX)} ${r(bounds.minY)} ${r(bounds.maxX - bounds.minX)} ${r(bounds.maxY - bounds.minY)}`;
}
