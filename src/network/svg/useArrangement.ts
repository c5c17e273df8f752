import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import articleLayout from '../../../data/alliance-network.layout.json';
import type { Dataset } from '../../data/schema';
import { chooseOrientation, viewOf } from '../../layout/arrange/orientation';
import { isArrangementOf } from '../../layout/arrange/fingerprint';
import type { DatasetLayout, LabelPlacement, Orientation } from '../../layout/arrange/types';
import { createArrangedEngine } from '../../layout/arrangedEngine';
import type { ArrangedEngine } from '../../layout/arrangedEngine';
import type { Size } from '../../ui/useElementSize';

export interface Arrangement {
  /** The engine, once the arrangement exists and the viewport has a size (null before). */
  layout: ArrangedEngine | null;
  orientation: Orientation;
  /** Where each label sits in the current view. */
  placements: Record<string, LabelPlacement>;
}

const NONE: Record<string, LabelPlacement> = {};

/**
 * The dataset's one arrangement and its engine, in the view that suits the
 * viewport: upright, or turned by 90° on a wide screen (a pure function of
 * the two shapes, see layout/arrange/orientation.ts). The article's
 * arrangement is precomputed at build time and ships with the app; any other
 * dataset is arranged here, by the layout code loaded on demand. Filters and
 * story steps never touch it.
 */
export function useArrangement(dataset: Dataset, size: Size): Arrangement {
  const article = isArrangementOf(articleLayout as DatasetLayout, dataset)
    ? (articleLayout as DatasetLayout)
    : null;
  const [computed, setComputed] = useState<{ dataset: Dataset; layout: DatasetLayout } | null>(null);
  useEffect(() => {
    if (article) return;
    let live = true;
    void import('../../layout/arrange/index').then(({ layoutDataset }) => {
      if (!live) return;
      // The time it takes is the performance measure `alliance-network:arrange` (see README).
      const started = performance.now();
      const layout = layoutDataset(dataset);
      performance.measure('alliance-network:arrange', { start: started, end: performance.now() });
      setComputed({ dataset, layout });
    });
    return () => {
      live = false;
    };
  }, [article, dataset]);
  const arrangement = article ?? (computed?.dataset === dataset ? computed.layout : null);
  const engine = useMemo(
    () => arrangement && createArrangedEngine(arrangement, dataset.nodes, dataset.edges),
    [arrangement, dataset],
  );
  const hasSize = size.width > 0 && size.height > 0;
  const orientation =
    arrangement && hasSize ? chooseOrientation(arrangement, size.width, size.height) : 'upright';
  // Before the browser paints: the engine's positions follow the chosen view.
  useLayoutEffect(() => engine?.setOrientation(orientation), [engine, orientation]);
  const placements = useMemo(
    () => (arrangement ? viewOf(arrangement, orientation).labelPlacements : NONE),
    [arrangement, orientation],
  );
  return { layout: hasSize ? engine : null, orientation, placements };
}
