/**
 * Label text for the layout: where a label breaks into two lines, and how
 * much room it takes in either language (the arrangement is the same in both,
 * so it reserves the larger). Widths are estimated (pure), generously.
 */
import type { NodeKind } from '../../data/kinds';
import { LABEL_FONT_PX, estimateLabelWidth, isBoldLabel } from '../nodeBox';

/** Distance between the baselines of two lines, at LABEL_FONT_PX. */
export const LABEL_LINE = 15;
/** From the top of a line's box to its baseline (the font's ascent). */
export const LABEL_ASCENT = 12;
/** Room for fonts a little wider than the estimate. */
const SAFETY = 1.04;

export type LineCount = 1 | 2;

export function textWidth(kind: NodeKind, text: string): number {
  return estimateLabelWidth(text, LABEL_FONT_PX) * (isBoldLabel(kind) ? 1.12 : 1) * SAFETY + 2;
}

/**
 * The label as one or two lines: two lines break at the space or hyphen that
 * makes the longer line shortest. A single word stays on one line.
 */
export function labelLines(kind: NodeKind, text: string, lines: LineCount): string[] {
  const trimmed = text.trim();
  if (lines === 1) return [trimmed];
  let best: string[] = [trimmed];
  let bestWidth = textWidth(kind, trimmed);
  for (let i = 1; i < trimmed.length - 1; i++) {
    const ch = trimmed[i]!;
    let first: string;
    let second: string;
    if (ch === ' ') {
      first = trimmed.slice(0, i);
      second = trimmed.slice(i + 1);
    } else if (ch === '-' || ch === '\u2013' || ch === '/') {
      first = trimmed.slice(0, i + 1);
      second = trimmed.slice(i + 1);
    } else continue;
    if (!first.trim() || !second.trim()) continue;
    const w = Math.max(textWidth(kind, first), textWidth(kind, second));
    if (w < bestWidth) {
      bestWidth = w;
      best = [first.trim(), second.trim()];
    }
  }
  return best;
}

export interface LabelSize {
  lines: LineCount;
  width: number;
  height: number;
}

/** The room a label needs as one line and as two, for the larger of its texts (languages). */
export function labelSizes(kind: NodeKind, texts: readonly string[]): LabelSize[] {
  const sizes: LabelSize[] = [];
  for (const lines of [1, 2] as const) {
    let width = 0;
    let count = 0;
    for (const text of texts) {
      const ls = labelLines(kind, text, lines);
      count = Math.max(count, ls.length);
      for (const l of ls) width = Math.max(width, textWidth(kind, l));
    }
    const size = { lines, width, height: count * LABEL_LINE };
    // Two lines only where they help: a narrower box than one line.
    if (lines === 2 && (count < 2 || width > sizes[0]!.width - 4)) continue;
    sizes.push(size);
  }
  return sizes;
}

export interface LabelText {
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  /** First baseline's anchor point, relative to the node's centre. */
  x: number;
  y: number;
}

/**
 * The label as drawn in one language: its lines, and where they sit in the
 * room reserved for the longest language (fewer lines than reserved stay
 * beside or against the symbol, not at the far side of the room).
 */
export function labelText(
  kind: NodeKind,
  text: string,
  placement: { lines: LineCount; anchor: 'start' | 'middle' | 'end'; x: number; y: number; side: string },
): LabelText {
  const lines = labelLines(kind, text, placement.lines);
  const spare = (placement.lines - lines.length) * LABEL_LINE;
  const shift = placement.side.startsWith('n')
    ? spare
    : placement.side === 'e' || placement.side === 'w'
      ? spare / 2
      : 0;
  return { lines, anchor: placement.anchor, x: placement.x, y: placement.y + shift };
}
