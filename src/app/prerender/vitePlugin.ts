/**
 * Build step (vite.config.ts): the first picture is in the HTML. At build
 * time this plugin loads ./render.tsx in Node through Vite's SSR loader,
 * renders the article view in German and in English, and writes both into
 * dist/index.html — German in #root (what a reader without JavaScript sees),
 * English in a <template> — with the two inline boot scripts of ./boot.ts,
 * which the Content-Security-Policy allows by hash. The app then hydrates
 * the markup (src/app/main.tsx) instead of drawing anew.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { FIRST_PICTURE_FILE } from '../../data-loading/firstPictureBuild.js';
import { MAIN_THREAD_PREVIEW_BYTES } from '../../data/limits.js';
import type { Lang } from '../../data/lang';
import { BODY_SCRIPT, HEAD_SCRIPT, headScript } from './boot.js';
import type { DatasetWorker } from './boot.js';

type OutputBundle = Rollup.OutputBundle;

const DATASET = new URL('../../../data/alliance-network.json', import.meta.url);
const RENDER_MODULE = '/src/app/prerender/render.tsx';
const ROOT = '<div id="root"></div>';

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** Adds the boot scripts' hashes to script-src of the page's CSP meta (nothing else changes). */
export function allowBootScripts(html: string, head: string = HEAD_SCRIPT): string {
  const hashes = [head, BODY_SCRIPT].map(scriptHash).join(' ');
  const out = html.replace(
    /(http-equiv="Content-Security-Policy"\s+content="[^"]*script-src 'self')/,
    `$1 ${hashes}`,
  );
  if (out === html) throw new Error("prerender: index.html has no CSP with script-src 'self' to extend");
  return out;
}

/** Puts the two rendered views and the boot scripts into the page. */
export function injectPrerendered(
  html: string,
  views: Record<Lang, string>,
  firstPicture: string | null = null,
  articleData: string | null = null,
  datasetWorker: DatasetWorker | null = null,
): string {
  const head = headScript(firstPicture, articleData, datasetWorker);
  if (!html.includes(ROOT)) throw new Error(`prerender: index.html has no ${ROOT}`);
  const body = [
    `<div id="root" data-prerendered="de">${views.de}</div>`,
    `<template id="an-prerendered-en" data-prerendered-lang="en">${views.en}</template>`,
    `<script>${BODY_SCRIPT}</script>`,
  ].join('\n    ');
  // After the CSP meta: the policy governs only what follows it.
  const csp = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/;
  if (!csp.test(html)) throw new Error('prerender: index.html has no CSP meta');
  const withHead = html.replace(csp, (meta) => `${meta}\n    <script>${head}</script>`);
  return allowBootScripts(withHead.replace(ROOT, body), head);
}

async function renderViews(config: ResolvedConfig): Promise<Record<Lang, string>> {
  const server = await createServer({
    configFile: config.configFile,
    root: config.root,
    mode: config.mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule(RENDER_MODULE)) as {
      renderApp(json: string, lang: Lang): string;
    };
    const json = readFileSync(DATASET, 'utf8');
    return { de: mod.renderApp(json, 'de'), en: mod.renderApp(json, 'en') };
  } finally {
    await server.close();
  }
}

/** The build's file whose name matches `name`, as the page links it (null when there is none). */
function bundleFile(bundle: OutputBundle | undefined, name: RegExp): string | null {
  const file = Object.keys(bundle ?? {}).find((f) => name.test(f));
  return file ? `./${file}` : null;
}

/**
 * The article's dataset in the build: the head script preloads it for the article view, so it
 * downloads in parallel with the JavaScript (not for a page with data=).
 */
const ARTICLE_DATA_FILE = /alliance-network-[^/]*\.json$/;

/** The dataset worker (src/data-loading/validate.worker.ts), started by the head script for a large file. */
const DATASET_WORKER_FILE = /^assets\/validate\.worker-[\w-]+\.js$/;

const datasetWorkerOf = (file: string | null): DatasetWorker | null =>
  file ? { file, fromBytes: MAIN_THREAD_PREVIEW_BYTES } : null;

export function prerenderArticle(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'alliance-network:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        return injectPrerendered(
          html,
          await renderViews(config),
          // The first picture's module (src/data-loading/firstPictureBuild.ts).
          bundleFile(ctx.bundle, FIRST_PICTURE_FILE),
          bundleFile(ctx.bundle, ARTICLE_DATA_FILE),
          datasetWorkerOf(bundleFile(ctx.bundle, DATASET_WORKER_FILE)),
        );
      },
    },
  };
}
