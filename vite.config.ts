/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devCsp, embedHostScript } from './src/embed/host/vitePlugins.js';

export default defineConfig({
  // Relative base: the built app works from any sub-path, e.g. /graphics/alliance/.
  base: './',
  publicDir: false,
  plugins: [react(), embedHostScript(), devCsp()],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  server: { port: 5173, strictPort: true },
  // Static, public files: a sandboxed iframe (opaque origin) may load them.
  preview: { headers: { 'access-control-allow-origin': '*' } },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    css: false,
  },
});
