/**
 * What the layer switch and the year slider offer (explore/LayerControls.tsx):
 * the layers in use and the years their relations span. Apart from
 * graph/layers.ts so that it loads with the controls, not with the first view.
 */
import type { Dataset, Layer } from '../data/schema';
import { inLayers, relationYears, yearOf } from './layers';

type Data = Pick<Dataset, 'nodes' | 'edges'> & { meta?: Pick<Dataset['meta'], 'date'> };

/** The first and last year the relations of these layers span, or null if none of them is dated. */
export function yearRange(data: Data, layers: ReadonlySet<string>): { min: number; max: number } | null {
  const datasetYear = yearOf(data.meta?.date);
  const years: number[] = [];
  let dated = false;
  for (const e of data.edges) {
    if (!inLayers(e, layers)) continue;
    if (e.date !== undefined) dated = true;
    const { start, end } = relationYears(e, datasetYear);
    if (start !== null) years.push(start);
    if (end !== null) years.push(end);
  }
  if (!dated || years.length === 0) return null;
  return { min: Math.min(...years), max: Math.max(...years) };
}

/** The declared layers that some node or relation uses, in declaration order. */
export function layersInUse(data: Pick<Dataset, 'nodes' | 'edges' | 'meta'>): Layer[] {
  const used = new Set([...data.nodes, ...data.edges].flatMap((i) => (i.layer ? [i.layer] : [])));
  return (data.meta.layers ?? []).filter((l) => used.has(l.id));
}
