/**
 * One frame of the canvas renderer, decided per request: nothing (no
 * positions yet, or reduced motion before the layout has settled), the cached
 * picture moved to the camera (while the reader pans or zooms and a full
 * drawing is dear), or a full drawing: the relations' bitmap from the layout
 * worker, the relations drawn live, nodes and labels. Asks the worker for the
 * relations of the current view when that changed.
 */
import { FILTER_GROUPS } from '../../data/kinds';
import type { ViewTransform } from '../../layout/geometry';
import type { LargeLayoutEngine } from '../../layout/large/largeLayout';
import { createDrawMemo, drawNetwork, readPalette } from './canvasDraw';
import type { CanvasScene, DrawMemo } from './canvasDraw';
import { blitCache, drawCached } from './sceneCache';
import type { SceneCache } from './sceneCache';

/** While the camera moved this recently, a full drawing dearer than CHEAP_MS gives way to the cached picture. */
export const MOVING_MS = 140;
const CHEAP_MS = 6;

export interface PaintState {
  transform: ViewTransform;
  /** Bumped whenever what is drawn changes (positions, props): the cached picture is then stale. */
  version: number;
  cache: SceneCache | null;
  /** When the reader last moved the camera. */
  movedAt: number;
  idle: ReturnType<typeof setTimeout> | null;
  fullDrawMs: number;
  /** The last view of the relations asked of the layout worker. */
  edgeViewKey: string;
  edgeViewId: number;
  edgeMask: Uint8Array | null;
  /** Label widths and symbol paths, worked out once for this canvas. */
  memo: DrawMemo;
}

export function createPaintState(): PaintState {
  return {
    transform: { x: 0, y: 0, k: 1 },
    version: 0,
    cache: null,
    movedAt: -Infinity,
    idle: null,
    fullDrawMs: 0,
    edgeViewKey: '',
    edgeViewId: 0,
    edgeMask: null,
    memo: createDrawMemo(),
  };
}

export interface FrameInput {
  canvas: HTMLCanvasElement;
  /** The element whose CSS custom properties hold the palette. */
  container: Element;
  layout: LargeLayoutEngine;
  size: { width: number; height: number };
  settled: boolean;
  reducedMotion: boolean;
  /** Which relations are shown, in dataset order (for the worker's bitmap). */
  visibleMask: Uint8Array;
  scene: Pick<CanvasScene, 'nodes' | 'edges' | 'highlight' | 'selected' | 'focused'>;
}

const marginOf = (size: { width: number; height: number }) =>
  Math.round(0.3 * Math.max(size.width, size.height));

/** Asks the layout worker for the relations drawn for this camera, unless it already has. */
function requestEdgeView(state: PaintState, input: FrameInput, dpr: number, palette: Map<string, string>) {
  const { size, visibleMask } = input;
  const colors = FILTER_GROUPS.map((g) => palette.get(`--group-${g}`) ?? '#777');
  const margin = marginOf(size);
  const tr = state.transform;
  const key = [size.width, size.height, dpr, margin, tr.x, tr.y, tr.k, colors.join()].join('|');
  if (key === state.edgeViewKey && state.edgeMask === visibleMask) return;
  state.edgeViewKey = key;
  state.edgeMask = visibleMask;
  input.layout.setEdgeView({
    ...size,
    dpr,
    margin,
    transform: tr,
    colors,
    visible: visibleMask,
    id: ++state.edgeViewId,
  });
}

function fullDraw(state: PaintState, input: FrameInput, ctx: CanvasRenderingContext2D, dpr: number) {
  const { layout, size, settled } = input;
  const started = performance.now();
  const tr = state.transform;
  const scene = (width: number, height: number, transform: ViewTransform): CanvasScene => ({
    ...input.scene,
    width,
    height,
    dpr,
    transform,
    layout,
    edgeImage: layout.edges(),
    // The worker draws the relations once it has a view; until its first bitmap, they are
    // stroked here (the preview showed them, and they should not blink out).
    edgesDrawnElsewhere: typeof OffscreenCanvas !== 'undefined' && layout.edges() !== null,
    // While the layout moves, only the hubs' labels: placing hundreds per batch is wasted work.
    maxLabels: settled ? 250 : 40,
  });
  const palette = readPalette(input.container);
  requestEdgeView(state, input, dpr, palette);
  if (!settled) {
    // Positions change with every batch: straight onto the screen, nothing to keep.
    state.cache = null;
    drawNetwork(ctx, scene(size.width, size.height, tr), palette, state.memo);
  } else {
    // Settled: keep the drawing, with a margin so a pan reveals picture, not blank.
    const margin = marginOf(size);
    const shifted = { x: tr.x + margin, y: tr.y + margin, k: tr.k };
    state.cache = drawCached(
      state.cache,
      { ...size, dpr, margin, transform: tr, version: state.version },
      (c) =>
        drawNetwork(
          c,
          scene(size.width + 2 * margin, size.height + 2 * margin, shifted),
          palette,
          state.memo,
        ),
    );
    if (state.cache) blitCache(ctx, state.cache, tr);
  }
  state.fullDrawMs = performance.now() - started;
}

/** True while the reader moves the camera (and a little after). */
export function cameraMoving(state: PaintState): boolean {
  return performance.now() - state.movedAt < MOVING_MS;
}

/** Once the camera rests, one full drawing afresh: crisp, with the latest relations and labels. */
export function redrawAtRest(state: PaintState, requestDraw: () => void): void {
  if (state.idle !== null) return;
  state.idle = setTimeout(
    () => {
      state.idle = null;
      state.version++;
      requestDraw();
    },
    Math.max(0, MOVING_MS - (performance.now() - state.movedAt)) + 10,
  );
}

/**
 * Draws a frame: 'full' when the whole picture was drawn afresh, 'complete'
 * when it also had the relations for this very view (nothing more will
 * arrive for it), 'moved' for the cached picture, 'none' for nothing.
 */
export function paintFrame(
  state: PaintState,
  input: FrameInput,
  requestDraw: () => void,
): 'none' | 'moved' | 'full' | 'complete' {
  const { canvas, layout, size, settled } = input;
  const ctx = canvas.getContext('2d');
  if (!ctx || !layout.hasPositions()) return 'none';
  if (!settled && input.reducedMotion) return 'none'; // reduced motion: the first picture is the settled one
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  if (canvas.width !== Math.round(size.width * dpr)) canvas.width = Math.round(size.width * dpr);
  if (canvas.height !== Math.round(size.height * dpr)) canvas.height = Math.round(size.height * dpr);
  const cache = state.cache;
  const reusable =
    cache?.version === state.version && cache.width === size.width && cache.height === size.height;
  if (reusable && cameraMoving(state) && state.fullDrawMs > CHEAP_MS) {
    blitCache(ctx, cache, state.transform);
    redrawAtRest(state, requestDraw);
    return 'moved';
  }
  const current = () =>
    typeof OffscreenCanvas === 'undefined' || layout.edges()?.view.id === state.edgeViewId;
  if (input.reducedMotion) {
    // Reduced motion: one complete picture, relations included, rather than two in a row.
    requestEdgeView(state, input, dpr, readPalette(input.container));
    if (!current()) return 'none';
  }
  fullDraw(state, input, ctx, dpr);
  return current() ? 'complete' : 'full';
}
