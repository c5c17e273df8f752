import type { GraphNode } from '../data/schema';
import {
  LABEL_GAP_PX,
  LABEL_LINE_PX,
  estimateLabelWidth,
  isBoldLabel,
  symbolRadius,
} from '../layout/nodeBox';

/**
 * Invisible rectangles over the symbol and over its label, so a click or tap
 * on either selects the node, while relations passing beside the symbol stay
 * clickable.
 */
export function NodeHitArea({ node, label }: { node: GraphNode; label: string }) {
  const r = symbolRadius(node.kind) + 3;
  const half = (estimateLabelWidth(label) * (isBoldLabel(node.kind) ? 1.12 : 1)) / 2 + 2;
  return (
    <>
      <rect className="node-hit" x={-r} y={-r} width={2 * r} height={2 * r} />
      <rect
        className="node-hit"
        x={-half}
        y={r - 3 + LABEL_GAP_PX - 1}
        width={2 * half}
        height={LABEL_LINE_PX + 2}
      />
    </>
  );
}
