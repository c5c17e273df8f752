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

export const EDGE_STROKES: Record<EdgeKind, EdgeStroke> = {
  alliance: { width: 4, dash: null },
  partnership: { width: 2.2, dash: '6 4' },
  commits: { width: BASE_EDGE_WIDTH, dash: null },
  protects: { width: BASE_EDGE_WIDTH, dash: '9 3' },
  threat: { width: 2.2, dash: '7 4' },
  poses: { width: BASE_EDGE_WIDTH, dash: '2 4' },
  cooperation: { width: 2.2, dash: '12 3 2 3' },
  'responds-to': { width: 1.8, dash: '3 3' },
  represents: { width: 2, dash: '1 4' },
  attends: { width: BASE_EDGE_WIDTH, dash: '4 3' },
  produces: { width: BASE_EDGE_WIDTH, dash: null },
  'located-in': { width: BASE_EDGE_WIDTH, dash: '1 3' },
  'applies-to': { width: BASE_EDGE_WIDTH, dash: '6 2 1 2' },
};

/** A selected relation is drawn this wide. */
export const SELECTED_EDGE_WIDTH = 4;
/** Opacity of what the highlight leaves out. */
export const DIM_OPACITY = 0.15;
/** Node symbols' outline (in the page's background colour, so touching symbols stay apart). */
export const NODE_STROKE_WIDTH = 1.5;
/** The halo behind labels, in the surface colour, so lines never run through the text. */
export const LABEL_HALO_WIDTH = 4;
