import { describe, expect, it } from 'vitest';
import { checkDataUrl, dataUrlLabel, parseAllowedOrigins } from '../../src/data/dataUrlPolicy';

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

describe('what a data= value may put on the page', () => {
  it('refusals never repeat the value', () => {
    for (const value of [
      'BREAKING: Japan leaves the alliance',
      'javascript:alert("Japan leaves the alliance")',
      'https://Japan-leaves:the-alliance@news.example/x.json',
      'http://[Japan leaves the alliance]',
    ]) {
      const decision = checkDataUrl(value, page, []);
      expect(decision.ok).toBe(false);
      if (!decision.ok) expect(decision.reason).not.toMatch(/leaves|alliance/i);
    }
  });

  it('is only the resolved path: no query, no fragment, shortened', () => {
    expect(dataUrlLabel('nato.json?note=Your%20data%20verified%20by%20NATO#top', page)).toBe(
      '/graphics/alliance/nato.json',
    );
    expect(dataUrlLabel('https://data.example/x.json?a=1', page)).toBe('data.example/x.json');
    expect(dataUrlLabel('BREAKING: Japan leaves the alliance', page)).toBe('');
    expect(dataUrlLabel('/BREAKING: Japan leaves', page)).toBe('/BREAKING:%20Japan%20leaves');
    const long = dataUrlLabel(`/${'x'.repeat(3000)}.json`, page);
    expect(long.length).toBe(80);
    expect(long).toMatch(/^\/x+…x+\.json$/);
  });
});

describe('the probe: URLs in every spelling', () => {
  it('refuses protocol-relative and backslash URLs to other hosts', () => {
    for (const value of [
      '//evil.example/x.json',
      '\\\\evil.example/x.json',
      '/\\evil.example/x.json',
      '\\/evil.example/x.json',
      'https://news.example@evil.example/x.json',
      'https://evil.example%2F@news.example/x.json',
    ]) {
      expect(checkDataUrl(value, page, []).ok, value).toBe(false);
    }
    // Without slashes, the same scheme as the page reads as a relative path: this site after all.
    expect(checkDataUrl('https:evil.example/x.json', page, [])).toEqual({
      ok: true,
      url: 'https://news.example/graphics/alliance/evil.example/x.json',
    });
  });

  it('refuses javascript: however it is spelt', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'javascript&colon;alert(1)',
    ]) {
      const decision = checkDataUrl(value, page, ['https://news.example']);
      // Either not http(s) or, read as a relative path, harmless: never a script URL.
      if (decision.ok) expect(decision.url.startsWith('https://news.example/')).toBe(true);
      else expect(decision.reason).not.toContain('alert');
    }
  });
});
