/**
 * The camera of the drawn network, for components outside it (search, story,
 * keyboard navigation) that need to frame or follow a node. NetworkView
 * registers the live implementation; calls before that are ignored.
 */
export interface Camera {
  /** Frames the visible picture. */
  fit(): void;
  /** Pans (and zooms to at least `minScale`) so the node is in view. */
  focusNode(id: string, options?: { animate?: boolean; minScale?: number }): void;
  zoomBy(factor: number): void;
}

let current: Camera | null = null;

export function registerCamera(next: Camera | null): void {
  current = next;
}

export function camera(): Camera | null {
  return current;
}
