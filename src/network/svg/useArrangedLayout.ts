import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../../data/schema';
import { arrangeDataset, createArrangedLayout, precomputedArrangement } from '../../layout/arrangement';
import type { ArrangedEngine } from '../../layout/arrangedEngine';

/**
 * The dataset's one arrangement as an interactive layout. The article's is
 * precomputed (in the first view, and in the prerendered HTML): ready during
 * the first render. Any other dataset is arranged by the layout code, loaded
 * on demand; null until then.
 */
export function useArrangedLayout(dataset: Dataset): ArrangedEngine | null {
  const ready = useMemo(() => {
    const precomputed = precomputedArrangement(dataset);
    return precomputed ? createArrangedLayout(dataset, precomputed) : null;
  }, [dataset]);
  const [computed, setComputed] = useState<{ dataset: Dataset; layout: ArrangedEngine } | null>(null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void import('../../layout/arrange/index').then(({ layoutDataset }) => {
      if (live)
        setComputed({
          dataset,
          layout: createArrangedLayout(dataset, arrangeDataset(dataset, layoutDataset)),
        });
    });
    return () => {
      live = false;
    };
  }, [dataset, ready]);
  return ready ?? (computed?.dataset === dataset ? computed.layout : null);
}
