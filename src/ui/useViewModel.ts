import { useMemo } from 'react';
import type { Dataset } from '../data/schema';
import { decorate, shownGraph } from '../graph/viewModel';
import type { ShownGraph, ViewModel } from '../graph/viewModel';
import { useAppStore } from '../store/store';

/**
 * What is shown (filters + story) for the current store state. Its arrays keep
 * their identity while only hover or selection change, so renderers redraw
 * highlights without re-laying out or re-batching anything.
 */
export function useShownGraph(dataset: Dataset): ShownGraph {
  const hidden = useAppStore((s) => s.hidden);
  const storyStep = useAppStore((s) => s.storyStep);
  return useMemo(() => shownGraph(dataset, hidden, storyStep), [dataset, hidden, storyStep]);
}

/** The one view model every surface reads: what is shown and how. */
export function useViewModel(dataset: Dataset): ViewModel {
  const shown = useShownGraph(dataset);
  const selection = useAppStore((s) => s.selection);
  const hovered = useAppStore((s) => s.hovered);
  const query = useAppStore((s) => s.query);
  const lang = useAppStore((s) => s.lang);
  return useMemo(
    () => decorate(shown, { selection, hovered, query, lang }),
    [shown, selection, hovered, query, lang],
  );
}
