import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while React renders on the server (the build's prerender) and while
 * it hydrates that markup in the browser; true once the app runs (and at once
 * when nothing was prerendered). For attributes that say "the app has taken
 * over", e.g. the network's `data-ready`.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
