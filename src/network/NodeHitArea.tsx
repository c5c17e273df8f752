import type { GraphNode } from '../data/schema';
import type { LabelPlacement } from '../layout/arrange/types';
import { symbolRadius } from '../layout/nodeBox';

/**
 * Invisible rectangles over the symbol and over its label, so a click or tap
 * on either selects the node, while relations passing beside the symbol stay
 * clickable.
 */
export function NodeHitArea({ node, placement }: { node: GraphNode; placement: LabelPlacement | undefined }) {
  const r = symbolRadius(node.kind) + 3;
  const b = placement?.box;
  return (
    <>
      <rect className="node-hit" x={-r} y={-r} width={2 * r} height={2 * r} />
      {b && <rect className="node-hit" x={b.x0} y={b.y0} width={b.x1 - b.x0} height={b.y1 - b.y0} />}
    </>
  );
}
