import { chromium } from 'playwright-core';
const [, , url, out, w, h] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: +w || 1280, height: +h || 800 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForSelector('[data-node-id]', { timeout: 5000 }).catch(() => console.log('no nodes'));
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
console.log(
  await page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => m.name + ' ' + Math.round(m.startTime)),
  ),
);
await browser.close();
