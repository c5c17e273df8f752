// Embedding and sharing: auto-height through pym.Parent and embed.js, a sandboxed
// iframe, the URL parameters, phones and touch, the Content-Security-Policy.
import type { ElementHandle, Frame, Page } from '@playwright/test';
import { animationFrames, expect, must, READY, scrollAtRest, snapshot, test, type Origins } from './helpers';

/** What the host pages in fixtures/ record: pym-host.html the raw data, the others origin and data. */
type HostWindow = Window & {
  hostMessages: unknown[];
  pymParent: { sendWidth(): void };
};
interface HostMessage {
  origin: string;
  data: { type?: string; height?: unknown } | null;
}
type WatchedWindow = Window & { __csp: string[]; __errors: string[] };

/** Records CSP violations and errors in every frame (init scripts run in iframes too); returns the console errors. */
async function watch(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    const w = window as unknown as WatchedWindow;
    w.__csp = [];
    w.__errors = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    window.addEventListener('error', (e) => w.__errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
  });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|404 \(Not Found\)/.test(m.text())) consoleErrors.push(m.text());
  });
  return consoleErrors;
}

function hostUrl(origins: Origins, fixture: string, app: string) {
  return `${origins.app}/fixtures/${fixture}?app=${encodeURIComponent(app)}`;
}

async function appFrame(page: Page): Promise<{ handle: ElementHandle<HTMLIFrameElement>; frame: Frame }> {
  const handle = must(await page.waitForSelector('iframe'), 'iframe');
  const frame = must(await handle.contentFrame(), 'iframe content');
  await frame.locator(READY).first().waitFor({ timeout: 15_000 });
  return { handle, frame };
}

/**
 * Waits until the iframe's height equals the frame's content height (and, with `changedFrom`, differs
 * from that height); returns it.
 */
async function heightSettles(
  handle: ElementHandle<HTMLIFrameElement>,
  frame: Frame,
  message: string,
  changedFrom?: number,
) {
  let iframe = 0;
  await expect
    .poll(
      async () => {
        iframe = Math.round(must(await handle.boundingBox(), 'iframe box').height);
        const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        if (iframe === changedFrom) return `still ${iframe}px`;
        return Math.abs(iframe - content) <= 1 ? 'settled' : `iframe ${iframe}px, content ${content}px`;
      },
      { message, intervals: [100] },
    )
    .toBe('settled');
  return iframe;
}

const hostMessages = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).hostMessages);
const pymMessages = async (page: Page) =>
  (await hostMessages(page)).filter((m): m is string => typeof m === 'string');

test('pym.Parent: the iframe height follows the content (filters, details)', async ({ newPage, origins }) => {
  const page = await newPage({ viewport: { width: 420, height: 800 } });
  await watch(page);
  await page.goto(hostUrl(origins, 'pym-host.html', `${origins.other}/?embed=1&lang=en`));
  const { handle, frame } = await appFrame(page);
  const h0 = await heightSettles(handle, frame, 'initial height');
  expect(h0, 'a sensible height').toBeGreaterThan(300);
  expect(await pymMessages(page), 'pym height messages').toContainEqual(
    expect.stringMatching(/^pymxPYMx.+xPYMxheightxPYMx\d+$/),
  );
  // The narrow embed starts with the filter sheet closed: opening it makes the page taller.
  await frame.locator('[data-action="toggle-filters"]').click();
  const h1 = await heightSettles(handle, frame, 'filters opened');
  expect(h1, `taller with filters open (from ${h0})`).toBeGreaterThan(h0 + 100);
  await frame.locator('[data-action="toggle-filters"]').click();
  const h2 = await heightSettles(handle, frame, 'filters closed');
  expect(h2, 'back to the first height').toBe(h0);
  // The details follow the network in a narrow embed.
  await frame.locator('[data-node-id="jp"]').click();
  await frame.locator('[data-detail-for="node:jp"]').waitFor();
  const h3 = await heightSettles(handle, frame, 'details open');
  expect(h3, `taller with details (from ${h0})`).toBeGreaterThan(h0 + 100);
  // Pym's width message is answered with the height.
  await page.evaluate(() => {
    const w = window as unknown as HostWindow;
    w.hostMessages.length = 0;
    w.pymParent.sendWidth();
  });
  await expect
    .poll(() => pymMessages(page), 'width answered')
    .toContainEqual(expect.stringMatching(new RegExp(`xPYMxheightxPYMx${h3}$`)));
  expect(page.errors, 'page errors').toEqual([]);
  await snapshot(page, 'embed-pym-420.png', { fullPage: true });
});

test('embed.js: a responsive iframe that follows its own resize messages only', async ({
  newPage,
  origins,
}) => {
  const page = await newPage({ viewport: { width: 1100, height: 800 } });
  await watch(page);
  await page.goto(hostUrl(origins, 'embedjs-host.html', `${origins.other}/index.html?embed=1&hide=threats`));
  const { handle, frame } = await appFrame(page);
  expect(await handle.getAttribute('title'), 'iframe title').toBe('Alliance Network (embed.js)');
  const style = await handle.evaluate((el) => ({
    width: el.getBoundingClientRect().width,
    parent: el.parentElement?.getBoundingClientRect().width,
    border: getComputedStyle(el).borderTopWidth,
  }));
  expect(style.width, 'full width').toBe(style.parent);
  expect(style.border, 'no border').toBe('0px');
  await expect(frame.locator('[data-edge-kind="threat"]'), 'hide=threats applies').toHaveCount(0);
  const h0 = await heightSettles(handle, frame, 'initial height');
  const own = ((await hostMessages(page)) as HostMessage[]).filter(
    (m) => m.data?.type === 'alliance-network:resize',
  );
  const latest = must(own.at(-1), 'own resize messages');
  expect(latest.origin, 'from the app origin').toBe(origins.other);
  expect(typeof latest.data?.height, 'height is a number').toBe('number');
  // A message from any other window (here: the host itself) is ignored.
  await page.evaluate(() => window.postMessage({ type: 'alliance-network:resize', height: 77 }, '*'));
  // Once the host's own listener has recorded it, every listener (embed.js's too) has seen it.
  await expect
    .poll(async () => ((await hostMessages(page)) as HostMessage[]).some((m) => m.data?.height === 77))
    .toBe(true);
  expect(Math.round(must(await handle.boundingBox(), 'iframe box').height), 'forged message ignored').toBe(
    h0,
  );
  // Narrower host: the layout reflows and the height follows.
  await page.setViewportSize({ width: 500, height: 800 });
  const h1 = await heightSettles(handle, frame, 'after the host got narrower: a new height', h0);
  expect(h1, 'height changed with the width').not.toBe(h0);
  expect(page.errors, 'page errors').toEqual([]);
});

test('a sandboxed iframe (allow-scripts only) renders without errors', async ({ newPage, origins }) => {
  const page = await newPage();
  const consoleErrors = await watch(page);
  await page.goto(hostUrl(origins, 'sandbox-host.html', `${origins.other}/?embed=1&lang=en`));
  const { frame } = await appFrame(page);
  expect(await frame.evaluate(() => window.origin), 'opaque origin').toBe('null');
  // Clipboard is refused here: Share shows the link in a visible field instead.
  await frame.locator('[data-action="share"]').click();
  const field = frame.locator('[data-share-url]');
  await expect(field, 'fallback field visible').toBeVisible();
  await expect(field, 'the link names the view').toHaveValue(/lang=en/);
  await frame.locator('[data-action="embed"]').click();
  await frame.locator('[data-embed-snippet="pym"]').waitFor();
  await frame.locator('[data-action="copy-iframe"]').click();
  const copyStatus = frame
    .locator('.embed-snippet', { has: frame.locator('[data-action="copy-iframe"]') })
    .locator('[role="status"]');
  await expect(copyStatus, 'the copy attempt reports back').not.toBeEmpty();
  await frame
    .locator('[data-node-id="jp"]')
    .click({ force: true })
    .catch(() => {});
  // Anything those clicks set off has had a few frames to fail.
  await animationFrames(frame, 10);
  expect(page.errors, 'page errors').toEqual([]);
  expect(
    await frame.evaluate(() => (window as unknown as WatchedWindow).__errors),
    'errors in the frame',
  ).toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
});

test('each URL parameter restores its view; invalid values warn and are ignored', async ({
  openApp,
  newPage,
  origins,
}) => {
  const page = await openApp('lang=en&theme=dark&hide=threats,person&select=jp&q=Japan');
  await expect(page.locator('html'), 'lang').toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-filter-id="alliances"] .filter-name'), 'English').toHaveText('Alliances');
  await expect(page.locator('html'), 'theme').toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-edge-kind="threat"]'), 'hide threats').toHaveCount(0);
  await expect(page.locator('[data-node-kind="person"]'), 'hide person').toHaveCount(0);
  await expect(page.locator('[data-filter-id="threats"] input'), 'toggle off').not.toBeChecked();
  await page.locator('[data-detail-for="node:jp"]').waitFor();
  await expect(page.locator('.search-input'), 'q fills the search').toHaveValue('Japan');
  // The URL follows the reader (replaceState, no reload).
  await page.locator('[data-filter-id="threats"] input').click();
  await page.waitForFunction(() => !location.search.includes('threats'));
  expect(new URL(page.url()).searchParams.get('hide'), 'hide in URL').toBe('person');

  const warned = await newPage();
  const warnings: string[] = [];
  warned.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await warned.goto(`${origins.app}/?lang=xx&theme=pink&hide=bogus&select=nope&embed=maybe&foo=1`);
  await warned.locator(READY).first().waitFor();
  for (const bad of ['lang', 'theme', 'bogus', 'select', 'embed', 'foo']) {
    await expect
      .poll(() => warnings.some((w) => w.includes(bad)), `warning for ${bad} (${warnings.join(' | ')})`)
      .toBe(true);
  }
  await expect(warned.locator('.detail-panel'), 'no selection').toHaveCount(0);
  await expect(warned.locator('.app-header'), 'full layout').toHaveCount(1);
  expect(warned.errors, 'page errors').toEqual([]);
});

test('embed=1: compact layout with credit and a link to the full app', async ({ openApp }) => {
  const page = await openApp('embed=1&lang=en&hide=threats');
  await expect(page.locator('.app-header'), 'no page header').toHaveCount(0);
  await expect(page.locator('[data-filter-id="alliances"]'), 'filters').toBeVisible();
  await expect(page.locator('.legend'), 'legend').toBeVisible();
  const credit = page.locator('.embed-credit');
  await expect(credit, 'credit names NAG').toContainText('NAG');
  await expect(credit, 'credit links n-ag.de').toContainText('n-ag.de');
  const link = page.locator('[data-action="open-full-app"]');
  await expect(link, 'new tab').toHaveAttribute('target', '_blank');
  await expect(link, 'rel').toHaveAttribute('rel', 'noopener noreferrer');
  const href = new URL(must(await link.getAttribute('href'), 'href'));
  expect(href.searchParams.get('embed'), 'without embed=1').toBeNull();
  expect(href.searchParams.get('hide'), 'same view').toBe('threats');
  // Natural content height, not the viewport's: a taller window does not make the page taller.
  const bodyHeight = () => page.evaluate(() => document.body.getBoundingClientRect().height);
  const h800 = await bodyHeight();
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.waitForFunction(() => innerHeight === 1400);
  // The resize has been handled (resize observers, a render) a few frames later.
  await animationFrames(page, 10);
  expect(await bodyHeight(), 'content height independent of the viewport height').toBe(h800);
  expect(h800, 'content height').toBeLessThan(1400);
});

test('Share copies the link; Embed offers three snippets for the current view', async ({
  openApp,
  origins,
}) => {
  const page = await openApp('lang=en&hide=threats', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.locator('[data-node-id="jp"]').click();
  await page.locator('[data-action="share"]').click();
  await page.locator('[data-share-result="copied"]').waitFor();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const copied = await clipboard();
  expect(copied, 'the current URL').toBe(page.url());
  expect(copied, 'names the selection').toContain('select=jp');
  expect(copied, 'names the filter').toContain('hide=threats');
  await page.locator('[data-action="embed"]').click();
  const snippets: Record<string, string> = {};
  for (const kind of ['iframe', 'embed-js', 'pym']) {
    const snippet = await page.locator(`[data-embed-snippet="${kind}"]`).inputValue();
    snippets[kind] = snippet;
    expect(snippet, `${kind}: embed=1`).toContain('embed=1');
    expect(snippet, `${kind}: select=jp`).toContain('select=jp');
  }
  expect(snippets.iframe, 'iframe snippet').toMatch(/^<iframe /);
  expect(snippets['embed-js'], 'embed.js beside index.html').toContain(`src="${origins.app}/embed.js"`);
  expect(snippets.pym, 'pym snippet').toContain('new pym.Parent(');
  await page.locator('[data-action="copy-embed-js"]').click();
  await expect.poll(clipboard, 'copied').toBe(snippets['embed-js']);
  await page.keyboard.press('Escape');
  await expect(page.locator('.embed-dialog[open]'), 'Escape closes the dialog').toHaveCount(0);
  await expect(page.locator('[data-detail-for="node:jp"]'), 'the selection stays').toHaveCount(1);
});

for (const query of ['', 'embed=1']) {
  test(`320×640${query ? ' embed' : ''}: no horizontal overflow, 44 px targets, filter sheet`, async ({
    openApp,
  }) => {
    const page = await openApp(query, { viewport: { width: 320, height: 640 } });
    const toggle = page.locator('[data-action="toggle-filters"]');
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await page.locator('[data-node-id="us"]').click();
    await page.locator('.detail-panel').waitFor();
    if (!query) {
      // The details are a bottom sheet over the page, full width.
      const sheet = must(await page.locator('.detail-panel').boundingBox(), 'sheet box');
      expect(Math.round(sheet.y + sheet.height), 'sheet at the bottom').toBe(640);
      expect(Math.round(sheet.width), 'sheet full width').toBe(320);
      expect(sheet.height, 'sheet leaves the network in view').toBeLessThanOrEqual(640 * 0.6 + 1);
    }
    const report = await page.evaluate(() => {
      const small: string[] = [];
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
    expect(report.scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(320);
    expect(report.small, 'targets under 44 px').toEqual([]);
    await snapshot(page, `phone-320${query ? '-embed' : ''}.png`, { fullPage: true });
    await toggle.click();
    await expect(page.locator('[data-filter-id="alliances"]'), 'sheet closes').toBeHidden();
  });
}

test('touch: a tap selects a node, in the app and in an embed', async ({ openApp }) => {
  for (const query of ['lang=en', 'embed=1&lang=en']) {
    const page = await openApp(query, {
      viewport: { width: 390, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    // On a phone the network starts below the header: bring the node on screen first, as a reader would.
    const symbol = page.locator('[data-node-id="kp"] .node-symbol');
    await symbol.scrollIntoViewIfNeeded();
    const box = must(await symbol.boundingBox(), 'node box');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('[data-detail-for="node:kp"]').waitFor();
    expect(page.errors, `page errors (${query})`).toEqual([]);
  }
});

test('embed: the wheel scrolls the page until the reader activates the graphic', async ({
  newPage,
  origins,
}) => {
  const page = await newPage({ viewport: { width: 1000, height: 600 } });
  await page.goto(hostUrl(origins, 'embedjs-host.html', `${origins.other}/?embed=1`));
  const { handle, frame } = await appFrame(page);
  await page.evaluate(() => {
    document.body.style.paddingBottom = '2000px';
  });
  const zoom = () => frame.locator('svg.network-svg').getAttribute('data-zoom');
  const gate = frame.locator('.interaction-gate');
  const box = must(await handle.boundingBox(), 'iframe box');
  const z0 = await zoom();
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.wheel(0, 300);
  // The wheel went through the graphic to the page, which scrolled.
  await expect.poll(() => page.evaluate(() => scrollY), 'the host page scrolled').toBeGreaterThan(0);
  expect(await zoom(), 'no zoom before activation').toBe(z0);
  await scrollAtRest(page);
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForFunction(() => scrollY === 0);
  const svg = must(await frame.locator('svg.network-svg').boundingBox(), 'network box');
  // An empty corner of the graphic (the view switch sits in the top-left one).
  await page.mouse.click(svg.x + 12, svg.y + Math.min(svg.height, 300) / 2 + 40);
  await expect(gate, 'active').toHaveAttribute('data-active', 'true');
  await page.mouse.wheel(0, -300);
  await expect
    .poll(async () => Number(await zoom()), 'the wheel zooms once active')
    .toBeGreaterThan(Number(z0));
  await page.mouse.click(5, 5);
  await expect(gate, 'inactive').toHaveAttribute('data-active', 'false');
});

test('the Content-Security-Policy is strict and nothing violates it; no cookies', async ({
  newPage,
  origins,
}) => {
  const page = await newPage();
  const consoleErrors = await watch(page);
  await page.goto(`${origins.app}/?lang=en`);
  await page.locator(READY).first().waitFor();
  const csp = must(
    await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
    'CSP meta',
  );
  for (const part of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'"]) {
    expect(csp, `CSP has ${part}`).toContain(part);
  }
  await page.locator('[data-node-id="jp"]').click();
  await page.locator('[data-filter-id="threats"] input').click();
  await page.locator('[data-action="zoom-in"]').click();
  await page.locator('[data-action="embed"]').click();
  await page.locator('[data-embed-snippet="iframe"]').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('[data-action="share"]').click();
  // Copied, or the link shown to copy by hand.
  await page.locator('[data-share-result]').waitFor();
  expect(await page.evaluate(() => (window as unknown as WatchedWindow).__csp), 'CSP violations').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
  expect(await page.evaluate(() => document.cookie), 'document.cookie').toBe('');
  expect(await page.context().cookies(), 'cookies').toEqual([]);
});

type Point = [number, number];

/** Touch gestures through the DevTools protocol: each step is a list of touch points, one step a frame. */
async function touchGesture(page: Page, steps: Point[][]) {
  const cdp = await page.context().newCDPSession(page);
  const points = (pts: Point[]) => pts.map(([x, y], id) => ({ x, y, id }));
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: points(must(steps[0], 'start')),
  });
  for (const pts of steps.slice(1)) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(pts) });
    await animationFrames(page, 1);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** `n` steps from the points `from` to the points `to`. */
function line(from: Point[], to: Point[], n = 8): Point[][] {
  return Array.from({ length: n + 1 }, (_, i) =>
    from.map(([x, y], k): Point => {
      const [tx, ty] = must(to[k], `end point ${k}`);
      return [x + ((tx - x) * i) / n, y + ((ty - y) * i) / n];
    }),
  );
}

test('touch: one-finger pan, pinch zoom and dragging a node', async ({ openApp }) => {
  const page = await openApp('lang=en', {
    viewport: { width: 390, height: 800 },
    hasTouch: true,
    isMobile: true,
  });
  const viewport = page.locator('g.viewport');
  const network = page.locator('svg.network-svg');
  const zoom = async () => Number(await network.getAttribute('data-zoom'));
  const svg = must(await network.boundingBox(), 'network box');
  const t0 = must(await viewport.getAttribute('transform'), 'transform');
  const z0 = await zoom();
  const panX = svg.x + 12;
  const panY = Math.min(svg.y + svg.height, 800) - 40;
  await touchGesture(page, line([[panX, panY]], [[panX + 80, panY - 60]]));
  await expect(viewport, 'one finger pans').not.toHaveAttribute('transform', t0);
  expect(await zoom(), 'pan keeps the scale').toBe(z0);
  // Two fingers on the background (a finger on a node would drag it): the spot nearest the middle
  // whose fingers' paths (from ±30 to ±110 px around it) stay clear of every node.
  const [cx, cy] = await page.evaluate(() => {
    // Measured now: the pan may have scrolled the page.
    const box = document.querySelector('svg.network-svg')!.getBoundingClientRect();
    const symbols = [
      ...document.querySelectorAll(
        '[data-node-id] .node-hit, [data-node-id] .node-symbol, [data-node-id] .node-label',
      ),
    ].map((e) => e.getBoundingClientRect());
    const clear = (px: number, py: number) =>
      symbols.every((r) => py < r.top - 8 || py > r.bottom + 8 || px < r.left - 8 || px > r.right + 8);
    const paths = (x: number, y: number) => {
      for (let d = 30; d <= 110; d += 8) if (!clear(x - d, y) || !clear(x + d, y)) return false;
      return true;
    };
    // The part of the network on screen (on a phone the picture may reach below the fold).
    const top = Math.max(box.y, 0) + 40;
    const bottom = Math.min(box.y + box.height, window.innerHeight) - 40;
    const mid = { x: box.x + box.width / 2, y: (top + bottom) / 2 };
    let best: [number, number] | null = null;
    for (let y = top; y <= bottom; y += 8)
      for (let x = box.x + 112; x <= box.x + box.width - 112; x += 8)
        if (
          paths(x, y) &&
          (!best || Math.hypot(x - mid.x, y - mid.y) < Math.hypot(best[0] - mid.x, best[1] - mid.y))
        )
          best = [x, y];
    return best ?? [mid.x, mid.y];
  });
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
  await expect.poll(zoom, `pinch zooms (from ${z0})`).toBeGreaterThan(z0 * 1.5);
  await page.locator('[data-action="fit"]').click();
  const node = page.locator('[data-node-id="ru"]');
  // The picture may reach below the fold on a phone: the finger needs the node on screen.
  await node.locator('.node-symbol').scrollIntoViewIfNeeded();
  const before = must(await node.getAttribute('transform'), 'transform');
  const box = must(await node.locator('.node-symbol').boundingBox(), 'node box');
  const nx = box.x + box.width / 2;
  const ny = box.y + box.height / 2;
  await touchGesture(page, line([[nx, ny]], [[nx - 50, ny + 40]]));
  await expect(node, 'a finger drags the node').not.toHaveAttribute('transform', before);
  await expect
    .poll(async () => {
      const after = must(await node.locator('.node-symbol').boundingBox(), 'node box');
      return Math.abs(after.x + after.width / 2 - (nx - 50));
    }, 'the node follows the finger')
    .toBeLessThan(4);
  expect(page.errors, 'page errors').toEqual([]);
});

test('touch in an embed: a swipe passes to the page until the graphic is tapped', async ({ openApp }) => {
  const page = await openApp('embed=1&lang=en', {
    viewport: { width: 390, height: 800 },
    hasTouch: true,
    isMobile: true,
  });
  const viewport = page.locator('g.viewport');
  const gate = page.locator('.interaction-gate');
  const svg = must(await page.locator('svg.network-svg').boundingBox(), 'network box');
  const t0 = must(await viewport.getAttribute('transform'), 'transform');
  const x = svg.x + 12;
  const y = Math.min(svg.y + svg.height, 800) - 40;
  await touchGesture(page, line([[x, y]], [[x + 10, y - 100]]));
  expect(await viewport.getAttribute('transform'), 'no pan before activation').toBe(t0);
  await expect.poll(() => page.evaluate(() => scrollY), 'the swipe scrolled the page').toBeGreaterThan(0);
  await scrollAtRest(page); // let the fling end: a tap during it only stops it
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForFunction(() => scrollY === 0);
  await page.touchscreen.tap(x, y);
  await expect(gate, 'active').toHaveAttribute('data-active', 'true');
  await touchGesture(page, line([[x, y]], [[x + 60, y - 60]]));
  await expect(viewport, 'pans once active').not.toHaveAttribute('transform', t0);
  // Tapping a node opens its details and moves focus (to the node or the details): the graphic stays active.
  const box = must(await page.locator('[data-node-id="jp"] .node-symbol').boundingBox(), 'node box');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('[data-detail-for="node:jp"]').waitFor();
  await page.waitForFunction(
    () => document.activeElement !== null && document.activeElement !== document.body,
  );
  await expect(gate, 'still active').toHaveAttribute('data-active', 'true');
  // A tap outside the graphic deactivates it.
  await page.locator('.embed-credit-source').tap();
  await expect(gate, 'inactive').toHaveAttribute('data-active', 'false');
});
