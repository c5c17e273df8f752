/**
 * Screens only move the camera. A wide screen may show the arrangement turned
 * by 90° (a pure change of coordinates: (x, y) → (y, −x), labels upright and
 * placed for that view); which view is a function of the two shapes alone.
 */
import type { Box } from '../readability/primitives';
import type { DatasetLayout, LabelPlacement, Orientation, Point } from './types';

/** How much larger the picture must get before the turned view is used (no flip-flop near square). */
const TURN_GAIN = 1.1;

const scaleFor = (b: Box, width: number, height: number) =>
  Math.min(width / Math.max(1, b.x1 - b.x0), height / Math.max(1, b.y1 - b.y0));

/**
 * Upright unless the arrangement has a turned view and it fits the viewport
 * at least 10 % larger (in practice: the viewport is wide, the arrangement tall).
 */
export function chooseOrientation(layout: DatasetLayout, width: number, height: number): Orientation {
  if (!layout.turned || width <= 0 || height <= 0) return 'upright';
  const upright = scaleFor(layout.bounds, width, height);
  const turned = scaleFor(layout.turned.bounds, width, height);
  return turned > upright * TURN_GAIN ? 'turned' : 'upright';
}

/** A position in the given view. */
export function orient(p: Point, orientation: Orientation): Point {
  return orientation === 'turned' ? { x: p.y, y: -p.x } : p;
}

export interface View {
  positions: Record<string, Point>;
  labelPlacements: Record<string, LabelPlacement>;
  bounds: Box;
}

export function viewOf(layout: DatasetLayout, orientation: Orientation): View {
  if (orientation === 'upright' || !layout.turned) return layout;
  const positions: Record<string, Point> = {};
  for (const [id, p] of Object.entries(layout.positions)) positions[id] = orient(p, orientation);
  return { positions, labelPlacements: layout.turned.labelPlacements, bounds: layout.turned.bounds };
}
