/**
 * A node selected by the URL (`select=`) is chosen before the network is laid
 * out; once the camera exists, bring the node into view beside its detail panel.
 */
import { camera } from '../network/camera/camera';

export function focusWhenReady(id: string, frames = 180): void {
  if (typeof requestAnimationFrame === 'undefined') return;
  const step = (left: number) => {
    const cam = camera();
    if (cam) {
      // One more frame, so the first fit has been applied.
      requestAnimationFrame(() => {
        const panel = document.querySelector('.detail-panel');
        cam.focusNode(id, panel ? { avoid: panel.getBoundingClientRect() } : undefined);
      });
      return;
    }
    if (left > 0) requestAnimationFrame(() => step(left - 1));
  };
  step(frames);
}
