import { useMemo } from 'react';
import type { Dataset } from '../data/schema';
import { layerGraph } from '../graph/layers';
import { decorate, shownGraph } from '../graph/viewModel';
import type { ShownGraph, ViewModel } from '../graph/viewModel';
import { useAppStore } from '../store/store';

/**
 * What is shown (layers and year, filters, story) for the current store state. Its arrays keep
 * their identity while only hover or selection change, so renderers redraw
 * highlights without re-laying out or re-batching anything.
 */
export function useShownGraph(dataset: Dataset): ShownGraph {
  const hidden = useAppStore((s) => s.hidden);
  const storyStep = useAppStore((s) => s.storyStep);
  const storyId = useAppStore((s) => s.storyId);
  const layers = useAppStore((s) => s.layers);
  const until = useAppStore((s) => s.until);
  return useMemo(
    () => shownGraph(dataset, hidden, storyStep, { layers, until }, storyId),
    [dataset, hidden, storyStep, layers, until, storyId],
  );
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

/**
 * The dataset as the reader's layers and year show it (`layers=`, `until=`),
 * before the filters: what the filters count, the legend explains and the
 * relations bend among. The layout and the stories use the whole dataset.
 */
export function useLayerView(dataset: Dataset): Dataset {
  const layers = useAppStore((s) => s.layers);
  const until = useAppStore((s) => s.until);
  return useMemo(() => ({ ...dataset, ...layerGraph(dataset, { layers, until }) }), [dataset, layers, until]);
}
