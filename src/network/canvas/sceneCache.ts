/**
 * The last full drawing of a settled large graph, kept as a bitmap with a
 * margin around the viewport. While the reader pans or zooms and a full
 * drawing would cost more than a frame, the renderer shows this picture moved
 * and scaled to the new camera (one drawImage), then draws afresh once the
 * camera rests: pans stay at 60 fps however many relations there are.
 */
import type { ViewTransform } from '../../layout/geometry';

export interface SceneCache {
  image: CanvasImageSource;
  /** The camera the picture was drawn with. */
  transform: ViewTransform;
  /** Extra CSS pixels drawn on every side of the viewport. */
  margin: number;
  width: number;
  height: number;
  dpr: number;
  /** What was drawn (positions, selection, palette …): a stale picture is never shown. */
  version: number;
}

export interface CacheSpec {
  width: number;
  height: number;
  dpr: number;
  margin: number;
  transform: ViewTransform;
  version: number;
}

/**
 * Draws into a fresh surface of the viewport's size plus the margin (the
 * camera shifted by the margin) and keeps the result. An OffscreenCanvas
 * hands its pixels to an ImageBitmap without a copy; elsewhere a detached
 * canvas element serves.
 */
export function drawCached(
  previous: SceneCache | null,
  spec: CacheSpec,
  paint: (ctx: CanvasRenderingContext2D) => void,
): SceneCache | null {
  const pw = Math.max(1, Math.round((spec.width + 2 * spec.margin) * spec.dpr));
  const ph = Math.max(1, Math.round((spec.height + 2 * spec.margin) * spec.dpr));
  if (previous && typeof ImageBitmap !== 'undefined' && previous.image instanceof ImageBitmap) {
    previous.image.close();
  }
  let image: CanvasImageSource;
  if (typeof OffscreenCanvas !== 'undefined') {
    const surface = new OffscreenCanvas(pw, ph);
    const ctx = surface.getContext('2d');
    if (!ctx) return null;
    paint(ctx as unknown as CanvasRenderingContext2D); // the same drawing API
    image = surface.transferToImageBitmap();
  } else {
    const reuse = previous?.image instanceof HTMLCanvasElement ? previous.image : null;
    const surface = reuse ?? document.createElement('canvas');
    surface.width = pw;
    surface.height = ph;
    const ctx = surface.getContext('2d');
    if (!ctx) return null;
    paint(ctx);
    image = surface;
  }
  const { width, height, dpr, margin, transform, version } = spec;
  return { image, transform, margin, width, height, dpr, version };
}

/** Draws the cached picture onto the visible canvas as the camera `t` would show it. */
export function blitCache(ctx: CanvasRenderingContext2D, cache: SceneCache, t: ViewTransform): void {
  const { dpr, margin, width, height, transform: t0 } = cache;
  const s = t.k / t0.k;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.translate(t.x - s * t0.x, t.y - s * t0.y);
  ctx.scale(s, s);
  ctx.drawImage(cache.image, -margin, -margin, width + 2 * margin, height + 2 * margin);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

export function disposeCache(cache: SceneCache | null): void {
  if (cache && typeof ImageBitmap !== 'undefined' && cache.image instanceof ImageBitmap) cache.image.close();
}
