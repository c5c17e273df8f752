import { lazy, Suspense } from 'react';
import type { Dataset } from '../data/schema';
import { prefersCanvas } from '../layout/scale';
import { NetworkView } from './svg/NetworkView';

// Large graphs only: the canvas renderer is not part of the first view's JavaScript.
const NetworkCanvas = lazy(() =>
  import('./canvas/NetworkCanvas').then((m) => ({ default: m.NetworkCanvas })),
);

/** The drawn network: SVG for article-sized graphs, a canvas from CANVAS_MIN_NODES nodes. */
export function NetworkRenderer({ dataset }: { dataset: Dataset }) {
  if (!prefersCanvas(dataset.nodes.length)) return <NetworkView dataset={dataset} />;
  return (
    <Suspense fallback={<div className="network" />}>
      <NetworkCanvas dataset={dataset} />
    </Suspense>
  );
}
