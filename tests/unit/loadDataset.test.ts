/** Loading files and URLs (jsdom has no Worker, so this is the main-thread fallback). */
import { describe, expect, it, vi } from 'vitest';
import { loadDatasetFile, loadDatasetUrl } from '../../src/data/loadDataset';
import { formatProblem } from '../../src/data/validate';
import { fakeValidationWorker } from './fixtures';

import article from '../../data/alliance-network.json';

const text = JSON.stringify(article);

function fakeFetch(
  body: string,
  init: { status?: number; headers?: Record<string, string>; url?: string } = {},
) {
  return (async () => {
    const response = new Response(body, { status: init.status ?? 200, headers: init.headers });
    if (init.url) Object.defineProperty(response, 'url', { value: init.url });
    return response;
  }) as unknown as typeof fetch;
}

describe('loadDatasetFile', () => {
  it('loads a valid file and reports reading, parsing, validating', async () => {
    const phases: string[] = [];
    const result = await loadDatasetFile(new Blob([text]), (p) => phases.push(p));
    expect(result.ok).toBe(true);
    expect(phases).toEqual(['reading', 'parsing', 'validating']);
  });

  it('refuses a file over 10 MiB without reading it', async () => {
    const big = { size: 10 * 1024 * 1024 + 1, text: () => Promise.reject(new Error('must not be read')) };
    const result = await loadDatasetFile(big as unknown as Blob);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatProblem(result.problems[0]!)).toBe(
        'the file is too large: 10,485,761 bytes (10.0 MiB), the limit is 10 MiB (10,485,760 bytes)',
      );
  });
});

describe('loadDatasetUrl', () => {
  it('loads a dataset', async () => {
    expect((await loadDatasetUrl('/x.json', undefined, undefined, fakeFetch(text))).ok).toBe(true);
  });

  it('refuses a Content-Length over 10 MiB before reading the body', async () => {
    const result = await loadDatasetUrl(
      '/x.json',
      undefined,
      undefined,
      fakeFetch('{}', { headers: { 'content-length': String(11 * 1024 * 1024) } }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatProblem(result.problems[0]!)).toMatch(/too large: 11,534,336 bytes \(11\.0 MiB\)/);
  });

  it('refuses a redirect to an origin that is not allowed', async () => {
    const result = await loadDatasetUrl(
      '/x.json',
      undefined,
      (u) => u.startsWith('https://news.example/'),
      fakeFetch(text, { url: 'https://evil.example/x.json' }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(formatProblem(result.problems[0]!)).toBe(
        '/x.json was redirected to another site (evil.example) and refused: only this site and the allowed data origins may provide data',
      );
      expect(result.problems[0]!.reason).toEqual({ code: 'redirected', host: 'evil.example' });
    }
  });

  it('tells a redirect the browser blocked from a network error', async () => {
    const calls: RequestInit[] = [];
    // Following the redirect fails (the content security policy blocks it); not following it shows a redirect.
    const blockedRedirect = (async (_url: string, init: RequestInit) => {
      calls.push(init);
      if (init.redirect !== 'manual') throw new TypeError('Failed to fetch');
      const response = new Response(null, { status: 200 });
      Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
      return response;
    }) as unknown as typeof fetch;
    const result = await loadDatasetUrl(
      'http://127.0.0.1:9/moved.json?x=Your%20data#y',
      undefined,
      undefined,
      blockedRedirect,
    );
    expect(calls.map((c) => c.redirect)).toEqual([undefined, 'manual']);
    // The browser does not say where a blocked redirect was headed: a redirect all the same, not "Failed to fetch".
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'http://127.0.0.1:9/moved.json was redirected to another site and refused: only this site and the allowed data origins may provide data',
    ]);
    expect(result.ok ? undefined : result.problems[0]!.reason).toEqual({ code: 'redirected', host: '' });
  });

  it('asks once more for a body that broke off, and says so when it breaks off again', async () => {
    const brokenBody = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(text.slice(0, 100)));
            controller.error(new TypeError('Failed to fetch'));
          },
        }),
      );
    const asked: (RequestInit | undefined)[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const once = (async (_url: string, init?: RequestInit) => {
      asked.push(init);
      return asked.length === 1 ? brokenBody() : new Response(text);
    }) as unknown as typeof fetch;
    const result = await loadDatasetUrl('/x.json', undefined, undefined, once);
    expect(result.ok).toBe(true);
    expect(asked.map((init) => init?.cache)).toEqual([undefined, 'no-store']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('broke off'));

    const always = (async () => brokenBody()) as unknown as typeof fetch;
    const refused = await loadDatasetUrl('/x.json', undefined, undefined, always);
    expect(refused.ok ? '' : formatProblem(refused.problems[0]!)).toBe(
      'could not read /x.json (TypeError: Failed to fetch)',
    );
    warn.mockRestore();
  });

  it('turns HTTP and network errors into problems', async () => {
    const missing = await loadDatasetUrl('/x.json', undefined, undefined, fakeFetch('nope', { status: 404 }));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(formatProblem(missing.problems[0]!)).toContain('HTTP 404');
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const offline = await loadDatasetUrl('/x.json?q=1', undefined, undefined, failing);
    expect(offline.ok ? '' : formatProblem(offline.problems[0]!)).toBe(
      'could not fetch /x.json (TypeError: Failed to fetch)',
    );
  });
});

describe('the preview of a large graph while its file is checked', () => {
  const options = (log: string[], maxBytes: number) => ({
    worker: fakeValidationWorker(log),
    preview: {
      width: 800,
      height: 600,
      onPreview: (p: string) => log.push(`preview ${p}`),
      here: {
        maxBytes,
        make: async (fileText: () => Promise<string>) => {
          log.push('made here');
          return `of ${(JSON.parse(await fileText()) as { nodes: unknown[] }).nodes.length} nodes`;
        },
      },
    },
  });

  it('is made on this thread for a small file, before the worker is asked to check it', async () => {
    const log: string[] = [];
    const result = await loadDatasetFile(
      new Blob([`\ufeff${text}`]),
      undefined,
      options(log, 10 * text.length),
    );
    expect(result.ok).toBe(true);
    expect(log).toEqual(['made here', `preview of ${article.nodes.length} nodes`, 'check', 'terminated']);
  });

  it('is left to the worker for a larger file, which the page never parses', async () => {
    const log: string[] = [];
    const result = await loadDatasetFile(new Blob([text]), undefined, options(log, text.length - 1));
    expect(result.ok).toBe(true);
    expect(log).toEqual(['check with preview', 'terminated']);
  });

  it('is skipped for a file that does not parse; the check still says why', async () => {
    const log: string[] = [];
    const result = await loadDatasetFile(new Blob(['{"nodes": [']), undefined, options(log, 1000));
    expect(log, 'no preview').toEqual(['made here', 'check', 'terminated']);
    expect(result.ok ? '' : formatProblem(result.problems[0]!)).toMatch(/line 1/);
  });
});
