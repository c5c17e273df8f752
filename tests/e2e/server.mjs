// A tiny static server for the browser tests: the built app at / and at a
// sub-path (/graphics/alliance/), test fixtures at /fixtures/, pym.js at
// /node_modules/pym.js/, and /redirect?to=<url> answering 302 to <url> (a
// server that moved its data elsewhere). No dependencies.
//
// As a script (`node tests/e2e/server.mjs <port>`) it serves on 127.0.0.1:<port>
// until stopped; tests/playwright.config.ts starts two, for two origins.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const MOUNTS = [
  ['/graphics/alliance/', 'dist'],
  ['/fixtures/', 'tests/e2e/fixtures'],
  ['/node_modules/pym.js/', 'node_modules/pym.js'],
  ['/', 'dist'],
];

/**
 * `extraMounts`: more [url prefix, folder] pairs, tried before the app's (the benchmark's peer page;
 * another build at '/', as an absolute path).
 */
export function startServer(port = 0, extraMounts = []) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/', 'cache-control': 'no-store' });
      return res.end();
    }
    const mount = [...extraMounts, ...MOUNTS].find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount) return notFound(res);
    let rel = decodeURIComponent(url.pathname.slice(mount[0].length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const base = isAbsolute(mount[1]) ? mount[1] : join(root, mount[1]);
    const file = normalize(join(base, rel));
    if (!file.startsWith(base)) return notFound(res);
    try {
      const info = await stat(file);
      if (!info.isFile()) return notFound(res);
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
        // Public static files: a sandboxed iframe (opaque origin, "null") loads module scripts,
        // stylesheets and the dataset in CORS mode, as it would from a CDN.
        'access-control-allow-origin': '*',
      });
      res.end(body);
    } catch {
      notFound(res);
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({
        server,
        port: actual,
        origin: `http://127.0.0.1:${actual}`,
        // Every connection dropped too: a socket the browser opened ahead of need and never used
        // would otherwise hold close() until the server's request timeout (minutes).
        close: () =>
          new Promise((r) => {
            server.close(r);
            server.closeAllConnections();
          }),
      });
    });
  });
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

if (process.argv[1] && resolvePath(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2]);
  if (!Number.isInteger(port) || port <= 0) {
    console.error('usage: node tests/e2e/server.mjs <port>');
    process.exit(2);
  }
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    console.error('dist/index.html is missing: run `npm run build` first.');
    process.exit(2);
  }
  const { origin } = await startServer(port);
  console.log(`serving dist/ and tests/e2e/fixtures/ at ${origin}`);
}
