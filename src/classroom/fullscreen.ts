/**
 * The Fullscreen API, defensively: browsers refuse it without a click, and
 * sandboxed iframes without `allowfullscreen`. Callers fall back to the CSS
 * "fullscreen-like" layout of presentation mode, which works everywhere.
 */

/**
 * Asks for fullscreen; resolves to whether it was granted. The click that
 * starts presenting keeps its request in the store (setPresenting), so
 * presentation mode never asks a second time while the first is pending.
 */
export function enterFullscreen(): Promise<boolean> {
  const el = document.documentElement;
  if (document.fullscreenElement) return Promise.resolve(true);
  if (!document.fullscreenEnabled || typeof el.requestFullscreen !== 'function')
    return Promise.resolve(false);
  return el.requestFullscreen({ navigationUI: 'hide' }).then(
    () => true,
    () => false,
  );
}

export function exitFullscreen(): void {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  document.exitFullscreen().catch(() => {
    // Already left (e.g. by the browser's own Escape handling).
  });
}
