/**
 * Smooth camera moves without d3-transition: a requestAnimationFrame loop over
 * d3-interpolate's zoom interpolator (van Wijk & Nuij), which pans and zooms
 * along the path that feels shortest. Instant under prefers-reduced-motion.
 */
import { interpolateZoom } from './interpolateZoom';
import { prefersReducedMotion } from '../../ui/motion';
import type { ViewTransform } from '../../layout/geometry';
import type { ZoomControl } from './zoom';

const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
const same = (a: ViewTransform, b: ViewTransform) =>
  Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && Math.abs(a.k - b.k) < 1e-4;

/**
 * Moves the camera to `to`. A newer move, or the reader grabbing the picture
 * mid-way, stops the old one. `minScale` keeps the zoom from dipping below it
 * on the way (presentation mode keeps labels projector-sized throughout).
 */
export function animateTo(
  control: ZoomControl,
  to: ViewTransform,
  size: { width: number; height: number },
  animate = true,
  minScale = 0,
): void {
  // One move at a time per camera: kept by the camera itself.
  const { moving } = control;
  moving.stop?.();
  moving.stop = null;
  const from = control.current();
  if (!animate || prefersReducedMotion() || same(from, to) || size.width <= 0) {
    control.set(to);
    return;
  }
  const { width: w, height: h } = size;
  // interpolateZoom works on views [centre x, centre y, width] in picture units.
  const view = (t: ViewTransform): [number, number, number] => [
    (w / 2 - t.x) / t.k,
    (h / 2 - t.y) / t.k,
    w / t.k,
  ];
  const path = interpolateZoom(view(from), view(to));
  const duration = Math.max(350, Math.min(1100, path.duration * 0.6));
  const start = performance.now();
  let last = from;
  let frame = 0;
  const stop = () => cancelAnimationFrame(frame);
  moving.stop = stop;
  const tick = (now: number) => {
    if (!same(control.current(), last)) {
      if (moving.stop === stop) moving.stop = null;
      return; // someone else moved the picture
    }
    const p = Math.min(1, (now - start) / duration);
    const [cx, cy, vw] = path(easeInOut(p));
    const k = Math.max(minScale, w / vw);
    last = p < 1 ? { x: w / 2 - cx * k, y: h / 2 - cy * k, k } : to;
    control.set(last);
    last = control.current();
    if (p < 1) frame = requestAnimationFrame(tick);
    else if (moving.stop === stop) moving.stop = null;
  };
  frame = requestAnimationFrame(tick);
}
