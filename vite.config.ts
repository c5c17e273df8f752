/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * Starts fetching the article dataset with the HTML, in parallel with the
 * JavaScript (unless the URL names another dataset with `data=`).
 */
function preloadDataset(): Plugin {
  return {
    name: 'alliance-network:preload-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find((f) =>
          /alliance-network-[^/]*\.json$/.test(f.fileName),
        );
        if (!asset) return [];
        const href = JSON.stringify(`./${asset.fileName}`);
        const children =
          `if(!/[?&]data=/.test(location.search)){const l=document.createElement('link');` +
          `l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=${href};document.head.append(l)}`;
        return [{ tag: 'script', children, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  // Relative base: the built app works from any sub-path, e.g. /graphics/alliance/.
  base: './',
  publicDir: false,
  plugins: [react(), preloadDataset()],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  server: { port: 5173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    css: false,
  },
});
