import type { LabelPlacement } from '../layout/arrange/types';
import type { ViewTransform } from '../layout/geometry';

/**
 * The camera of the drawn network, for features outside it (search, story,
 * keyboard navigation, the detail panel) that need to frame or follow a node.
 * The network feature owns it and puts it into the store while it is drawn.
 */
export interface Camera {
  /** Frames the picture for the current mode (eased when `animate`). */
  fit(animate?: boolean): void;
  /** Pans (and zooms to at least `minScale`) so the node is in view and clear of `avoid`; `animate` eases there. */
  focusNode(id: string, options?: FocusOptions): void;
  zoomBy(factor: number): void;
  /** The current zoom transform. */
  view(): ViewTransform;
  /** Moves to a transform (eased when `animate`). */
  moveTo(view: ViewTransform, animate?: boolean): void;
  /** What is drawn and where, for export (from the layout, never the DOM); null before the first picture. */
  drawn(): DrawnView | null;
}

/**
 * What a renderer shows right now, from the layout's positions: export draws
 * the same picture from it, whichever renderer is active.
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
  /** Where the arrangement puts a node's label (SVG renderer; the canvas places labels itself). */
  labelPlacement?(id: string): LabelPlacement | undefined;
  /** A relation's route (the arrangement's bend; 0 straight). */
  bend?(edgeId: string): number;
}

export interface FocusOptions {
  animate?: boolean;
  minScale?: number;
  /** A panel covering part of the network (client coordinates): keep the node out from under it. */
  avoid?: { left: number; top: number; right: number; bottom: number };
  /** A second box over the network to keep the node clear of (the key help, while keyboard focus is there). */
  clearOf?: { left: number; top: number; right: number; bottom: number };
}
