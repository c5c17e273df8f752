// What a hostile file or link can still do (issue #14), kept as tests: the
// content security policy lets exactly the allowed data origins through, a
// redirect to another site is named as one, dataset text cannot reorder the
// page, exports stay well-formed, and the URL cannot put words on the page.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, assertEqual, openApp, test } from './harness.mjs';
import { startServer } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** `vite build` into `outDir` with extra environment variables. */
function build(outDir, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed: ${stderr}`))));
  });
}

test(
  'an origin allowed at build time is in the CSP: a dataset loads from a second server on it',
  async (ctx) => {
    const data = await startServer(); // the allowed data origin (its own port: another origin)
    const outDir = join(ctx.artifacts, 'build-data-origins');
    let app;
    try {
      await build(outDir, { VITE_DATA_ORIGINS: data.origin });
      app = await startServer(0, { dist: outDir });
      const page = await ctx.newPage();
      const url = `${data.origin}/fixtures/valid-small.json`;
      await page.goto(`${app.origin}/?lang=en&data=${encodeURIComponent(url)}`);
      await page.waitForSelector('svg.network-svg[data-ready="true"] [data-node-id="fr"]', {
        timeout: 15000,
      });
      assertEqual(await page.locator('[data-error-view]').count(), 0, 'no error view');
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      const directives = csp.split(/;\s*/);
      assertEqual(
        directives.find((d) => d.startsWith('connect-src')),
        `connect-src 'self' ${data.origin}`,
        'connect-src names the allowed origin',
      );
      assertEqual(directives.filter((d) => d.includes(data.origin)).length, 1, 'the origin is nowhere else');
      assertEqual(page.errors.length, 0, `page errors: ${page.errors.join(', ')}`);
    } finally {
      await data.close();
      await app?.close();
    }
  },
  { timeout: 120000 },
);

test('the default build allows no other origin in its CSP', async (ctx) => {
  const page = await openApp(ctx, 'lang=en');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert(/(^|;\s*)connect-src 'self'(;|$)/.test(csp), `connect-src 'self' only, got ${csp}`);
});
