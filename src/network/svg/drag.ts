/**
 * d3-drag on node symbols: moving a node pins it where the reader drops it.
 * With prefers-reduced-motion only the dragged node moves; the rest of the
 * picture stays still instead of re-settling around it.
 */
import { drag, select } from 'd3';
import type { LayoutEngine } from '../../layout/simulation';
import { prefersReducedMotion } from '../../ui/motion';

export function bindDrag(viewport: SVGGElement, elements: Iterable<SVGGElement>, layout: LayoutEngine): void {
  const behavior = drag<SVGGElement, unknown>()
    .container(() => viewport)
    .subject(function () {
      const n = layout.position(this.dataset.nodeId ?? '');
      return { x: n?.x ?? 0, y: n?.y ?? 0 };
    })
    .on('start', function () {
      this.dataset.dragged = '0';
    })
    .on('drag', function (event: { x: number; y: number }) {
      const id = this.dataset.nodeId ?? '';
      if (prefersReducedMotion()) {
        this.dataset.dragged = 'still';
        layout.place(id, event.x, event.y);
        return;
      }
      // Only a real move heats the simulation; a plain click must not disturb the layout.
      if (this.dataset.dragged !== '1') {
        this.dataset.dragged = '1';
        layout.dragStart(id);
      }
      layout.dragTo(id, event.x, event.y);
    })
    .on('end', function () {
      if (this.dataset.dragged === '1') layout.dragEnd(this.dataset.nodeId ?? '');
      delete this.dataset.dragged;
    });
  for (const el of elements) select(el).call(behavior);
}
