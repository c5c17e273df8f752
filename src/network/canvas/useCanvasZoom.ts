import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { drag, select as d3select, zoom, zoomIdentity } from 'd3';
import type { ZoomBehavior } from 'd3';
import type { ViewTransform } from '../../layout/geometry';
import type { LayoutEngine, LayoutNode } from '../../layout/simulation';

export interface CanvasZoomHandlers {
  /** The camera moved: the new transform, and whether the reader moved it (not code). */
  onZoom(transform: ViewTransform, byReader: boolean): void;
  /** The node under a screen point, if any (drag subject). */
  nodeAt(sx: number, sy: number): LayoutNode | undefined;
  /** The current transform. */
  transform(): ViewTransform;
}

export interface CanvasZoom {
  zoomBy(factor: number): void;
  setTransform(t: ViewTransform): void;
}

/**
 * d3-zoom (wheel, pinch, drag the background) and d3-drag (drag a node) on the
 * canvas, bound once per layout. Handlers are read through a ref, so they may
 * change on every render.
 */
export function useCanvasZoom(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  layout: LayoutEngine | null,
  handlers: CanvasZoomHandlers,
): CanvasZoom {
  const live = useRef(handlers);
  useEffect(() => {
    live.current = handlers;
  });
  const behaviorRef = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !layout) return;
    const sel = d3select(canvas);
    const behavior = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.02, 8])
      .on('zoom', (event: { transform: ViewTransform; sourceEvent: Event | null }) => {
        const { x, y, k } = event.transform;
        canvas.dataset.zoom = String(Math.round(k * 1000) / 1000);
        live.current.onZoom({ x, y, k }, event.sourceEvent !== null);
      });
    const dragBehavior = drag<HTMLCanvasElement, unknown, LayoutNode>()
      // No node under the pointer: no subject, so d3-drag lets d3-zoom pan instead (d3 treats null as "no drag").
      .subject((event: { x: number; y: number }) => live.current.nodeAt(event.x, event.y) as LayoutNode)
      .on('drag', (event: { subject: LayoutNode; dx: number; dy: number }) => {
        const k = live.current.transform().k;
        const n = event.subject;
        if (n.fx == null) layout.dragStart(n.id);
        layout.dragTo(n.id, (n.x ?? 0) + event.dx / k, (n.y ?? 0) + event.dy / k);
      })
      .on('end', (event: { subject: LayoutNode }) => layout.dragEnd(event.subject.id));
    sel.call(dragBehavior).call(behavior).on('dblclick.zoom', null);
    behaviorRef.current = behavior;
    return () => {
      sel.on('.zoom', null).on('.drag', null);
      behaviorRef.current = null;
    };
  }, [canvasRef, layout]);

  return {
    zoomBy(factor) {
      if (canvasRef.current) behaviorRef.current?.scaleBy(d3select(canvasRef.current), factor);
    },
    setTransform(t) {
      const canvas = canvasRef.current;
      if (canvas && behaviorRef.current) {
        behaviorRef.current.transform(d3select(canvas), zoomIdentity.translate(t.x, t.y).scale(t.k));
      }
    },
  };
}
