import { useMemo } from 'react';
import type { Dataset } from '../data/schema';
import { layerGraph } from '../graph/layers';
import { useAppStore } from '../store/store';

/**
 * The dataset as the reader's layers and year show it (`layers=`, `until=`):
 * the same dataset, with only the nodes and relations that exist in this view.
 * Filters, search, the table and the drawing all start from it; the layout
 * and the stories use the whole dataset.
 */
export function useLayerView(dataset: Dataset): Dataset {
  const layers = useAppStore((s) => s.layers);
  const until = useAppStore((s) => s.until);
  return useMemo(() => {
    const { nodes, edges } = layerGraph(dataset, { layers, until });
    return nodes.length === dataset.nodes.length && edges.length === dataset.edges.length
      ? dataset
      : { ...dataset, nodes, edges };
  }, [dataset, layers, until]);
}
