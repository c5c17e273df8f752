/**
 * The links the app hands out: the share link for the current view, the link
 * from an embed to the full app, and the three embed snippets. Pure functions
 * of the view state and the page's address.
 */
import { serializeUrlState } from '../store/urlState';
import type { UrlState } from '../store/urlState';

/** The app's address without query or hash, e.g. `https://example.org/graphics/alliance/`. */
export function appBaseUrl(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

/** The state a shared link carries: the view without the iframe and presentation flags. */
export function sharedState(state: UrlState): UrlState {
  return { ...state, embed: undefined, present: undefined };
}

/** The full app showing this view (used by Share, and by the embed's "open" link). */
export function fullAppUrl(href: string, state: UrlState): string {
  return appBaseUrl(href) + serializeUrlState(sharedState(state));
}

/** The compact embed showing this view. */
export function embedUrl(href: string, state: UrlState): string {
  return appBaseUrl(href) + serializeUrlState({ ...sharedState(state), embed: true });
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A JavaScript string literal that is also safe inside an HTML <script>. */
function jsString(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

export interface EmbedSnippets {
  iframe: string;
  script: string;
  pym: string;
}

export const PYM_CDN = 'https://pym.nprapps.org/pym.v1.min.js';

/** Snippets for an embed URL (see `embedUrl`); embed.js is expected beside the app's index.html. */
export function embedSnippets(src: string, title: string): EmbedSnippets {
  const script = new URL('embed.js', appBaseUrl(src)).href;
  const t = escapeHtml(title);
  return {
    iframe:
      `<iframe src="${escapeHtml(src)}" title="${t}" width="100%" height="760" ` +
      `style="border:0;width:100%" loading="lazy" allow="clipboard-write; fullscreen" allowfullscreen></iframe>`,
    script:
      `<div data-alliance-network src="${escapeHtml(src)}" data-title="${t}"></div>\n` +
      `<script src="${escapeHtml(script)}" async></script>`,
    pym:
      `<div id="alliance-network"></div>\n` +
      `<script src="${PYM_CDN}"></script>\n` +
      `<script>\n  new pym.Parent("alliance-network", ${jsString(src)}, { title: ${jsString(title)} });\n</script>`,
  };
}
