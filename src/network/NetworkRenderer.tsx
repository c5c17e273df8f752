import type { Dataset } from '../data/schema';
import { prefersCanvas } from '../layout/scale';
import { useModuleAfter } from '../ui/useModuleAfter';
import { NetworkView } from './svg/NetworkView';

/**
 * The canvas renderer for large graphs: not part of the first view's JavaScript. The app
 * calls this as soon as a reader's dataset starts loading, so the module arrives while the
 * file is still being read and checked (`import()` loads a module once).
 */
export const loadCanvasRenderer = () => import('./canvas/NetworkCanvas');

/**
 * The drawn network: SVG for article-sized graphs, a canvas from CANVAS_MIN_NODES nodes.
 * The canvas module is not behind `lazy` + `Suspense`: React holds a revealed Suspense
 * boundary back for up to 300 ms (its reveal throttle), which delayed the first picture of
 * every large graph by that much.
 */
export function NetworkRenderer({ dataset }: { dataset: Dataset }) {
  const canvas = prefersCanvas(dataset.nodes.length);
  const renderer = useModuleAfter(canvas, loadCanvasRenderer);
  if (!canvas) return <NetworkView dataset={dataset} />;
  return renderer ? <renderer.NetworkCanvas dataset={dataset} /> : <div className="network" />;
}
