/**
 * The Fullscreen API, defensively: browsers refuse it without a click, and
 * sandboxed iframes without `allowfullscreen`. Callers fall back to the CSS
 * "fullscreen-like" layout of presentation mode, which works everywhere.
 */
export async function enterFullscreen(): Promise<boolean> {
  const el = document.documentElement;
  if (document.fullscreenElement) return true;
  if (!document.fullscreenEnabled || typeof el.requestFullscreen !== 'function') return false;
  try {
    await el.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export function exitFullscreen(): void {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  document.exitFullscreen().catch(() => {
    // Already left (e.g. by the browser's own Escape handling).
  });
}
