import type { GraphNode } from '../data/schema';
import type { LabelPlacement } from '../layout/arrange/types';
import { symbolRadius } from '../layout/nodeBox';

/**
 * An invisible rectangle over the symbol and its label (and the corner
 * between them, when the label sits diagonally), so a click or tap on either,
 * or at the middle of the node's drawing, selects the node, while relations
 * passing beside it stay clickable.
 */
export function NodeHitArea({ node, placement }: { node: GraphNode; placement: LabelPlacement | undefined }) {
  const r = symbolRadius(node.kind) + 3;
  const b = placement?.box ?? { x0: -r, y0: -r, x1: r, y1: r };
  const x0 = Math.min(-r, b.x0);
  const y0 = Math.min(-r, b.y0);
  const x1 = Math.max(r, b.x1);
  const y1 = Math.max(r, b.y1);
  return <rect className="node-hit" x={x0} y={y0} width={x1 - x0} height={y1 - y0} />;
}
