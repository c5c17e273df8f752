import type { ViewTransform } from '../../layout/geometry';

/**
 * What a renderer shows right now, from the layout's positions (never from the
 * DOM): export draws the same picture from it, whichever renderer is active.
 */
export interface DrawnView {
  renderer: 'svg' | 'canvas';
  /** The drawing surface's size in CSS pixels. */
  width: number;
  height: number;
  /** Layout coordinates to the surface's pixels: screen = layout × k + (x, y). */
  transform: ViewTransform;
  /** A node's position in layout coordinates (after any dragging), if it is laid out. */
  position(id: string): { x: number; y: number } | undefined;
}

/**
 * The camera of the drawn network, for components outside it (search, story,
 * keyboard navigation) that need to frame or follow a node. NetworkView
 * registers the live implementation; calls before that are ignored.
 */
export interface Camera {
  /** Frames the visible picture. */
  fit(): void;
  /** Pans (and zooms to at least `minScale`) so the node is in view; `animate` eases there (instant under prefers-reduced-motion). */
  focusNode(id: string, options?: FocusOptions): void;
  zoomBy(factor: number): void;
  /** What is drawn and where, for export; null before the first picture. */
  view(): DrawnView | null;
}

export interface FocusOptions {
  animate?: boolean;
  minScale?: number;
  /** A panel covering part of the network (client coordinates): keep the node out from under it. */
  avoid?: { left: number; top: number; right: number; bottom: number };
}

let current: Camera | null = null;

export function registerCamera(next: Camera | null): void {
  current = next;
}

export function camera(): Camera | null {
  return current;
}
