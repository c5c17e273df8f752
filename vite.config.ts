/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dataOriginsCsp, devCsp, embedHostScript } from './src/embed/host/vitePlugins.js';
import { prerenderArticle } from './src/app/prerender/vitePlugin.js';
import { firstPictureModule } from './src/data-loading/firstPictureBuild.js';
import type { Plugin } from 'vite';

/**
 * d3-zoom's one use of d3-interpolate is interpolateZoom: given its own copy
 * (src/network/camera/interpolateZoom.ts), the rest of d3-interpolate and d3-color stay out.
 */
function zoomInterpolatorOnly(): Plugin {
  const copy = fileURLToPath(new URL('./src/network/camera/interpolateZoom.ts', import.meta.url));
  return {
    name: 'alliance-network:zoom-interpolator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'd3-interpolate' && importer && /[\\/]d3-zoom[\\/]/.test(importer)) return copy;
      return null;
    },
  };
}

export default defineConfig({
  // Relative base: the built app works from any sub-path, e.g. /graphics/alliance/.
  base: './',
  publicDir: false,
  resolve: {
    // d3-zoom's only use of d3-transition is `interrupt`; see src/network/camera/noTransition.ts.
    alias: [
      {
        find: /^d3-transition$/,
        replacement: fileURLToPath(new URL('./src/network/camera/noTransition.ts', import.meta.url)),
      },
    ],
  },
  plugins: [
    zoomInterpolatorOnly(),
    react(),
    embedHostScript(),
    devCsp(),
    dataOriginsCsp(),
    firstPictureModule(),
    prerenderArticle(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // Browsers without <link rel="modulepreload"> (before Safari 17, Firefox 115) load the same
    // modules as they are imported, a little later: no polyfill in the first view for them.
    modulePreload: { polyfill: false },
  },
  server: { port: 5173, strictPort: true },
  // Static, public files: a sandboxed iframe (opaque origin) may load them.
  preview: { headers: { 'access-control-allow-origin': '*' } },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    // Component tests render the whole network; on a loaded 2-core machine a few take seconds.
    testTimeout: 15000,
    benchmark: { include: ['tests/bench/core.bench.ts'] },
  },
});
