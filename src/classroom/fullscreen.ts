/**
 * The Fullscreen API, defensively: browsers refuse it without a click, and
 * sandboxed iframes without `allowfullscreen`. Callers fall back to the CSS
 * "fullscreen-like" layout of presentation mode, which works everywhere.
 */
let pending: Promise<boolean> | null = null;

/** Asks for fullscreen once (a second call while the first is pending shares its answer). */
export function enterFullscreen(): Promise<boolean> {
  const el = document.documentElement;
  if (document.fullscreenElement) return Promise.resolve(true);
  if (pending) return pending;
  if (!document.fullscreenEnabled || typeof el.requestFullscreen !== 'function')
    return Promise.resolve(false);
  pending = el
    .requestFullscreen({ navigationUI: 'hide' })
    .then(
      () => true,
      () => false,
    )
    .finally(() => {
      pending = null;
    });
  return pending;
}

export function exitFullscreen(): void {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  document.exitFullscreen().catch(() => {
    // Already left (e.g. by the browser's own Escape handling).
  });
}
