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
