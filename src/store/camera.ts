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
}

export interface FocusOptions {
  animate?: boolean;
  minScale?: number;
  /** A panel covering part of the network (client coordinates): keep the node out from under it. */
  avoid?: { left: number; top: number; right: number; bottom: number };
}
