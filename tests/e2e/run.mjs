// Runs every tests/e2e/*.e2e.mjs against the built app (dist/) in headless
// Chromium. Prints one line per test and "E2E: N passed, N failed"; writes
// the counts to tests/e2e/artifacts/summary.json for .ci/run.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launchBrowser, takeTests } from './harness.mjs';
import { startServer } from './server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const artifacts = join(here, 'artifacts');
const root = join(here, '..', '..');
const filter = process.argv[2];

if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(2);
}
await mkdir(artifacts, { recursive: true });
// Screenshots of earlier failures would mislead: only this run's stay.
for (const f of await readdir(artifacts)) if (f.startsWith('FAIL-')) await rm(join(artifacts, f));

const files = (await readdir(here)).filter((f) => f.endsWith('.e2e.mjs')).toSorted();
const server = await startServer();
const other = await startServer(); // a second origin, for embedding and cross-origin checks
const browser = await launchBrowser();
let passed = 0;
let failed = 0;
const failures = [];

for (const file of files) {
  await import(pathToFileURL(join(here, file)).href);
  for (const { name, fn, timeout } of takeTests()) {
    const full = `${file.replace('.e2e.mjs', '')} › ${name}`;
    if (filter && !full.includes(filter)) continue;
    const contexts = [];
    const ctx = {
      origin: server.origin,
      otherOrigin: other.origin,
      browser,
      artifacts,
      async newPage(options = {}) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
        contexts.push(context);
        const page = await context.newPage();
        page.errors = [];
        page.on('pageerror', (e) => page.errors.push(e.message));
        return page;
      },
    };
    const started = Date.now();
    try {
      await Promise.race([
        fn(ctx),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`timed out after ${timeout / 1000} s`)), timeout),
        ),
      ]);
      passed++;
      console.log(`  ✓ ${full} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      failures.push(full);
      console.log(
        `  ✗ ${full}\n      ${String(error?.stack ?? error)
          .split('\n')
          .slice(0, 4)
          .join('\n      ')}`,
      );
      for (const [i, context] of contexts.entries()) {
        for (const page of context.pages()) {
          const safe = full.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
          await page.screenshot({ path: join(artifacts, `FAIL-${safe}-${i}.png`) }).catch(() => {});
        }
      }
    } finally {
      for (const context of contexts) await context.close().catch(() => {});
    }
  }
}

await browser.close();
await server.close();
await other.close();
await writeFile(join(artifacts, 'summary.json'), JSON.stringify({ passed, failed, failures }, null, 2));
console.log(`E2E: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
