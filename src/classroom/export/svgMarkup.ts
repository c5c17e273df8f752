/**
 * SVG as text: the export is built as a string, never as elements of the live
 * page, so nothing it carries (styles, dataset text) touches the page or its
 * Content-Security-Policy. Every value is escaped.
 */
export type Attrs = Record<string, string | number | null | undefined>;

export function escapeXml(text: string): string {
  return text
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

/** A <text> (or other) element whose content is plain text. */
export function textTag(name: string, a: Attrs, content: string): string {
  return `<${name}${attrs(a)}>${escapeXml(content)}</${name}>`;
}
