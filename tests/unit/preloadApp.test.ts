// @vitest-environment node -- a build step.
// The app's code, which the page's entry imports with import() once the first picture allows,
// is linked from the page like a static import: its stylesheet (the prerendered article is
// styled from the first paint) and modulepreload for it and every chunk it imports.
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { appCodeLinks, preloadApp } from '../../src/app/preloadApp';

const chunk = (fileName: string, facade: string | null, imports: string[], css: string[] = []) =>
  ({
    type: 'chunk',
    fileName,
    facadeModuleId: facade,
    imports,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  }) as unknown as Rollup.OutputChunk;

const bundle = {
  'assets/index-a.js': chunk('assets/index-a.js', '/p/src/app/main.tsx', []),
  'assets/start-b.js': chunk(
    'assets/start-b.js',
    '/p/src/app/start.tsx',
    ['assets/react-c.js', 'assets/index-a.js'],
    ['assets/start-b.css'],
  ),
  'assets/react-c.js': chunk('assets/react-c.js', null, ['assets/kinds-d.js']),
  'assets/kinds-d.js': chunk('assets/kinds-d.js', null, []),
  'assets/Story-e.js': chunk('assets/Story-e.js', '/p/src/classroom/StoryPanel.tsx', ['assets/react-c.js']),
} as unknown as Rollup.OutputBundle;

describe('the app’s code linked from the page', () => {
  it('links its stylesheet, its chunk and every chunk that chunk imports, and nothing loaded later', () => {
    expect(appCodeLinks(bundle).split('\n    ')).toEqual([
      '<link rel="stylesheet" crossorigin href="./assets/start-b.css">',
      '<link rel="modulepreload" crossorigin href="./assets/start-b.js">',
      '<link rel="modulepreload" crossorigin href="./assets/react-c.js">',
      '<link rel="modulepreload" crossorigin href="./assets/index-a.js">',
      '<link rel="modulepreload" crossorigin href="./assets/kinds-d.js">',
    ]);
  });

  it('adds them to the page before </head>, except what the page has already (the entry itself)', () => {
    const html =
      '<html><head>\n    <script type="module" crossorigin src="./assets/index-a.js"></script>\n  </head><body></body></html>';
    const plugin = preloadApp();
    const hook = plugin.transformIndexHtml as { handler: (html: string, ctx: { bundle: unknown }) => string };
    const out = hook.handler(html, { bundle });
    expect(out.match(/<link [^>]+>/g)).toEqual([
      '<link rel="stylesheet" crossorigin href="./assets/start-b.css">',
      '<link rel="modulepreload" crossorigin href="./assets/start-b.js">',
      '<link rel="modulepreload" crossorigin href="./assets/react-c.js">',
      '<link rel="modulepreload" crossorigin href="./assets/kinds-d.js">',
    ]);
    expect(out.indexOf('start-b.css')).toBeLessThan(out.indexOf('</head>'));
  });

  it('refuses a build without the app’s chunk rather than ship a page that never starts it', () => {
    const { 'assets/start-b.js': _start, ...without } = bundle as Record<string, Rollup.OutputChunk>;
    expect(() => appCodeLinks(without as unknown as Rollup.OutputBundle)).toThrow(/start\.tsx/);
  });
});
