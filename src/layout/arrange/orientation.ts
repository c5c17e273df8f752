/**
 * Screens only move the camera. A tall screen may show the arrangement turned
 * by 90° (a pure change of coordinates: (x, y) → (−y, x), labels upright and
 * placed for that view); which view is a function of the two shapes alone.
 */
import type { Box } from '../readability/primitives';
import type { DatasetLayout, LabelPlacement, Orientation, Point } from './types';

/** How much larger the picture must get before the turned view is used (no flip-flop near square). */
const TURN_GAIN = 1.1;

const scaleFor = (b: Box, width: number, height: number) =>
  Math.min(width / Math.max(1, b.x1 - b.x0), height / Math.max(1, b.y1 - b.y0));

/**
 * Landscape unless the portrait view fits the viewport at least 10 % larger
 * (in practice: the viewport is tall and the arrangement wide).
 */
export function chooseOrientation(layout: DatasetLayout, width: number, height: number): Orientation {
  if (width <= 0 || height <= 0) return 'landscape';
  const landscape = scaleFor(layout.bounds, width, height);
  const portrait = scaleFor(layout.portrait.bounds, width, height);
  return portrait > landscape * TURN_GAIN ? 'portrait' : 'landscape';
}

/** A position in the given view. */
export function orient(p: Point, orientation: Orientation): Point {
  return orientation === 'portrait' ? { x: -p.y, y: p.x } : p;
}

export function viewOf(
  layout: DatasetLayout,
  orientation: Orientation,
): { positions: Record<string, Point>; labelPlacements: Record<string, LabelPlacement>; bounds: Box } {
  if (orientation === 'landscape') return layout;
  const positions: Record<string, Point> = {};
  for (const [id, p] of Object.entries(layout.positions)) positions[id] = orient(p, orientation);
  return { positions, labelPlacements: layout.portrait.labelPlacements, bounds: layout.portrait.bounds };
}
