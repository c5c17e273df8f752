import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { LayoutEngine } from '../layout/simulation';

/**
 * Nobody sees it, nothing runs: the layout pauses while the tab is hidden or
 * the network is scrolled out of view (an embed further down an article) and
 * resumes on return. `data-paused` on the element tells tests and styles.
 */
export function usePauseWhenHidden(ref: RefObject<HTMLElement | null>, layout: LayoutEngine | null): void {
  useEffect(() => {
    const el = ref.current;
    if (!layout || !el) return;
    let onScreen = true;
    const update = () => {
      const paused = document.visibilityState === 'hidden' || !onScreen;
      if (paused) layout.pause();
      else layout.resume();
      el.dataset.paused = String(paused);
    };
    document.addEventListener('visibilitychange', update);
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            onScreen = entries.at(-1)?.isIntersecting ?? true;
            update();
          });
    observer?.observe(el);
    update();
    return () => {
      document.removeEventListener('visibilitychange', update);
      observer?.disconnect();
    };
  }, [ref, layout]);
}
