// Embedding and sharing: auto-height through pym.Parent and embed.js, a sandboxed
// iframe, the URL parameters, phones and touch, the Content-Security-Policy.
import { join } from 'node:path';
import { assert, assertEqual, openApp, test } from './harness.mjs';

const READY = 'svg.network-svg[data-ready="true"] [data-node-id]';

/** Records CSP violations and errors in every frame (init scripts run in iframes too). */
async function watch(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    window.__errors = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
  });
  page.consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|404 \(Not Found\)/.test(m.text()))
      page.consoleErrors.push(m.text());
  });
  return page;
}

function hostUrl(ctx, fixture, app) {
  return `${ctx.origin}/fixtures/${fixture}?app=${encodeURIComponent(app)}`;
}

async function appFrame(page) {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector(READY, { timeout: 15000 });
  return { handle, frame };
}

/** Waits until the iframe's height equals the frame's content height; returns it. */
async function heightSettles(handle, frame, message) {
  let last = { iframe: 0, content: -1 };
  for (let i = 0; i < 40; i++) {
    const iframe = Math.round((await handle.boundingBox()).height);
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    last = { iframe, content };
    if (Math.abs(iframe - content) <= 1) return iframe;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${message}: iframe ${last.iframe}px, content ${last.content}px`);
}

test('pym.Parent: the iframe height follows the content (filters, details)', async (ctx) => {
  const page = await watch(await ctx.newPage({ viewport: { width: 420, height: 800 } }));
  await page.goto(hostUrl(ctx, 'pym-host.html', `${ctx.otherOrigin}/?embed=1&lang=en`));
  const { handle, frame } = await appFrame(page);
  const h0 = await heightSettles(handle, frame, 'initial height');
  assert(h0 > 300, `a sensible height (${h0})`);
  const messages = await page.evaluate(() => window.hostMessages.filter((m) => typeof m === 'string'));
  assert(
    messages.some((m) => /^pymxPYMx.+xPYMxheightxPYMx\d+$/.test(m)),
    `pym height messages (${messages.join(' | ')})`,
  );
  // The narrow embed starts with the filter sheet closed: opening it makes the page taller.
  await frame.locator('[data-action="toggle-filters"]').click();
  const h1 = await heightSettles(handle, frame, 'filters opened');
  assert(h1 > h0 + 100, `taller with filters open (${h0} → ${h1})`);
  await frame.locator('[data-action="toggle-filters"]').click();
  const h2 = await heightSettles(handle, frame, 'filters closed');
  assertEqual(h2, h0, 'back to the first height');
  // The details follow the network in a narrow embed.
  await frame.locator('[data-node-id="jp"]').click();
  await frame.waitForSelector('[data-detail-for="node:jp"]');
  const h3 = await heightSettles(handle, frame, 'details open');
  assert(h3 > h0 + 100, `taller with details (${h0} → ${h3})`);
  // Pym's width message is answered with the height.
  await page.evaluate(() => {
    window.hostMessages.length = 0;
    window.pymParent.sendWidth();
  });
  await page.waitForTimeout(200);
  const answered = await page.evaluate(() => window.hostMessages.filter((m) => typeof m === 'string'));
  assert(
    answered.some((m) => m.endsWith(`xPYMxheightxPYMx${h3}`)),
    `width answered (${answered})`,
  );
  assertEqual(page.errors.length, 0, 'page errors');
  await page.screenshot({ path: join(ctx.artifacts, 'embed-pym-420.png'), fullPage: true });
});

test('embed.js: a responsive iframe that follows its own resize messages only', async (ctx) => {
  const page = await watch(await ctx.newPage({ viewport: { width: 1100, height: 800 } }));
  await page.goto(hostUrl(ctx, 'embedjs-host.html', `${ctx.otherOrigin}/index.html?embed=1&hide=threats`));
  const { handle, frame } = await appFrame(page);
  assertEqual(await handle.getAttribute('title'), 'Alliance Network (embed.js)', 'iframe title');
  const style = await handle.evaluate((el) => ({
    width: el.getBoundingClientRect().width,
    parent: el.parentElement.getBoundingClientRect().width,
    border: getComputedStyle(el).borderTopWidth,
  }));
  assertEqual(style.width, style.parent, 'full width');
  assertEqual(style.border, '0px', 'no border');
  assertEqual(await frame.locator('[data-edge-kind="threat"]').count(), 0, 'hide=threats applies');
  const h0 = await heightSettles(handle, frame, 'initial height');
  const own = await page.evaluate(() =>
    window.hostMessages.filter((m) => m.data && m.data.type === 'alliance-network:resize'),
  );
  assert(own.length > 0, 'own resize messages');
  assertEqual(own.at(-1).origin, ctx.otherOrigin, 'from the app origin');
  assertEqual(typeof own.at(-1).data.height, 'number', 'height is a number');
  // A message from any other window (here: the host itself) is ignored.
  await page.evaluate(() => window.postMessage({ type: 'alliance-network:resize', height: 77 }, '*'));
  await page.waitForTimeout(200);
  assertEqual(Math.round((await handle.boundingBox()).height), h0, 'forged message ignored');
  // Narrower host: the layout reflows and the height follows.
  await page.setViewportSize({ width: 500, height: 800 });
  const h1 = await heightSettles(handle, frame, 'after the host got narrower');
  assert(h1 !== h0, `height changed with the width (${h0} → ${h1})`);
  assertEqual(page.errors.length, 0, 'page errors');
});

test('a sandboxed iframe (allow-scripts only) renders without errors', async (ctx) => {
  const page = await watch(await ctx.newPage());
  await page.goto(hostUrl(ctx, 'sandbox-host.html', `${ctx.otherOrigin}/?embed=1&lang=en`));
  const { frame } = await appFrame(page);
  assertEqual(await frame.evaluate(() => window.origin), 'null', 'opaque origin');
  // Clipboard is refused here: Share shows the link in a visible field instead.
  await frame.locator('[data-action="share"]').click();
  const field = frame.locator('[data-share-url]');
  await field.waitFor();
  assert(await field.isVisible(), 'fallback field visible');
  assert((await field.inputValue()).includes('lang=en'), 'the link names the view');
  await frame.locator('[data-action="embed"]').click();
  await frame.locator('[data-embed-snippet="pym"]').waitFor();
  await frame.locator('[data-action="copy-iframe"]').click();
  await frame
    .locator('[data-node-id="jp"]')
    .click({ force: true })
    .catch(() => {});
  await page.waitForTimeout(300);
  assertEqual(page.errors.join(' | '), '', 'page errors');
  assertEqual((await frame.evaluate(() => window.__errors)).join(' | '), '', 'errors in the frame');
  assertEqual(page.consoleErrors.join(' | '), '', 'console errors');
});

test('each URL parameter restores its view; invalid values warn and are ignored', async (ctx) => {
  const page = await openApp(ctx, 'lang=en&theme=dark&hide=threats,person&select=jp&q=Japan');
  assertEqual(await page.evaluate(() => document.documentElement.lang), 'en', 'lang');
  assertEqual(
    await page.locator('[data-filter-id="alliances"] .filter-name').innerText(),
    'Alliances',
    'English',
  );
  assertEqual(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'theme');
  assertEqual(await page.locator('[data-edge-kind="threat"]').count(), 0, 'hide threats');
  assertEqual(await page.locator('[data-node-kind="person"]').count(), 0, 'hide person');
  assertEqual(await page.locator('[data-filter-id="threats"] input').isChecked(), false, 'toggle off');
  await page.waitForSelector('[data-detail-for="node:jp"]');
  assertEqual(await page.locator('.search-input').inputValue(), 'Japan', 'q fills the search');
  // The URL follows the reader (replaceState, no reload).
  await page.locator('[data-filter-id="threats"] input').click();
  await page.waitForFunction(() => !location.search.includes('threats'));
  assert(new URL(page.url()).searchParams.get('hide') === 'person', `hide in URL (${page.url()})`);

  const warned = await ctx.newPage();
  const warnings = [];
  warned.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await warned.goto(`${ctx.origin}/?lang=xx&theme=pink&hide=bogus&select=nope&embed=maybe&foo=1`);
  await warned.waitForSelector(READY);
  await warned.waitForTimeout(200);
  for (const bad of ['lang', 'theme', 'bogus', 'select', 'embed', 'foo']) {
    assert(
      warnings.some((w) => w.includes(bad)),
      `warning for ${bad} (${warnings.join(' | ')})`,
    );
  }
  assertEqual(await warned.locator('.detail-panel').count(), 0, 'no selection');
  assertEqual(await warned.locator('.app-header').count(), 1, 'full layout');
  assertEqual(warned.errors.length, 0, 'page errors');
});

test('embed=1: compact layout with credit and a link to the full app', async (ctx) => {
  const page = await openApp(ctx, 'embed=1&lang=en&hide=threats');
  assertEqual(await page.locator('.app-header').count(), 0, 'no page header');
  assert(await page.locator('[data-filter-id="alliances"]').isVisible(), 'filters');
  assert(await page.locator('.legend').isVisible(), 'legend');
  const credit = await page.locator('.embed-credit').innerText();
  assert(credit.includes('NAG') && credit.includes('n-ag.de'), `credit (${credit})`);
  const link = page.locator('[data-action="open-full-app"]');
  assertEqual(await link.getAttribute('target'), '_blank', 'new tab');
  assertEqual(await link.getAttribute('rel'), 'noopener noreferrer', 'rel');
  const href = new URL(await link.getAttribute('href'));
  assertEqual(href.searchParams.get('embed'), null, 'without embed=1');
  assertEqual(href.searchParams.get('hide'), 'threats', 'same view');
  // Natural content height, not the viewport's: a taller window does not make the page taller.
  const bodyHeight = () => page.evaluate(() => document.body.getBoundingClientRect().height);
  const h800 = await bodyHeight();
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.waitForTimeout(200);
  assertEqual(await bodyHeight(), h800, 'content height independent of the viewport height');
  assert(h800 < 1400, `content height ${h800}`);
});

test('Share copies the link; Embed offers three snippets for the current view', async (ctx) => {
  const page = await openApp(ctx, 'lang=en&hide=threats', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.locator('[data-node-id="jp"]').click();
  await page.locator('[data-action="share"]').click();
  await page.locator('[data-share-result="copied"]').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assertEqual(copied, page.url(), 'the current URL');
  assert(copied.includes('select=jp') && copied.includes('hide=threats'), copied);
  await page.locator('[data-action="embed"]').click();
  const snippets = {};
  for (const kind of ['iframe', 'embed-js', 'pym']) {
    snippets[kind] = await page.locator(`[data-embed-snippet="${kind}"]`).inputValue();
    assert(snippets[kind].includes('embed=1') && snippets[kind].includes('select=jp'), kind);
  }
  assert(snippets.iframe.startsWith('<iframe '), 'iframe snippet');
  assert(snippets['embed-js'].includes(`src="${ctx.origin}/embed.js"`), 'embed.js beside index.html');
  assert(snippets.pym.includes('new pym.Parent('), 'pym snippet');
  await page.locator('[data-action="copy-embed-js"]').click();
  assertEqual(await page.evaluate(() => navigator.clipboard.readText()), snippets['embed-js'], 'copied');
  await page.keyboard.press('Escape');
  assertEqual(await page.locator('.embed-dialog[open]').count(), 0, 'Escape closes the dialog');
  assertEqual(await page.locator('[data-detail-for="node:jp"]').count(), 1, 'the selection stays');
});

for (const query of ['', 'embed=1']) {
  test(`320×640${query ? ' embed' : ''}: no horizontal overflow, 44 px targets, filter sheet`, async (ctx) => {
    const page = await openApp(ctx, query, { viewport: { width: 320, height: 640 } });
    const toggle = page.locator('[data-action="toggle-filters"]');
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await page.locator('[data-node-id="us"]').click();
    await page.locator('.detail-panel').waitFor();
    if (!query) {
      // The details are a bottom sheet over the page, full width.
      const sheet = await page.locator('.detail-panel').boundingBox();
      assertEqual(Math.round(sheet.y + sheet.height), 640, 'sheet at the bottom');
      assertEqual(Math.round(sheet.width), 320, 'sheet full width');
      assert(sheet.height <= 640 * 0.6 + 1, `sheet leaves the network in view (${sheet.height})`);
    }
    const report = await page.evaluate(() => {
      const small = [];
      for (const el of document.querySelectorAll(
        'button, input[type="search"], input[type="text"], [data-filter-id], .embed-credit-open',
      )) {
        const r = el.getBoundingClientRect();
        // Not a target while visually hidden (the relations table kept for screen readers).
        if (r.width === 0 || el.closest('.visually-hidden')) continue;
        if (r.height < 44 || r.width < 44) small.push(`${el.className || el.tagName} ${r.width}×${r.height}`);
      }
      return { scrollWidth: document.documentElement.scrollWidth, small };
    });
    assert(report.scrollWidth <= 320, `no horizontal scrolling (${report.scrollWidth})`);
    assertEqual(report.small.join(', '), '', 'targets under 44 px');
    await page.screenshot({
      path: join(ctx.artifacts, `phone-320${query ? '-embed' : ''}.png`),
      fullPage: true,
    });
    await toggle.click();
    assertEqual(await page.locator('[data-filter-id="alliances"]').isVisible(), false, 'sheet closes');
  });
}

test('touch: a tap selects a node, in the app and in an embed', async (ctx) => {
  for (const query of ['lang=en', 'embed=1&lang=en']) {
    const page = await openApp(ctx, query, {
      viewport: { width: 390, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    // On a phone the network starts below the header: bring the node on screen first, as a reader would.
    await page.locator('[data-node-id="kp"] .node-symbol').scrollIntoViewIfNeeded();
    const box = await page.locator('[data-node-id="kp"] .node-symbol').boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('[data-detail-for="node:kp"]', { timeout: 3000 });
    assertEqual(page.errors.length, 0, `page errors (${query})`);
  }
});

test('embed: the wheel scrolls the page until the reader activates the graphic', async (ctx) => {
  const page = await ctx.newPage({ viewport: { width: 1000, height: 600 } });
  await page.goto(hostUrl(ctx, 'embedjs-host.html', `${ctx.otherOrigin}/?embed=1`));
  const { handle, frame } = await appFrame(page);
  await page.evaluate(() => {
    document.body.style.paddingBottom = '2000px';
  });
  const zoom = () => frame.locator('svg.network-svg').getAttribute('data-zoom');
  const box = await handle.boundingBox();
  const z0 = await zoom();
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(300);
  assertEqual(await zoom(), z0, 'no zoom before activation');
  assert((await page.evaluate(() => scrollY)) > 0, 'the host page scrolled');
  await page.evaluate(() => scrollTo(0, 0));
  const svg = await frame.locator('svg.network-svg').boundingBox();
  // An empty corner of the graphic (the view switch sits in the top-left one).
  await page.mouse.click(svg.x + 12, svg.y + Math.min(svg.height, 300) / 2 + 40);
  assertEqual(await frame.locator('.interaction-gate').getAttribute('data-active'), 'true', 'active');
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(300);
  assert(Number(await zoom()) > Number(z0), 'the wheel zooms once active');
  await page.mouse.click(5, 5);
  assertEqual(await frame.locator('.interaction-gate').getAttribute('data-active'), 'false', 'inactive');
});

test('the Content-Security-Policy is strict and nothing violates it; no cookies', async (ctx) => {
  const page = await watch(await ctx.newPage());
  await page.goto(`${ctx.origin}/?lang=en`);
  await page.waitForSelector(READY);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  for (const part of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'"]) {
    assert(csp.includes(part), `CSP has ${part}`);
  }
  await page.locator('[data-node-id="jp"]').click();
  await page.locator('[data-filter-id="threats"] input').click();
  await page.locator('[data-action="zoom-in"]').click();
  await page.locator('[data-action="embed"]').click();
  await page.locator('[data-embed-snippet="iframe"]').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('[data-action="share"]').click();
  await page.waitForTimeout(300);
  assertEqual((await page.evaluate(() => window.__csp)).join(', '), '', 'CSP violations');
  assertEqual(page.consoleErrors.join(' | '), '', 'console errors');
  assertEqual(await page.evaluate(() => document.cookie), '', 'document.cookie');
  assertEqual((await page.context().cookies()).length, 0, 'cookies');
});

/** Touch gestures through the DevTools protocol: each step is a list of touch points. */
async function touchGesture(page, steps) {
  const cdp = await page.context().newCDPSession(page);
  const points = (pts) => pts.map(([x, y], id) => ({ x, y, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(steps[0]) });
  for (const pts of steps.slice(1)) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(pts) });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

function line(from, to, n = 8) {
  return Array.from({ length: n + 1 }, (_, i) =>
    from.map(([x, y], k) => [x + ((to[k][0] - x) * i) / n, y + ((to[k][1] - y) * i) / n]),
  );
}

test('touch: one-finger pan, pinch zoom and dragging a node', async (ctx) => {
  const page = await openApp(ctx, 'lang=en', {
    viewport: { width: 390, height: 800 },
    hasTouch: true,
    isMobile: true,
  });
  const viewport = page.locator('g.viewport');
  const svg = await page.locator('svg.network-svg').boundingBox();
  const t0 = await viewport.getAttribute('transform');
  const z0 = Number(await page.locator('svg.network-svg').getAttribute('data-zoom'));
  const x = svg.x + 12;
  const y = Math.min(svg.y + svg.height, 800) - 40;
  await touchGesture(page, line([[x, y]], [[x + 80, y - 60]]));
  const t1 = await viewport.getAttribute('transform');
  assert(t1 !== t0, 'one finger pans');
  assertEqual(
    Number(await page.locator('svg.network-svg').getAttribute('data-zoom')),
    z0,
    'pan keeps the scale',
  );
  const cx = svg.x + svg.width / 2;
  const cy = svg.y + svg.height / 2;
  await touchGesture(
    page,
    line(
      [
        [cx - 30, cy],
        [cx + 30, cy],
      ],
      [
        [cx - 110, cy],
        [cx + 110, cy],
      ],
    ),
  );
  const z1 = Number(await page.locator('svg.network-svg').getAttribute('data-zoom'));
  assert(z1 > z0 * 1.5, `pinch zooms (${z0} → ${z1})`);
  await page.locator('[data-action="fit"]').click();
  const node = page.locator('[data-node-id="ru"]');
  // The picture may reach below the fold on a phone: the finger needs the node on screen.
  await node.locator('.node-symbol').scrollIntoViewIfNeeded();
  const before = await node.getAttribute('transform');
  const box = await node.locator('.node-symbol').boundingBox();
  const nx = box.x + box.width / 2;
  const ny = box.y + box.height / 2;
  await touchGesture(page, line([[nx, ny]], [[nx - 50, ny + 40]]));
  await page.waitForTimeout(300);
  assert((await node.getAttribute('transform')) !== before, 'a finger drags the node');
  const after = await node.locator('.node-symbol').boundingBox();
  assert(Math.abs(after.x + after.width / 2 - (nx - 50)) < 4, 'the node follows the finger');
  assertEqual(page.errors.length, 0, 'page errors');
});

test('touch in an embed: a swipe passes to the page until the graphic is tapped', async (ctx) => {
  const page = await openApp(ctx, 'embed=1&lang=en', {
    viewport: { width: 390, height: 800 },
    hasTouch: true,
    isMobile: true,
  });
  const viewport = page.locator('g.viewport');
  const svg = await page.locator('svg.network-svg').boundingBox();
  const t0 = await viewport.getAttribute('transform');
  const x = svg.x + 12;
  const y = Math.min(svg.y + svg.height, 800) - 40;
  await touchGesture(page, line([[x, y]], [[x + 10, y - 100]]));
  assertEqual(await viewport.getAttribute('transform'), t0, 'no pan before activation');
  assert((await page.evaluate(() => scrollY)) > 0, 'the swipe scrolled the page');
  await page.waitForTimeout(800); // let the fling end: a tap during it only stops it
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForTimeout(100);
  await page.touchscreen.tap(x, y);
  assertEqual(await page.locator('.interaction-gate').getAttribute('data-active'), 'true', 'active');
  await touchGesture(page, line([[x, y]], [[x + 60, y - 60]]));
  assert((await viewport.getAttribute('transform')) !== t0, 'pans once active');
  // Tapping a node opens its details (focus moves there) and the graphic stays active.
  const box = await page.locator('[data-node-id="jp"] .node-symbol').boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('[data-detail-for="node:jp"]');
  await page.waitForTimeout(100);
  assertEqual(await page.locator('.interaction-gate').getAttribute('data-active'), 'true', 'still active');
  // A tap outside the graphic deactivates it.
  await page.locator('.embed-credit-source').tap();
  assertEqual(await page.locator('.interaction-gate').getAttribute('data-active'), 'false', 'inactive');
});
