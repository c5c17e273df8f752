import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** Set on <html> from `beforeprint` to `afterprint` (print media may not match yet in `beforeprint`). */
const ATTR = 'data-printing';

function printing(): boolean {
  if (typeof window === 'undefined') return false;
  return document.documentElement.hasAttribute(ATTR) || (window.matchMedia?.('print').matches ?? false);
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.('print');
  // Rendered before the browser lays out the page for print: the update must not wait for a frame.
  const update = () => flushSync(onChange);
  const before = () => {
    document.documentElement.setAttribute(ATTR, '');
    update();
  };
  const after = () => {
    document.documentElement.removeAttribute(ATTR);
    update();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media?.addEventListener('change', update);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', update);
  };
}

/**
 * True while the page is printed (the browser's print, a PDF) or shown with
 * print media (print preview, emulation): parts that draw differently on
 * paper, like the network's overview, follow it. False on the server.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, printing, () => false);
}
