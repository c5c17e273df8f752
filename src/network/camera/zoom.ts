/** d3-zoom on the network SVG: wheel, pinch, drag to pan, and the buttons' actions. */
import { select, zoom, zoomIdentity, zoomTransform } from 'd3';
import type { ZoomBehavior } from 'd3';
import type { ViewTransform } from '../../layout/geometry';

export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 6;

export interface ZoomControl {
  zoomBy(factor: number): void;
  set(t: ViewTransform): void;
  current(): ViewTransform;
  destroy(): void;
  /** The camera's move under way (./animate.ts): how to stop it, null when none runs. */
  moving: { stop: (() => void) | null };
}

export function bindZoom(svg: SVGSVGElement, viewport: SVGGElement): ZoomControl {
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([MIN_ZOOM, MAX_ZOOM])
    .on('zoom', (event: { transform: { x: number; y: number; k: number; toString(): string } }) => {
      viewport.setAttribute('transform', event.transform.toString());
      svg.dataset.zoom = String(Math.round(event.transform.k * 1000) / 1000);
    });
  const selection = select(svg);
  selection.call(behavior).on('dblclick.zoom', null);
  return {
    zoomBy: (factor) => behavior.scaleBy(selection, factor),
    set: (t) => behavior.transform(selection, zoomIdentity.translate(t.x, t.y).scale(t.k)),
    current: () => {
      const t = zoomTransform(svg);
      return { x: t.x, y: t.y, k: t.k };
    },
    destroy: () => {
      selection.on('.zoom', null);
    },
    moving: { stop: null },
  };
}
