// The README's quick start: `npm start` serves the app with the article's data. A dev-only failure
// (e.g. in Vite's dependency optimizer) would not show in the tests against dist/, so start it here.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { assert, assertEqual, test } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('npm start serves the app with the article dataset', async (ctx) => {
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
  const append = (d) => (output += String(d).replace(ansi, ''));
  server.stdout.on('data', append);
  server.stderr.on('data', append);
  try {
    const deadline = Date.now() + 20000;
    while (!output.includes(`localhost:${port}`)) {
      assert(Date.now() < deadline && server.exitCode === null, `dev server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const page = await ctx.newPage();
    await page.goto(`http://localhost:${port}/?lang=en`);
    await page.waitForSelector('[data-node-id="jp"]', { timeout: 20000 });
    assertEqual(await page.locator('[data-node-id="kp"]').count(), 1, 'North Korea drawn');
    assertEqual(page.errors.length, 0, 'page errors');
    assert(!/error/i.test(output), `dev server reported an error:\n${output}`);
  } finally {
    server.kill();
  }
});
