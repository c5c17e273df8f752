/**
 * Build helpers for embedding (used by vite.config.ts):
 * - `embedHostScript` ships src/embed/host/embed.js as `embed.js` at the root of the build
 *   (beside index.html, never hashed) and serves it at /embed.js in development;
 * - `devCsp` drops the Content-Security-Policy meta from index.html in the dev server only,
 *   where Vite injects styles inline for hot reload; the build keeps the strict policy;
 * - `dataOriginsCsp` adds the origins allowed for `data=` (`VITE_DATA_ORIGINS`) to the
 *   policy's `connect-src` in the build, and nowhere else, so the app may fetch from them.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parseAllowedOrigins } from '../../data/dataUrlPolicy.js';

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

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;
const CONNECT_SELF = /((?:^|;\s*)connect-src 'self')(?=\s*;|\s*$)/;

/**
 * index.html with `origins` added to the policy's `connect-src 'self'`. Fails
 * loudly if the policy or the directive is not where it is expected, rather
 * than build an app whose allowed origins are blocked.
 */
export function withDataOrigins(html: string, origins: readonly string[]): string {
  const meta = CSP_META.exec(html);
  if (!meta) throw new Error('index.html has no Content-Security-Policy meta');
  const policy = meta[2] ?? '';
  if (!CONNECT_SELF.test(policy))
    throw new Error('the Content-Security-Policy has no "connect-src \'self\'"');
  if (origins.length === 0) return html;
  const updated = policy.replace(CONNECT_SELF, `$1 ${origins.join(' ')}`);
  return html.replace(
    CSP_META,
    (_all, start: string, _policy: string, end: string) => `${start}${updated}${end}`,
  );
}

export function dataOriginsCsp(): Plugin {
  let origins: string[] = [];
  return {
    name: 'alliance-network:data-origins-csp',
    apply: 'build',
    configResolved(config) {
      // The same parsing as the app's allow-list (src/data-loading/datasetLoading.ts).
      origins = parseAllowedOrigins(config.env.VITE_DATA_ORIGINS as string | undefined);
    },
    transformIndexHtml: (html) => withDataOrigins(html, origins),
  };
}
