/**
 * The inline boot scripts decide as the app does (language, whether the
 * prerendered article view fits the URL), and the build puts them into the
 * page with their hashes in the CSP.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { langFromNavigator } from '../../src/data/lang';
import { MAX_FILE_BYTES } from '../../src/data/limits';
import {
  BODY_SCRIPT,
  HEAD_SCRIPT,
  headScript,
  prerenderedFits,
  skipsPrerender,
} from '../../src/app/prerender/boot';
import { allowBootScripts, injectPrerendered, scriptHash } from '../../src/app/prerender/vitePlugin';
import { parseUrlState } from '../../src/store/urlState';

/** Takes off what an earlier run of the head script added: its preloads and the first picture's module. */
function clearHeadLoads() {
  document.head
    .querySelectorAll('link[rel=preload], script[data-first-picture-module]')
    .forEach((e) => e.remove());
}

function runHead(search: string, languages: string[], language = 'de-AT', script = HEAD_SCRIPT) {
  window.history.replaceState(null, '', `/${search}`);
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });
  Object.defineProperty(window.navigator, 'language', { value: language, configurable: true });
  document.documentElement.removeAttribute('data-prerender');
  document.documentElement.removeAttribute('data-theme');
  new Function(script)();
  return {
    lang: document.documentElement.lang,
    prerender: document.documentElement.getAttribute('data-prerender'),
    theme: document.documentElement.getAttribute('data-theme'),
  };
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});

describe('the head boot script', () => {
  const searches = [
    '',
    '?lang=en',
    '?lang=de',
    '?lang=fr',
    '?embed=1',
    '?embed=true&lang=en',
    '?embed=0',
    '?childId=x',
    '?childId=x&embed=0',
    '?data=/x.json',
    '?step=2&select=jp',
    '?theme=dark',
  ];
  const languages = [['de-DE', 'en'], ['en-US'], ['de'], ['fr-FR', 'de'], []];
  it('chooses the language and the prerendered view exactly as the app does', () => {
    for (const search of searches) {
      for (const langs of languages) {
        const got = runHead(search, langs);
        // As src/app/main.tsx asks: navigator.languages ?? [navigator.language].
        const lang = parseUrlState(search).state.lang ?? langFromNavigator(langs);
        expect(got.lang, `${search} ${langs.join()}`).toBe(lang);
        expect(got.prerender, `${search} ${langs.join()}`).toBe(skipsPrerender(search) ? 'skip' : lang);
      }
    }
  });

  it('starts the download of a data= file of this site at once, and of no other', () => {
    const preloads = (search: string) => {
      document.head.querySelectorAll('link[rel=preload]').forEach((l) => l.remove());
      runHead(search, ['en']);
      return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=preload]')].map((l) => ({
        href: l.href,
        as: l.getAttribute('as'),
        crossorigin: l.getAttribute('crossorigin'),
      }));
    };
    const here = window.location.origin;
    expect(preloads('?data=/graphs/big.json&lang=en')).toEqual([
      { href: `${here}/graphs/big.json`, as: 'fetch', crossorigin: 'anonymous' },
    ]);
    expect(preloads('?data=big.json')).toEqual([
      { href: `${here}/big.json`, as: 'fetch', crossorigin: 'anonymous' },
    ]);
    for (const other of ['?data=https://elsewhere.example/x.json', '?data=javascript:alert(1)', '?data=', ''])
      expect(preloads(other), other).toEqual([]);
  });

  it('marks its preload done when it has loaded or failed, for the app to take it over then', () => {
    for (const outcome of ['load', 'error']) {
      document.head.querySelectorAll('link[rel=preload]').forEach((l) => l.remove());
      runHead('?data=/graphs/big.json', ['en']);
      const link = document.head.querySelector('link[rel=preload]')!;
      expect(link.hasAttribute('data-done')).toBe(false);
      link.dispatchEvent(new Event(outcome));
      expect(link.hasAttribute('data-done'), outcome).toBe(true);
    }
  });

  it('fetches a data= file of this site and loads the first picture’s module, outside the embed layout', () => {
    const FIRST = './assets/first-picture-abc.js';
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('{}'));
    const loaded = (search: string) => {
      clearHeadLoads();
      delete window.allianceNetworkDownload;
      fetchSpy.mockClear();
      runHead(search, ['en'], 'en', headScript(FIRST));
      const scripts = [
        ...document.head.querySelectorAll<HTMLScriptElement>('script[data-first-picture-module]'),
      ];
      return {
        scripts: scripts.map((s) => ({ src: s.getAttribute('src'), type: s.type })),
        fetched: fetchSpy.mock.calls.map((c) => String(c[0])),
        // Read anew (TypeScript narrowed it to undefined at the delete above).
        handed: (Reflect.get(window, 'allianceNetworkDownload') as { url: string } | undefined)?.url ?? null,
        preloads: document.head.querySelectorAll('link[rel=preload]').length,
      };
    };
    const here = window.location.origin;
    expect(loaded('?data=/graphs/big.json')).toEqual({
      scripts: [{ src: FIRST, type: 'module' }],
      fetched: [`${here}/graphs/big.json`],
      handed: `${here}/graphs/big.json`,
      preloads: 0,
    });
    // The embed layout: the preload for the app, no module.
    expect(loaded('?data=/big.json&embed=1')).toEqual({
      scripts: [],
      fetched: [],
      handed: null,
      preloads: 1,
    });
    for (const none of ['?data=https://elsewhere.example/x.json', ''])
      expect(loaded(none), none).toEqual({ scripts: [], fetched: [], handed: null, preloads: 0 });
    fetchSpy.mockRestore();
    delete window.allianceNetworkDownload;
  });

  it('reads the file’s body as it arrives, and starts the dataset worker for a file too large for the page', async () => {
    const WORKER = { file: './assets/validate.worker-abc.js', fromBytes: 2_000 };
    const started: string[] = [];
    // A constructor that records what it was asked to start (new Worker(url, options)).
    vi.stubGlobal(
      'Worker',
      vi.fn(function recordWorker(url: string, options: { type: string }) {
        started.push(`${url} ${options.type}`);
      }),
    );
    const opened = async (body: string, length: number, status = 200) => {
      clearHeadLoads();
      delete window.allianceNetworkDatasetWorker;
      started.length = 0;
      const response = new Response(body, { status, headers: { 'content-length': String(length) } });
      const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(response);
      runHead(
        '?data=/graphs/big.json',
        ['en'],
        'en',
        headScript('./assets/first-picture-abc.js', null, WORKER),
      );
      const download = Reflect.get(window, 'allianceNetworkDownload') as { blob: Promise<Blob | null> };
      const blob = await download.blob;
      fetchSpy.mockRestore();
      return {
        read: blob ? await blob.text() : null,
        bodyTaken: response.bodyUsed,
        worker: Reflect.has(window, 'allianceNetworkDatasetWorker') ? started : [],
      };
    };
    const large = 'x'.repeat(3_000);
    expect(await opened(large, 3_000), 'large').toEqual({
      read: large,
      bodyTaken: true,
      worker: ['./assets/validate.worker-abc.js module'],
    });
    expect(await opened('{"small":1}', 11), 'small: previewed on the page, the worker later').toEqual({
      read: '{"small":1}',
      bodyTaken: true,
      worker: [],
    });
    // Over the app's limit: not read at all (the app refuses it unread); a failed response is the app's to report.
    expect(await opened('x', MAX_FILE_BYTES + 1), 'over the limit').toEqual({
      read: null,
      bodyTaken: false,
      worker: [],
    });
    expect(await opened('missing', 7, 404), 'not found').toEqual({
      read: null,
      bodyTaken: false,
      worker: [],
    });
    vi.unstubAllGlobals();
    delete window.allianceNetworkDownload;
    delete window.allianceNetworkDatasetWorker;
  });

  it('preloads the article’s dataset for the article view only, not beside a data= file', () => {
    const ARTICLE = './assets/alliance-network-abc.json';
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('{}'));
    const preloaded = (search: string) => {
      clearHeadLoads();
      runHead(search, ['en'], 'en', headScript('./assets/first-picture-abc.js', ARTICLE));
      return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=preload]')].map((l) =>
        l.href.endsWith(ARTICLE.slice(1)),
      );
    };
    expect(preloaded(''), 'the article').toEqual([true]);
    expect(preloaded('?embed=1&lang=en'), 'the article, embedded').toEqual([true]);
    expect(preloaded('?data=/graphs/big.json'), 'a reader’s file: fetched, no article').toEqual([]);
    expect(preloaded('?data=/graphs/big.json&embed=1'), 'embedded: its preload only').toEqual([false]);
    fetchSpy.mockRestore();
    delete window.allianceNetworkDownload;
  });

  it('sets an explicit theme before the first paint', () => {
    expect(runHead('?theme=dark', ['en']).theme).toBe('dark');
    expect(runHead('?theme=auto', ['en']).theme).toBeNull();
  });
});

describe('the body boot script', () => {
  function page(prerender: string) {
    document.documentElement.setAttribute('data-prerender', prerender);
    document.body.innerHTML =
      '<div id="root" data-prerendered="de"><h1>Deutsch</h1></div>' +
      '<template id="an-prerendered-en" data-prerendered-lang="en"><h1>English</h1></template>';
    new Function(BODY_SCRIPT)();
    const root = document.getElementById('root')!;
    return {
      root,
      text: root.textContent,
      variant: root.getAttribute('data-prerendered'),
      templates: document.querySelectorAll('template').length,
    };
  }

  it('swaps in the English view for an English reader, keeps German for a German one', () => {
    expect(page('en')).toMatchObject({ text: 'English', variant: 'en', templates: 0 });
    expect(page('de')).toMatchObject({ text: 'Deutsch', variant: 'de', templates: 0 });
  });

  it('clears the article view when the URL asks for another view', () => {
    const { text, variant } = page('skip');
    expect(text).toBe('');
    expect(variant).toBeNull();
  });

  it('lets the app hydrate only a fitting view', () => {
    const { root } = page('en');
    expect(prerenderedFits(root, '?lang=en', 'en')).toBe(true);
    expect(prerenderedFits(root, '', 'de')).toBe(false);
    expect(prerenderedFits(root, '?lang=en&embed=1', 'en')).toBe(false);
  });
});

describe('the build step', () => {
  const html =
    "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'\" /></head>" +
    '<body><div id="root"></div></body></html>';

  it('puts both views and the boot scripts in the page, allowed by hash only', () => {
    const out = injectPrerendered(html, { de: '<p>DE</p>', en: '<p>EN</p>' });
    expect(out).toContain('<div id="root" data-prerendered="de"><p>DE</p></div>');
    expect(out).toContain('<template id="an-prerendered-en" data-prerendered-lang="en"><p>EN</p></template>');
    expect(out).toContain(`script-src 'self' ${scriptHash(HEAD_SCRIPT)} ${scriptHash(BODY_SCRIPT)};`);
    expect(out).not.toContain('unsafe-inline');
    // The head script comes after the CSP meta, so the policy governs it.
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf(HEAD_SCRIPT));
  });

  it('names the first picture’s module in the head script it allows by hash', () => {
    const out = injectPrerendered(html, { de: '', en: '' }, './assets/first-picture-x1.js');
    const head = headScript('./assets/first-picture-x1.js');
    expect(out).toContain(`<script>${head}</script>`);
    expect(out).toContain(`script-src 'self' ${scriptHash(head)} ${scriptHash(BODY_SCRIPT)};`);
  });

  it('refuses a page without the strict CSP rather than ship the scripts unguarded', () => {
    expect(() => allowBootScripts('<html><head></head></html>')).toThrow(/CSP/);
  });
});
