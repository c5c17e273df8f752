import { useEffect, useEffectEvent } from 'react';
import type { RefObject } from 'react';
import { unobscuredBox } from '../../graph/keyboardNav';
import type { ArrangedEngine } from '../../layout/arrangedEngine';
import { useAppStore } from '../../store/store';
import type { FocusOptions } from '../../store/store';
import { animateTo } from '../camera/animate';
import type { ZoomControl } from '../camera/zoom';

export interface NetworkCameraOptions {
  layout: ArrangedEngine | null;
  svgRef: RefObject<SVGSVGElement | null>;
  zoomRef: RefObject<ZoomControl | null>;
  /** Frames the picture for the current mode (eased when `animate`). */
  fitRef: RefObject<(animate?: boolean) => void>;
  storyStep: number | null;
  presenting: boolean;
}

/**
 * The SVG network's camera: follows the scene (story step, presentation) and
 * is put into the store for the features outside the network (search, story,
 * keyboard navigation, the detail panel) while the network is drawn.
 */
export function useNetworkCamera({
  layout,
  svgRef,
  zoomRef,
  fitRef,
  storyStep,
  presenting,
}: NetworkCameraOptions): void {
  // d3-zoom's transform is outside React: bring it to each new scene. The first fit of a new
  // layout is useFitOnResize's; this follows changes of step and mode only.
  const onSceneChange = useEffectEvent(() => {
    const control = zoomRef.current;
    const rect = svgRef.current?.getBoundingClientRect();
    if (!layout || !control || !rect || rect.width <= 0) return;
    const { returnView, clearReturnView } = useAppStore.getState();
    // Leaving the story gives the reader back the view they had before it.
    if (storyStep === null && !presenting && returnView) {
      clearReturnView();
      animateTo(control, returnView, rect, true);
      return;
    }
    fitRef.current(true);
  });
  useEffect(() => {
    onSceneChange();
  }, [storyStep, presenting]);

  useEffect(() => {
    if (!layout) return;
    const { setCamera } = useAppStore.getState();
    setCamera({
      fit: (animate) => fitRef.current(animate),
      zoomBy: (factor) => zoomRef.current?.zoomBy(factor),
      view: () => zoomRef.current?.current() ?? { x: 0, y: 0, k: 1 },
      moveTo: (view, animate = false) => {
        const control = zoomRef.current;
        const rect = svgRef.current?.getBoundingClientRect();
        if (control && rect) animateTo(control, view, rect, animate);
      },
      drawn: () => {
        const svg = svgRef.current;
        const control = zoomRef.current;
        if (!svg || !control) return null;
        const rect = svg.getBoundingClientRect();
        return {
          renderer: 'svg',
          width: rect.width,
          height: rect.height,
          transform: control.current(),
          labelPlacement: (id) => layout.labelPlacement(id),
          bend: (edgeId) => layout.bend(edgeId),
          position: (id) => {
            const n = layout.position(id);
            return n ? { x: n.x ?? 0, y: n.y ?? 0 } : undefined;
          },
        };
      },
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
        // The part of the picture the detail panel (side panel or bottom sheet) and the key help leave free.
        const local = (p: FocusOptions['avoid']) =>
          p && {
            left: p.left - rect.left,
            top: p.top - rect.top,
            right: p.right - rect.left,
            bottom: p.bottom - rect.top,
          };
        const free = unobscuredBox(
          unobscuredBox({ left: 0, top: 0, right: rect.width, bottom: rect.height }, local(options?.avoid)),
          local(options?.clearOf),
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
    return () => setCamera(null);
  }, [layout, fitRef, svgRef, zoomRef]);
}
