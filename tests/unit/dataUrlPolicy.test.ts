import { describe, expect, it } from 'vitest';
import { checkDataUrl, parseAllowedOrigins } from '../../src/data/dataUrlPolicy';

const page = 'https://news.example/graphics/alliance/index.html?lang=de';

describe('checkDataUrl', () => {
  it('accepts same-origin URLs, relative or absolute', () => {
    expect(checkDataUrl('/data/nato.json', page, [])).toEqual({
      ok: true,
      url: 'https://news.example/data/nato.json',
    });
    expect(checkDataUrl('nato.json', page, [])).toEqual({
      ok: true,
      url: 'https://news.example/graphics/alliance/nato.json',
    });
    expect(checkDataUrl('../nato.json', page, []).ok).toBe(true);
    expect(checkDataUrl('https://news.example/x.json', page, []).ok).toBe(true);
  });

  it('refuses other origins, with the reason', () => {
    const decision = checkDataUrl('https://evil.example/fake.json', page, []);
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.reason).toContain('the origin https://evil.example is not allowed');
    expect(checkDataUrl('//evil.example/fake.json', page, []).ok).toBe(false);
    expect(checkDataUrl('http://news.example/x.json', page, []).ok).toBe(false); // other scheme, other origin
    expect(checkDataUrl('https://news.example:8443/x.json', page, []).ok).toBe(false); // other port
    expect(checkDataUrl('https://news.example.evil.example/x.json', page, []).ok).toBe(false);
  });

  it('refuses non-http schemes and credentials', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:application/json,{}',
      'file:///etc/passwd',
      'blob:https://news.example/1',
    ]) {
      expect(checkDataUrl(url, page, ['https://news.example']).ok).toBe(false);
    }
    expect(checkDataUrl('https://user:pw@news.example/x.json', page, []).ok).toBe(false);
  });

  it('accepts origins allowed at build time', () => {
    const allowed = parseAllowedOrigins('https://data.example, https://cdn.example:8443/ignored/path');
    expect(allowed).toEqual(['https://data.example', 'https://cdn.example:8443']);
    expect(checkDataUrl('https://data.example/nato.json', page, allowed).ok).toBe(true);
    expect(checkDataUrl('https://cdn.example:8443/a.json', page, allowed).ok).toBe(true);
    expect(checkDataUrl('https://cdn.example/a.json', page, allowed).ok).toBe(false);
  });
});

describe('parseAllowedOrigins', () => {
  it('ignores empty and invalid entries', () => {
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins('')).toEqual([]);
    expect(parseAllowedOrigins(' , not a url, javascript:alert(1), *')).toEqual([]);
  });
});
