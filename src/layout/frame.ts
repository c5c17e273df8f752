/**
 * How the camera frames the picture in each mode: free exploration, the
 * story, and presentation (where labels must stay projector-sized: 13 px × 2
 * = 26 px on screen, so the camera never zooms out below 2×).
 */
import { fitTransform } from './geometry';
import type { Bounds, ViewTransform } from './geometry';

export const PRESENT_MIN_SCALE = 2;
const MAX_SCALE = { free: 1.4, story: 1.6, present: 2.4 } as const;
export type FrameMode = keyof typeof MAX_SCALE;

export function minScaleFor(mode: FrameMode): number {
  return mode === 'present' ? PRESENT_MIN_SCALE : 0;
}

/** Centres `bounds` in the viewport, as large as the mode allows. */
export function frameTransform(
  bounds: Bounds,
  width: number,
  height: number,
  mode: FrameMode,
): ViewTransform {
  // A narrow margin on small screens: every pixel makes the labels larger.
  const padding = Math.max(4, Math.min(16, Math.min(width, height) * 0.015));
  const fitted = fitTransform(bounds, width, height, padding, MAX_SCALE[mode]);
  const min = minScaleFor(mode);
  if (fitted.k >= min) return fitted;
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  return { x: width / 2 - cx * min, y: height / 2 - cy * min, k: min };
}

/** The overview never magnifies beyond this (a tiny graph on a wall-sized screen). */
export const OVERVIEW_MAX_SCALE = 2.5;

/**
 * The free view of everything: `box` (src/layout/arrangement.ts `overviewBox`)
 * fitted exactly as SVG's `preserveAspectRatio="xMidYMid meet"` fits a
 * viewBox, so the picture prerendered into the HTML and the app that takes it
 * over agree to the pixel (up to OVERVIEW_MAX_SCALE).
 */
export function overviewTransform(box: Bounds, width: number, height: number): ViewTransform {
  const bw = Math.max(1, box.maxX - box.minX);
  const bh = Math.max(1, box.maxY - box.minY);
  const k = Math.max(0.02, Math.min(OVERVIEW_MAX_SCALE, width / bw, height / bh));
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  return { x: width / 2 - cx * k, y: height / 2 - cy * k, k };
}
