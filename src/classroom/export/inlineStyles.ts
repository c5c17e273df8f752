/**
 * Copies the computed look of the drawn network onto a clone, so the SVG needs
 * no stylesheet: colours (CSS variables resolved), dashes, line widths,
 * opacity, the font stack.
 */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
] as const;

/** Defaults that need not be written out. */
const SKIP: Partial<Record<(typeof PROPERTIES)[number], string>> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  'font-style': 'normal',
  'paint-order': 'normal',
  'stroke-dasharray': 'none',
};

export function inlineComputedStyles(original: Element, clone: Element): void {
  const computed = getComputedStyle(original);
  const declarations: string[] = [];
  for (const prop of PROPERTIES) {
    const value = computed.getPropertyValue(prop).trim();
    if (!value || SKIP[prop] === value) continue;
    declarations.push(`${prop}:${value}`);
  }
  if (declarations.length > 0) clone.setAttribute('style', declarations.join(';'));
  const a = original.children;
  const b = clone.children;
  for (let i = 0; i < a.length && i < b.length; i++) {
    const o = a[i];
    const c = b[i];
    if (o && c) inlineComputedStyles(o, c);
  }
}
