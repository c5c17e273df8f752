import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { unobscuredBox } from '../../graph/keyboardNav';
import type { ViewTransform } from '../../layout/geometry';
import type { LayoutEngine } from '../../layout/simulation';
import { animateTo } from '../camera/animate';
import { registerCamera } from '../camera/camera';
import type { ZoomControl } from '../camera/zoom';

export interface NetworkCameraOptions {
  layout: LayoutEngine | null;
  hasSize: boolean;
  svgRef: RefObject<SVGSVGElement | null>;
  zoomRef: RefObject<ZoomControl | null>;
  /** Frames the picture for the current mode (eased when `animate`). */
  fitRef: RefObject<(animate?: boolean) => void>;
  storyStep: number | null;
  presenting: boolean;
}

/**
 * The SVG network's camera: eases to each story step's scene (leaving the
 * story returns to the reader's view), and registers the camera that search,
 * keyboard navigation and the detail panel use to keep a node in sight.
 */
export function useNetworkCamera({
  layout,
  hasSize,
  svgRef,
  zoomRef,
  fitRef,
  storyStep,
  presenting,
}: NetworkCameraOptions): void {
  // The story's camera: ease to each step's scene; leaving the story returns to the reader's view.
  // (The first fit of a new layout is useFitOnResize's; this follows changes of step and mode only.)
  const storyWas = useRef(storyStep);
  const presentingWas = useRef(presenting);
  const viewBeforeStory = useRef<ViewTransform | null>(null);
  useEffect(() => {
    const control = zoomRef.current;
    const rect = svgRef.current?.getBoundingClientRect();
    if (!layout || !hasSize || !control || !rect) return;
    const was = storyWas.current;
    const changed = was !== storyStep || presentingWas.current !== presenting;
    storyWas.current = storyStep;
    presentingWas.current = presenting;
    if (!changed) return;
    if (was === null && storyStep !== null) viewBeforeStory.current = control.current();
    if (was !== null && storyStep === null && viewBeforeStory.current && !presenting) {
      animateTo(control, viewBeforeStory.current, rect, true);
      viewBeforeStory.current = null;
      return;
    }
    fitRef.current(true);
  }, [layout, hasSize, storyStep, presenting, fitRef, svgRef, zoomRef]);

  // Let search, story and keyboard navigation move the camera.
  useEffect(() => {
    if (!layout) return;
    registerCamera({
      fit: () => fitRef.current(),
      zoomBy: (factor) => zoomRef.current?.zoomBy(factor),
      focusNode: (id, options) => {
        const n = layout.position(id);
        const svg = svgRef.current;
        const zoomControl = zoomRef.current;
        if (!n || !svg || !zoomControl) return;
        const rect = svg.getBoundingClientRect();
        const current = zoomControl.current();
        const k = Math.max(current.k, options?.minScale ?? 0);
        const sx = current.x + (n.x ?? 0) * current.k;
        const sy = current.y + (n.y ?? 0) * current.k;
        // The part of the picture the detail panel (side panel or bottom sheet) does not cover.
        const p = options?.avoid ?? document.querySelector('.detail-panel')?.getBoundingClientRect();
        const free = unobscuredBox(
          { left: 0, top: 0, right: rect.width, bottom: rect.height },
          p && {
            left: p.left - rect.left,
            top: p.top - rect.top,
            right: p.right - rect.left,
            bottom: p.bottom - rect.top,
          },
        );
        const margin = 60;
        const inView =
          sx > free.left + margin &&
          sx < free.right - margin &&
          sy > free.top + margin &&
          sy < free.bottom - margin;
        if (inView && k === current.k) return;
        animateTo(
          zoomControl,
          {
            x: (free.left + free.right) / 2 - (n.x ?? 0) * k,
            y: (free.top + free.bottom) / 2 - (n.y ?? 0) * k,
            k,
          },
          rect,
          options?.animate ?? false,
        );
      },
    });
    return () => registerCamera(null);
  }, [layout, fitRef, svgRef, zoomRef]);
}
