import { useEffect, useLayoutEffect, useRef } from 'react';
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
  const viewRef = useRef(view);
  const fitRef = useRef<(animate?: boolean) => void>(() => {});
  useLayoutEffect(() => {
    viewRef.current = view;
    fitRef.current = (animate = false) => {
      // Remember where the fit aims (an eased fit is not there yet).
      fitted.current = fit(animate) ?? view();
    };
  });
  const hasSize = size.width > 0 && size.height > 0;
  useEffect(() => {
    const previous = lastSize.current;
    const newLayout = lastLayout.current !== layout;
    lastSize.current = size;
    lastLayout.current = layout;
    if (!layout || !hasSize) return;
    const now = viewRef.current();
    const f = fitted.current;
    const moved = f && now && (f.x !== now.x || f.y !== now.y || f.k !== now.k);
    if (!moved || newLayout || previous.width === 0) fitRef.current();
  }, [layout, hasSize, size]);
  return fitRef;
}
