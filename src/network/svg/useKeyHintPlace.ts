import { useEffect } from 'react';
import type { RefObject } from 'react';
import { keyHintPlace } from '../../graph/keyboardNav';
import type { Box } from '../../graph/keyboardNav';

const INSET_PX = 8;

function box(r: DOMRect): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/**
 * Keeps the key help (shown while a node has keyboard focus) off the focused
 * node and its label: it moves from the network's bottom to its top, below the
 * view switch, when the node lies under it. Follows the camera and the node
 * (their transforms) without a render.
 */
export function useKeyHintPlace(
  hintRef: RefObject<HTMLElement | null>,
  containerRef: RefObject<HTMLElement | null>,
  focused: string | null,
  nodeElement: (id: string) => Element | undefined,
): void {
  useEffect(() => {
    const hint = hintRef.current;
    const container = containerRef.current;
    if (!hint || !container) return;
    const reset = () => {
      delete hint.dataset.at;
      hint.style.removeProperty('top');
    };
    const node = focused ? nodeElement(focused) : undefined;
    if (!node) {
      reset();
      return;
    }
    let frame = 0;
    const place = () => {
      frame = 0;
      const c = container.getBoundingClientRect();
      const h = hint.getBoundingClientRect();
      // Below the view switch that lies over the network's top-left corner.
      const switchBottom = container.parentElement
        ?.querySelector('[data-view-switch]')
        ?.getBoundingClientRect().bottom;
      const top = Math.max(c.top, switchBottom ?? c.top) + INSET_PX;
      const left = c.left + INSET_PX;
      const size = { width: h.width, height: h.height };
      const atBottom = {
        left,
        right: left + size.width,
        bottom: c.bottom - INSET_PX,
        top: c.bottom - INSET_PX - size.height,
      };
      const atTop = { left, right: left + size.width, top, bottom: top + size.height };
      if (keyHintPlace(atBottom, atTop, box(node.getBoundingClientRect())) === 'top') {
        hint.dataset.at = 'top';
        hint.style.top = `${Math.round(top - c.top)}px`;
      } else reset();
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    // The camera moves the viewport, the layout moves the node: both by their transform.
    const watch = new MutationObserver(schedule);
    const viewport = node.closest('.viewport');
    if (viewport) watch.observe(viewport, { attributes: true, attributeFilter: ['transform'] });
    watch.observe(node, { attributes: true, attributeFilter: ['transform'] });
    window.addEventListener('resize', schedule);
    return () => {
      watch.disconnect();
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
      reset();
    };
  }, [hintRef, containerRef, focused, nodeElement]);
}
