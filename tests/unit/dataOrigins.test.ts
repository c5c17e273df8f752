/** `data=` in the app: the build-time allow-list (VITE_DATA_ORIGINS) and refusals shown as problems. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAllowedOrigins } from '../../src/data/dataUrlPolicy';
import { formatProblem } from '../../src/data/validate';
import { withDataOrigins } from '../../src/embed/host/vitePlugins';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('VITE_DATA_ORIGINS', () => {
  it('is read at build time into the allow-list', async () => {
    vi.stubEnv('VITE_DATA_ORIGINS', 'https://data.example.org, https://cdn.example.com:8443/x');
    vi.resetModules();
    const { ALLOWED_DATA_ORIGINS } = await import('../../src/data-loading/datasetLoading');
    expect(ALLOWED_DATA_ORIGINS).toEqual(['https://data.example.org', 'https://cdn.example.com:8443']);
  });

  it('refuses a foreign data= URL with a message in the error view, without fetching it', async () => {
    vi.stubEnv('VITE_DATA_ORIGINS', '');
    vi.resetModules();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { openDatasetUrl } = await import('../../src/data-loading/datasetLoading');
    const { useAppStore } = await import('../../src/store/store');
    expect(await openDatasetUrl('https://evil.example/fake.json')).toBe(false);
    expect(fetchSpy).not.toHaveBeenCalled();
    const error = useAppStore.getState().loadError;
    // Named by host and path only: no query, no fragment.
    expect(error?.source).toBe('evil.example/fake.json');
    expect(formatProblem(error!.problems[0]!)).toMatch(
      /^refused to load data from evil\.example\/fake\.json: the origin https:\/\/evil\.example is not allowed/,
    );
  });

  it('never puts the words of a data= value on the page', async () => {
    vi.stubEnv('VITE_DATA_ORIGINS', '');
    vi.resetModules();
    const { openDatasetUrl } = await import('../../src/data-loading/datasetLoading');
    const { useAppStore } = await import('../../src/store/store');
    for (const value of [
      'BREAKING: Japan leaves the alliance',
      'https://evil.example/x.json?note=Your data, verified by the ministry',
    ]) {
      await openDatasetUrl(value);
      const error = useAppStore.getState().loadError;
      const shown = `${error?.source} ${error?.problems.map(formatProblem).join(' ')}`;
      expect(shown).not.toMatch(/Japan|alliance|verified|ministry/);
    }
  });
});

describe('the built content security policy', () => {
  const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
  const policyOf = (page: string) =>
    /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(page)?.[1]?.split(/;\s*/) ?? [];

  it('adds the allowed data origins to connect-src, and nowhere else', () => {
    const origins = parseAllowedOrigins('https://data.example.org, http://127.0.0.1:4999');
    const before = policyOf(html);
    const after = policyOf(withDataOrigins(html, origins));
    expect(after.find((d) => d.startsWith('connect-src'))).toBe(
      "connect-src 'self' https://data.example.org http://127.0.0.1:4999",
    );
    expect(after.filter((d) => !d.startsWith('connect-src'))).toEqual(
      before.filter((d) => !d.startsWith('connect-src')),
    );
    expect(withDataOrigins(html, [])).toBe(html);
  });

  it('only takes origins a policy can name: nothing can add a directive', () => {
    expect(
      parseAllowedOrigins(
        "https://a;b.example, https://x.example;script-src *, https://[::1]:8443, https://'unsafe-inline', https://ok.example",
      ),
    ).toEqual(['https://ok.example']);
    expect(parseAllowedOrigins('https://Bücher.example:8443/x')).toEqual([
      'https://xn--bcher-kva.example:8443',
    ]);
  });

  it('fails the build rather than ship a policy it could not extend', () => {
    expect(() => withDataOrigins('<html></html>', ['https://a.example'])).toThrow(
      /no Content-Security-Policy/,
    );
    expect(() =>
      withDataOrigins('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">', []),
    ).toThrow(/connect-src/);
  });
});

describe('a data= file the page preloaded', () => {
  it('is taken over once the preload is complete, not while it still arrives', async () => {
    vi.resetModules();
    const url = new URL('/preloaded.json', document.baseURI).href;
    const article = readFileSync(join(__dirname, '../../data/alliance-network.json'), 'utf8');
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(article));
    const link = document.createElement('link');
    link.rel = 'preload';
    link.setAttribute('as', 'fetch');
    link.href = url;
    document.head.append(link);
    try {
      const { openDatasetUrl } = await import('../../src/data-loading/datasetLoading');
      const opened = openDatasetUrl('/preloaded.json');
      // One task later every promise reaction queued so far has run: a fetch not waiting would have gone out.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(fetchSpy, 'nothing asked while the preload arrives').not.toHaveBeenCalled();
      link.dispatchEvent(new Event('load'));
      expect(await opened).toBe(true);
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect(String(fetchSpy.mock.calls[0]![0])).toBe(url);
    } finally {
      link.remove();
      fetchSpy.mockRestore();
    }
  });
});
