// The README's quick start: `npm start` serves the app with the article's data. A dev-only failure
// (e.g. in Vite's dependency optimizer) would not show in the tests against dist/, so start it here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, paintedPixels, test } from './helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
// A graph for the canvas renderer (generated once, gitignored).
const LARGE = 'tests/e2e/fixtures/generated-400.json';
test.beforeAll(() => {
  if (existsSync(`${root}/${LARGE}`)) return;
  const r = spawnSync('npx', ['tsx', 'tests/bench/generate.ts', '400', LARGE], { cwd: root });
  if (r.status !== 0) throw new Error(`generating ${LARGE} failed: ${String(r.stderr)}`);
});

test('npm start serves the app with the article dataset, and draws a large graph', async ({ newPage }) => {
  const port = 5190 + Math.floor(Math.random() * 200);
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort', '--force'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  let output = '';
  // Colour codes (CI sets some terminals' flags) would split "localhost:<port>".
  const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
  const append = (d: Buffer) => (output += String(d).replace(ansi, ''));
  server.stdout.on('data', append);
  server.stderr.on('data', append);
  try {
    const state = () =>
      server.exitCode !== null ? 'exited' : output.includes(`localhost:${port}`) ? 'listening' : 'starting';
    await expect.poll(state, { message: 'dev server starts', timeout: 20_000 }).toBe('listening');
    const page = await newPage();
    await page.goto(`http://localhost:${port}/?lang=en`);
    await page.locator('[data-node-id="jp"]').waitFor({ timeout: 20_000 });
    await expect(page.locator('[data-node-id="kp"]'), 'North Korea drawn').toHaveCount(1);
    expect(page.errors, 'page errors').toEqual([]);
    // A large graph in development too (StrictMode mounts the canvas renderer twice there).
    const large = await newPage();
    await large.goto(`http://localhost:${port}/?data=/${LARGE}&lang=en`);
    await large.waitForFunction(
      () => performance.getEntriesByName('alliance-network:rendered').length > 0,
      null,
      {
        timeout: 40_000,
      },
    );
    const painted = await large.evaluate(paintedPixels, 'canvas.network-canvas:not([aria-label*="Preview"])');
    expect(painted, 'the large graph is drawn on its canvas').toBeGreaterThan(500);
    expect(large.errors, 'page errors (large graph)').toEqual([]);
    expect(output, 'dev server reported an error').not.toMatch(/error/i);
  } finally {
    server.kill();
    await test.info().attach('vite output', { body: output, contentType: 'text/plain' });
  }
});
