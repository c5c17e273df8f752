import type { NodeKind } from '../data/kinds';
import { labelText } from '../layout/arrange/text';
import { LABEL_LINE } from '../layout/arrange/text';
import type { LabelPlacement } from '../layout/arrange/types';

/**
 * A node's label where the arrangement placed it, on one line or two. A line
 * break at a space keeps the space (at the end of the first line), so the
 * label's text reads as written.
 */
export function NodeLabel({
  kind,
  text,
  placement,
}: {
  kind: NodeKind;
  text: string;
  placement: LabelPlacement | undefined;
}) {
  if (!placement) return null;
  const t = labelText(kind, text, placement);
  return (
    <text className="node-label" x={t.x} y={t.y} textAnchor={t.anchor}>
      {t.lines.length === 1
        ? t.lines[0]
        : t.lines.map((line, i) => (
            <tspan key={i} x={t.x} y={t.y + i * LABEL_LINE}>
              {i < t.lines.length - 1 && !line.endsWith('-') ? `${line} ` : line}
            </tspan>
          ))}
    </text>
  );
}
