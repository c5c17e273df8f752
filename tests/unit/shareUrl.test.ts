import { describe, expect, it } from 'vitest';
import { appBaseUrl, embedSnippets, embedUrl, escapeHtml, fullAppUrl } from '../../src/embed/shareUrl';

const HREF = 'https://example.org/graphics/alliance/index.html?embed=1&childId=g#x';

describe('share and embed links', () => {
  it('the base drops query and hash', () => {
    expect(appBaseUrl(HREF)).toBe('https://example.org/graphics/alliance/index.html');
  });
  it('the full-app link keeps the view but not embed or present', () => {
    expect(
      fullAppUrl(HREF, { lang: 'en', hide: ['threats'], select: 'jp', embed: true, present: true }),
    ).toBe('https://example.org/graphics/alliance/index.html?lang=en&hide=threats&select=jp');
  });
  it('the embed link adds embed=1', () => {
    expect(embedUrl(HREF, { hide: ['threats'] })).toBe(
      'https://example.org/graphics/alliance/index.html?hide=threats&embed=1',
    );
  });
  it('offers three snippets, embed.js beside index.html', () => {
    const s = embedSnippets(embedUrl(HREF, { q: 'Japan' }), 'Alliance');
    expect(s.iframe).toMatch(
      /^<iframe src="https:\/\/example\.org\/graphics\/alliance\/index\.html\?q=Japan&amp;embed=1"/,
    );
    expect(s.iframe).toContain('title="Alliance"');
    expect(s.script).toContain(
      '<div data-alliance-network src="https://example.org/graphics/alliance/index.html?q=Japan&amp;embed=1"',
    );
    expect(s.script).toContain(
      '<script src="https://example.org/graphics/alliance/embed.js" async></script>',
    );
    expect(s.pym).toContain(
      'new pym.Parent("alliance-network", "https://example.org/graphics/alliance/index.html?q=Japan&embed=1"',
    );
  });
  it('a hostile title cannot break out of the snippet', () => {
    const title = '"><script>alert(1)</script>\'';
    const s = embedSnippets(embedUrl(HREF, {}), title);
    expect(s.iframe).not.toContain('<script>alert');
    expect(s.script).not.toContain('<script>alert');
    expect(s.pym).not.toContain('</script>alert');
    expect(s.pym).not.toMatch(/<\/script>[^\n]*alert/);
    expect(escapeHtml('<a href="x">&\'')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });
});
