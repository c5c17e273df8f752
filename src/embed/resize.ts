/**
 * Auto-height for iframes. Inside an iframe, the app reports its content
 * height to the parent page whenever it changes (ResizeObserver, debounced),
 * in two protocols:
 *
 * 1. its own: `{ type: "alliance-network:resize", height }`, posted with "*"
 *    (the height is not a secret; embed.js checks the sender);
 * 2. the Pym.js child protocol: `"pymxPYMx" + childId + "xPYMxheightxPYMx" + height`
 *    when the query string names a `childId`; a `width` message from the
 *    parent is answered with the height, as pym.Child does.
 *
 * Outside an iframe nothing happens. Every call into the parent is guarded:
 * a sandboxed or detached frame must never throw.
 */
export const RESIZE_MESSAGE_TYPE = 'alliance-network:resize';
const PYM_DELIMITER = 'xPYMx';

export function pymMessage(childId: string, type: string, message: string | number): string {
  return ['pym', childId, type, String(message)].join(PYM_DELIMITER);
}

/** Parses a Pym.js message for `childId`; null when it is not one. */
export function parsePymMessage(data: unknown, childId: string): { type: string; message: string } | null {
  if (typeof data !== 'string') return null;
  const prefix = `pym${PYM_DELIMITER}${childId}${PYM_DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const cut = rest.indexOf(PYM_DELIMITER);
  if (cut <= 0) return null;
  return { type: rest.slice(0, cut), message: rest.slice(cut + PYM_DELIMITER.length) };
}

export function isInIframe(win: Window = window): boolean {
  try {
    return win.parent !== win;
  } catch {
    // Reading parent can only fail when we are framed.
    return true;
  }
}

/** The height of the page's content (not of the viewport), in whole CSS pixels. */
export function contentHeight(doc: Document = document): number {
  const body = doc.body;
  if (!body) return 0;
  const style = doc.defaultView?.getComputedStyle(body);
  const margins = style ? parseFloat(style.marginTop) + parseFloat(style.marginBottom) : 0;
  return Math.ceil(body.getBoundingClientRect().height + (Number.isFinite(margins) ? margins : 0));
}

export interface AutoHeightOptions {
  win?: Window & typeof globalThis;
  /** Debounce for height reports, in ms. */
  delay?: number;
}

/** Starts reporting the content height to the parent frame. Returns a stop function. */
export function startAutoHeight(options: AutoHeightOptions = {}): () => void {
  const win: Window & typeof globalThis = options.win ?? window;
  const delay = options.delay ?? 50;
  if (!isInIframe(win) || typeof win.ResizeObserver === 'undefined') return () => {};
  const doc = win.document;
  let childId: string | null = null;
  try {
    childId = new URLSearchParams(win.location.search).get('childId');
  } catch {
    childId = null;
  }

  let last = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const post = (message: unknown) => {
    try {
      win.parent.postMessage(message, '*');
    } catch {
      // A detached or closed parent: nothing to report to.
    }
  };
  const send = (force: boolean) => {
    const height = contentHeight(doc);
    if (height <= 0 || (!force && height === last)) return;
    last = height;
    post({ type: RESIZE_MESSAGE_TYPE, height });
    if (childId) post(pymMessage(childId, 'height', height));
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      send(false);
    }, delay);
  };

  const observer = new win.ResizeObserver(schedule);
  observer.observe(doc.documentElement);
  if (doc.body) observer.observe(doc.body);

  const onMessage = (event: MessageEvent) => {
    if (!childId || event.source !== win.parent) return;
    const parsed = parsePymMessage(event.data, childId);
    // pym.Parent sends its width on load and on every resize; pym.Child answers with the height.
    if (parsed?.type === 'width') send(true);
  };
  win.addEventListener('message', onMessage);
  win.addEventListener('load', schedule);
  send(true);

  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    win.removeEventListener('message', onMessage);
    win.removeEventListener('load', schedule);
  };
}
