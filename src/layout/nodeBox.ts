/**
 * The space a node takes on the drawing: its symbol plus its label below. The
 * layout keeps these boxes apart, which is what keeps labels from overlapping.
 * Widths are estimated from the text (pure, the same in Node and every
 * browser), generously, so the real text fits inside.
 */
import type { NodeKind } from '../data/kinds';

export const LABEL_FONT_PX = 13;
export const LABEL_LINE_PX = 16;
export const LABEL_GAP_PX = 4;
const CHAR_EM = 0.6;
const PAD = 5;

export function symbolRadius(kind: NodeKind): number {
  return kind === 'country' ? 15 : 10;
}

export function estimateLabelWidth(label: string, fontPx = LABEL_FONT_PX): number {
  let em = 0;
  for (const ch of label) {
    if (/[MWmw@]/.test(ch)) em += 0.9;
    else if (/[A-ZÄÖÜ]/.test(ch)) em += 0.72;
    else if (/[ilj.,;:'!|\s]/.test(ch)) em += 0.32;
    else em += CHAR_EM;
  }
  return em * fontPx;
}

export interface NodeBox {
  /** Half width of the box, centred on the node horizontally. */
  halfWidth: number;
  /** Extent above the node centre. */
  top: number;
  /** Extent below the node centre (symbol, gap, label). */
  bottom: number;
}

/** Country labels are bold (see styles.css), which makes them about a tenth wider. */
export function isBoldLabel(kind: NodeKind): boolean {
  return kind === 'country';
}

export function nodeBox(kind: NodeKind, label: string, fontPx = LABEL_FONT_PX): NodeBox {
  const r = symbolRadius(kind);
  const labelWidth = estimateLabelWidth(label, fontPx) * (isBoldLabel(kind) ? 1.12 : 1);
  const lineHeight = (LABEL_LINE_PX / LABEL_FONT_PX) * fontPx;
  return {
    halfWidth: Math.max(r, labelWidth / 2) + PAD,
    top: r + PAD,
    bottom: r + LABEL_GAP_PX + lineHeight + PAD,
  };
}
