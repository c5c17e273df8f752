/**
 * How each kind of relation is drawn (line width and dash pattern, in layout
 * units) and the label's type: the numbers the stylesheet uses for the SVG
 * network (src/app/styles.css, checked by tests/unit/strokes.test.ts), for
 * drawings made without the stylesheet — the exported SVG and PNG.
 */
import type { EdgeKind } from '../data/kinds';

export interface EdgeStroke {
  width: number;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
}

export const BASE_EDGE_WIDTH = 1.6;

/**
 * Told apart without colour too (greyscale print): every two kinds differ in
 * weight or in pattern (solid, long or short dashes, dots, dash-dots), and the
 * gaps are wider than the line, whose round caps would otherwise close them.
 */
export const EDGE_STROKES: Record<EdgeKind, EdgeStroke> = {
  alliance: { width: 4, dash: null },
  partnership: { width: 2.8, dash: '12 6 0.5 6 0.5 6' },
  commits: { width: BASE_EDGE_WIDTH, dash: null },
  protects: { width: 3.2, dash: '14 6' },
  threat: { width: 3.2, dash: '4 7' },
  poses: { width: 3, dash: '0.5 6' },
  cooperation: { width: 3, dash: '12 6 0.5 6' },
  'responds-to': { width: 1.8, dash: '6 4' },
  represents: { width: BASE_EDGE_WIDTH, dash: '10 4 0.5 4' },
  attends: { width: BASE_EDGE_WIDTH, dash: '0.5 4' },
  produces: { width: BASE_EDGE_WIDTH, dash: '10 4' },
  'located-in': { width: BASE_EDGE_WIDTH, dash: '2 4' },
  'applies-to': { width: BASE_EDGE_WIDTH, dash: '10 4 0.5 4 0.5 4' },
};

/** A selected relation is drawn this wide. */
export const SELECTED_EDGE_WIDTH = 4;
/** Opacity of what the highlight leaves out. */
export const DIM_OPACITY = 0.15;
/** Node symbols' outline (in the page's background colour, so touching symbols stay apart). */
export const NODE_STROKE_WIDTH = 1.5;
/** The halo behind labels, in the surface colour, so lines never run through the text. */
export const LABEL_HALO_WIDTH = 4;
