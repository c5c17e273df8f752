/**
 * Which `data=` URLs the app may load: its own origin (relative or absolute
 * URLs) and the origins allowed at build time (`VITE_DATA_ORIGINS`). Anything
 * else is refused, so nobody can show invented "facts" under a newsroom's
 * domain by crafting a link.
 */

export type DataUrlDecision = { ok: true; url: string } | { ok: false; reason: string };

/**
 * An origin as a content security policy can name it (host-source: scheme,
 * host of letters, digits, hyphens and dots, optional port). The build copies
 * the allowed origins into `connect-src`, so nothing else may pass: no `;`,
 * `,`, quotes or spaces that could add a directive, and no IPv6 literals,
 * which CSP cannot express.
 */
const CSP_ORIGIN = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/;

/** Parses a comma-separated list of origins (`https://a.example, https://b.example:8443`). */
export function parseAllowedOrigins(list: string | undefined): string[] {
  const origins: string[] = [];
  for (const part of (list ?? '').split(',')) {
    const value = part.trim();
    if (value === '') continue;
    try {
      const url = new URL(value);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && CSP_ORIGIN.test(url.origin)) {
        if (!origins.includes(url.origin)) origins.push(url.origin);
      }
    } catch {
      // Not an origin: ignored (documented in the README).
    }
  }
  return origins;
}

/**
 * Decides whether `value` may be loaded by a page at `pageUrl` (usually
 * `document.baseURI`). Relative URLs resolve against the page.
 */
export function checkDataUrl(
  value: string,
  pageUrl: string,
  allowedOrigins: readonly string[],
): DataUrlDecision {
  let page: URL;
  let url: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(value, page);
  } catch {
    return { ok: false, reason: 'the value is not a URL' };
  }
  // The value itself is never repeated: a crafted link must not put its words on the page.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: 'only http: and https: URLs are allowed' };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'the URL contains a user name or password' };
  }
  if (url.origin === page.origin || allowedOrigins.includes(url.origin)) return { ok: true, url: url.href };
  return {
    ok: false,
    reason: `the origin ${url.origin} is not allowed (only this site's own origin ${page.origin} and the origins in VITE_DATA_ORIGINS are)`,
  };
}

/** Shortens text to at most `max` characters, keeping its start and its end. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) * 0.6);
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}

/**
 * How a `data=` URL is shown to readers: the resolved path (after the host if
 * it is another site), without query or fragment, percent-encoded as in the
 * URL, at most `max` characters; "" if it is not an http(s) URL. Never the
 * raw value, so a link cannot write a sentence onto the page.
 */
export function dataUrlLabel(value: string, pageUrl: string, max = 80): string {
  let page: URL;
  let url: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(value, page);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  return shorten((url.origin === page.origin ? '' : url.host) + url.pathname, max);
}

/** Marks a dataset source that came from a local file (`file:name.json`, never written into the URL). */
export const FILE_SOURCE_PREFIX = 'file:';

/** A loaded dataset's source as readers see it: a file's name, or a `data=` URL as `dataUrlLabel` shows it. */
export function dataSourceLabel(source: string, pageUrl: string, max = 80): string {
  if (source.startsWith(FILE_SOURCE_PREFIX)) return shorten(source.slice(FILE_SOURCE_PREFIX.length), max);
  return dataUrlLabel(source, pageUrl, max);
}
