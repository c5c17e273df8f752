// Usage: node tests/tools/screenshot.mjs <url> <out.png> [width] [height]: a full-page screenshot in
// Debian's Chromium, launched as the browser tests launch it, plus the page's performance marks.
import { launchBrowser } from '../e2e/chromium.mjs';

const [, , url, out, w, h] = process.argv;
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: +w || 1280, height: +h || 800 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url);
await page
  .waitForSelector('[data-node-id], canvas.network-canvas', { timeout: 5000 })
  .catch(() => console.log('no network'));
// The picture once its layout has settled, and painted.
await page
  .waitForFunction(() => performance.getEntriesByName('alliance-network:settled').length > 0, null, {
    timeout: 20000,
  })
  .catch(() => console.log('not settled'));
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
await page.screenshot({ path: out, fullPage: true });
console.log(
  await page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => m.name + ' ' + Math.round(m.startTime)),
  ),
);
await browser.close();
