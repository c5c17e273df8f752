import { useEffect, useEffectEvent, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { Size } from '../../ui/useElementSize';
import type { ViewTransform } from '../../layout/geometry';

export interface FitOnResizeOptions {
  /** The current layout; a new one is always fitted. */
  layout: object | null;
  size: Size;
  /** Frames the picture (eased when `animate`); returns the transform it aims for. */
  fit(animate?: boolean): ViewTransform | undefined;
  /** The current zoom transform. */
  view(): ViewTransform | undefined;
}

/**
 * Fits the picture on load and whenever the viewport changes size, unless the
 * reader zoomed or panned since the last fit: then a resize (e.g. the header
 * rewrapping after a language switch) keeps their view as it is. Returns a
 * ref to a fit function that remembers the fitted view; use it for every fit.
 */
export function useFitOnResize({
  layout,
  size,
  fit,
  view,
}: FitOnResizeOptions): RefObject<(animate?: boolean) => void> {
  const fitted = useRef<ViewTransform | undefined>(undefined);
  const lastSize = useRef(size);
  const lastLayout = useRef(layout);
  // Zoom buttons, keys and the camera call this from event handlers, where an effect event may
  // not be used: a ref that always holds the fit for the latest render.
  const fitRef = useRef<(animate?: boolean) => void>(() => {});
  useLayoutEffect(() => {
    fitRef.current = (animate = false) => {
      // Remember where the fit aims (an eased fit is not there yet).
      fitted.current = fit(animate) ?? view();
    };
  });
  // The viewport's size is the outside world here: refit when it changes, unless the reader moved.
  const onResize = useEffectEvent(() => {
    const previous = lastSize.current;
    const newLayout = lastLayout.current !== layout;
    lastSize.current = size;
    lastLayout.current = layout;
    if (!layout || size.width <= 0 || size.height <= 0) return;
    const now = view();
    const f = fitted.current;
    const moved = f && now && (f.x !== now.x || f.y !== now.y || f.k !== now.k);
    if (!moved || newLayout || previous.width === 0) fitRef.current();
  });
  const hasSize = size.width > 0 && size.height > 0;
  useEffect(() => {
    onResize();
  }, [layout, hasSize, size]);
  return fitRef;
}
