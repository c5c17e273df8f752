/**
 * SVG as text: the export is built as a string, never as elements of the live
 * page, so nothing it carries (styles, dataset text) touches the page or its
 * Content-Security-Policy. Every value is escaped.
 */
export type Attrs = Record<string, string | number | null | undefined>;

/** A line of text: UI strings, and dataset text (`{ data }`) kept apart from them. */
export type TextParts = (string | { data: string })[];

/**
 * Characters XML 1.0 does not allow (C0 controls but tab, newline and
 * carriage return; U+FFFE, U+FFFF) and unpaired surrogates, which would make
 * the file unreadable and `encodeURIComponent` (PNG export) throw. The schema
 * refuses them in datasets; this keeps an export well-formed whatever it holds.
 */
const NOT_XML =
  // oxlint-disable-next-line no-control-regex -- the control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number with at most two decimals, as SVG wants it. */
export function num(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined) continue;
    out += ` ${k}="${escapeXml(typeof v === 'number' ? num(v) : v)}"`;
  }
  return out;
}

/** An element with attributes and already-built children (markup strings). */
export function tag(name: string, a: Attrs = {}, children: string | readonly string[] = ''): string {
  const inner = typeof children === 'string' ? children : children.join('');
  return inner ? `<${name}${attrs(a)}>${inner}</${name}>` : `<${name}${attrs(a)}/>`;
}

/**
 * A <text> of UI words and dataset text: each piece of dataset text in its own
 * isolated <tspan>, so its direction (e.g. a right-to-left override) cannot
 * reorder the rest of the line.
 */
export function partsTag(name: string, a: Attrs, parts: TextParts): string {
  const inner = parts
    .map((p) =>
      typeof p === 'string' ? escapeXml(p) : textTag('tspan', { 'unicode-bidi': 'isolate' }, p.data),
    )
    .join('');
  return `<${name}${attrs(a)}>${inner}</${name}>`;
}

/** A <text> (or other) element whose content is plain text. */
export function textTag(name: string, a: Attrs, content: string): string {
  return `<${name}${attrs(a)}>${escapeXml(content)}</${name}>`;
}
