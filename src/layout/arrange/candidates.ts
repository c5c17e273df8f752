/**
 * Where a label may sit around its symbol: right, left, below, above and the
 * four corners, on one line or two. Each candidate is the label's box
 * relative to the node's centre (upright, in screen directions) and where the
 * text is anchored in it.
 */
import type { NodeKind } from '../../data/kinds';
import type { Box } from '../readability/primitives';
import { symbolExtent } from '../symbols';
import type { SymbolExtent } from '../symbols';
import { symbolRadius } from '../nodeBox';
import { LABEL_ASCENT, labelSizes } from './text';
import type { LineCount } from './text';

export type LabelSide = 'e' | 'w' | 's' | 'n' | 'se' | 'ne' | 'sw' | 'nw';
export type TextAnchor = 'start' | 'middle' | 'end';

export interface LabelCandidate {
  side: LabelSide;
  lines: LineCount;
  /** The label's box relative to the node's centre. */
  box: Box;
  anchor: TextAnchor;
  /** The anchor point of the first line's baseline, relative to the node's centre. */
  x: number;
  y: number;
  /** A small preference (lower is better): beside the symbol reads best. */
  cost: number;
}

/** Space between a symbol and its label. */
export const LABEL_GAP = 3;
/** How far a slid label still reaches past the symbol's centre line. */
const SLIDE = 6;
const SIDE_COST: Record<LabelSide, number> = { e: 0, w: 0.2, s: 0.4, n: 0.6, se: 1, ne: 1, sw: 1.2, nw: 1.2 };

export function nodeExtent(kind: NodeKind): SymbolExtent {
  return symbolExtent(kind, symbolRadius(kind));
}

/** `few`: the four sides only (the browser's budget for large graphs); `all`: corners and slid places too. */
export function labelCandidates(
  kind: NodeKind,
  texts: readonly string[],
  places: 'all' | 'few' = 'all',
): LabelCandidate[] {
  const ext = nodeExtent(kind);
  // Corners clear the symbol's box (readers and tests see the box, not the round shape).
  const cx = ext.right + LABEL_GAP * 0.5;
  const cy = ext.bottom + LABEL_GAP * 0.5;
  const cxl = ext.left - LABEL_GAP * 0.5;
  const cyt = ext.top - LABEL_GAP * 0.5;
  const out: LabelCandidate[] = [];
  for (const { lines, width: w, height: h } of labelSizes(kind, texts)) {
    const make = (side: LabelSide, x0: number, y0: number, anchor: TextAnchor, slid = 0): LabelCandidate => {
      const box = { x0, y0, x1: x0 + w, y1: y0 + h };
      const x = anchor === 'start' ? x0 + 1 : anchor === 'end' ? x0 + w - 1 : x0 + w / 2;
      const cost = SIDE_COST[side] + (lines - 1) * 0.3 + slid * 0.3;
      return { side, lines, box, anchor, x, y: y0 + LABEL_ASCENT, cost };
    };
    // Beside or under the symbol but slid along it, still touching it: more room in a crowd.
    const up = Math.min(-h / 2, SLIDE - h);
    const down = Math.max(-h / 2, -SLIDE);
    const left = Math.min(-w / 2, SLIDE - w);
    const right = Math.max(-w / 2, -SLIDE);
    out.push(
      make('e', ext.right + LABEL_GAP, -h / 2, 'start'),
      make('w', ext.left - LABEL_GAP - w, -h / 2, 'end'),
      make('s', -w / 2, ext.bottom + LABEL_GAP, 'middle'),
      make('n', -w / 2, ext.top - LABEL_GAP - h, 'middle'),
    );
    if (places === 'few') continue;
    out.push(
      make('se', cx, cy, 'start'),
      make('ne', cx, cyt - h, 'start'),
      make('sw', cxl - w, cy, 'end'),
      make('nw', cxl - w, cyt - h, 'end'),
    );
    if (up < -h / 2 - 1) {
      out.push(
        make('e', ext.right + LABEL_GAP, up, 'start', 1),
        make('e', ext.right + LABEL_GAP, down, 'start', 1),
        make('w', ext.left - LABEL_GAP - w, up, 'end', 1),
        make('w', ext.left - LABEL_GAP - w, down, 'end', 1),
      );
    }
    if (left < -w / 2 - 1) {
      out.push(
        make('s', left, ext.bottom + LABEL_GAP, 'middle', 1),
        make('s', right, ext.bottom + LABEL_GAP, 'middle', 1),
        make('n', left, ext.top - LABEL_GAP - h, 'middle', 1),
        make('n', right, ext.top - LABEL_GAP - h, 'middle', 1),
      );
    }
  }
  return out;
}
