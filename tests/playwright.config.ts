// Browser tests (tests/e2e/*.spec.ts) on @playwright/test in Debian's Chromium, against the built app:
// `npm run build && npm run test:e2e`. Two static servers (tests/e2e/server.mjs) give two origins,
// for embedding and cross-origin checks. E2E_PORT moves them (default 4174 and 4175).
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium.mjs';
import type { Origins } from './e2e/helpers';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 4174);
const ports = [port, port + 1] as const;
const origins: Origins = {
  app: `http://127.0.0.1:${ports[0]}`,
  other: `http://127.0.0.1:${ports[1]}`,
};

export default defineConfig<object, { origins: Origins }>({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  // Traces, screenshots and the tests' own pictures; JSON results for .ci/run beside them.
  outputDir: './e2e/artifacts/results',
  reporter: [['list'], ['json', { outputFile: `${here}e2e/artifacts/playwright.json` }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores, shared: at most two browsers at a time, one file per worker.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    origins,
    baseURL: origins.app,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'app', testIgnore: 'large.spec.ts' },
    // Responsiveness while a 5,000-node layout runs is measured with the machine to itself:
    // after every other test, never beside a second browser.
    { name: 'large graphs', testMatch: 'large.spec.ts', dependencies: ['app'] },
  ],
  webServer: ports.map((p) => ({
    command: `node tests/e2e/server.mjs ${p}`,
    cwd: root,
    url: `http://127.0.0.1:${p}/`,
    // Never test someone else's build on a shared machine: a busy port is an error.
    reuseExistingServer: false,
    timeout: 20_000,
  })),
});
