/**
 * Build helpers for embedding (used by vite.config.ts):
 * - `embedHostScript` ships src/embed/host/embed.js as `embed.js` at the root of the build
 *   (beside index.html, never hashed) and serves it at /embed.js in development;
 * - `devCsp` drops the Content-Security-Policy meta from index.html in the dev server only,
 *   where Vite injects styles inline for hot reload; the build keeps the strict policy.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const source = new URL('./embed.js', import.meta.url);

export function embedHostScript(): Plugin {
  return {
    name: 'alliance-network:embed-js',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0]?.endsWith('/embed.js')) {
          res.setHeader('content-type', 'text/javascript; charset=utf-8');
          res.end(readFileSync(source, 'utf8'));
          return;
        }
        next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: readFileSync(source, 'utf8') });
    },
  };
}

export function devCsp(): Plugin {
  return {
    name: 'alliance-network:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
  };
}
