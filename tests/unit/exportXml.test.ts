/** Exports are always well-formed: whatever text a drawing holds, the SVG parses and PNG export can encode it. */
import { describe, expect, it } from 'vitest';
import { partsTag, tag, textTag } from '../../src/classroom/export/svgMarkup';

/** An SVG document as the export builds it (as text), with `text` as a label and as a dataset piece. */
function serialize(text: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tag('svg', { xmlns: 'http://www.w3.org/2000/svg' }, [
    textTag('text', {}, text),
    partsTag('text', {}, ['by ', { data: text }]),
  ])}`;
}

const parses = (xml: string) =>
  new DOMParser().parseFromString(xml, 'image/svg+xml').getElementsByTagName('parsererror').length === 0;

describe('SVG export markup', () => {
  it.each([
    ['NUL', 'Ja\u0000pan'],
    ['other C0 controls', 'a\u0001b\u001Fc\u000Bd'],
    ['an unpaired high surrogate', 'Ja\uD800pan'],
    ['an unpaired low surrogate', '\uDC00Japan'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF'],
  ])('writes well-formed XML for text with %s', (_name, text) => {
    const xml = serialize(text);
    expect(parses(xml)).toBe(true);
    expect(() => encodeURIComponent(xml)).not.toThrow();
    expect(xml).toContain('\uFFFD');
  });

  it('keeps what XML allows: markup as text, tab, newline, emoji, right-to-left text', () => {
    const text = '<b>&amp;</b> ]]> \t\n 🇯🇵 ישראל';
    const xml = serialize(text);
    expect(parses(xml)).toBe(true);
    const back = new DOMParser().parseFromString(xml, 'image/svg+xml').getElementsByTagName('text')[0];
    expect(back?.textContent).toBe(text);
  });
});
