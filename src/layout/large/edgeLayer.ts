/**
 * The relations of a large graph drawn as one bitmap, where the positions
 * live: in the layout worker (on an OffscreenCanvas, so thousands of long
 * lines are rasterised off the main thread) or, after a fallback, on the main
 * thread. The renderer places the bitmap under the nodes and labels it draws
 * itself. Relations touching a node the reader moved (pinned) are left out:
 * the renderer draws those live, so they follow a drag.
 */

/** What to draw and for which camera. */
export interface EdgeView {
  /** Viewport in CSS pixels, the device pixel ratio, and a margin drawn on every side. */
  width: number;
  height: number;
  dpr: number;
  margin: number;
  transform: { x: number; y: number; k: number };
  /** Stroke colour per filter group index. */
  colors: string[];
  /** Per relation: 1 shown, 0 hidden (filters). */
  visible: Uint8Array;
  /** Identifies the request, so the renderer knows what a bitmap shows. */
  id: number;
}

export interface EdgeImage {
  image: ImageBitmap | HTMLCanvasElement | OffscreenCanvas;
  view: Omit<EdgeView, 'visible' | 'colors'>;
}

export interface EdgeGeometry {
  xy: ArrayLike<number>;
  source: Int32Array;
  target: Int32Array;
  /** Filter group index per relation. */
  group: Uint8Array;
  /** Per node: 1 while the reader holds or has dropped it. */
  pinned: Uint8Array;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Strokes the relations into `ctx`, whose pixels are (width + 2·margin)·dpr wide. */
export function paintEdges(ctx: Context2D, g: EdgeGeometry, view: EdgeView): void {
  const { width, height, dpr, margin, transform: t } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width + 2 * margin, height + 2 * margin);
  ctx.translate(t.x + margin, t.y + margin);
  ctx.scale(t.k, t.k);
  // Culling rectangle in layout units.
  const x0 = (-t.x - margin) / t.k;
  const y0 = (-t.y - margin) / t.k;
  const x1 = (width + margin - t.x) / t.k;
  const y1 = (height + margin - t.y) / t.k;
  // Hairlines (under one screen pixel): Skia draws them on a fast path.
  ctx.lineWidth = 0.95 / t.k;
  ctx.lineCap = 'round';
  ctx.globalAlpha = 0.55;
  const { xy, source, target, group, pinned } = g;
  for (let gi = 0; gi < view.colors.length; gi++) {
    ctx.beginPath();
    for (let e = 0; e < source.length; e++) {
      if (group[e] !== gi || !view.visible[e]) continue;
      const s = source[e]!;
      const d = target[e]!;
      if (pinned[s] || pinned[d]) continue;
      const ax = xy[2 * s]!;
      const ay = xy[2 * s + 1]!;
      const bx = xy[2 * d]!;
      const by = xy[2 * d + 1]!;
      if ((ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1))
        continue;
      ctx.moveTo(ax, ay);
      ctx.lineTo(bx, by);
    }
    ctx.strokeStyle = view.colors[gi]!;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

/** Draws the relations into a new bitmap (null where no OffscreenCanvas exists). */
export function renderEdges(g: EdgeGeometry, view: EdgeView): ImageBitmap | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const w = Math.max(1, Math.round((view.width + 2 * view.margin) * view.dpr));
  const h = Math.max(1, Math.round((view.height + 2 * view.margin) * view.dpr));
  const canvas = new OffscreenCanvas(w, h);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  paintEdges(ctx, g, view);
  return canvas.transferToImageBitmap();
}

/** The part of a view a bitmap needs to be placed again. */
export function viewGeometry(view: EdgeView): EdgeImage['view'] {
  const { width, height, dpr, margin, transform, id } = view;
  return { width, height, dpr, margin, transform, id };
}
