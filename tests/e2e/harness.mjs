// A small browser-test harness on playwright-core and Debian's Chromium: a
// test is an async function of a context; failures save a screenshot.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

const registry = [];
/** `options.timeout`: milliseconds (default 60 s), for tests that build the app first. */
export function test(name, fn, options = {}) {
  registry.push({ name, fn, timeout: options.timeout ?? 60000 });
}
export function takeTests() {
  return registry.splice(0, registry.length);
}

export class AssertionError extends Error {}
export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}
export function assertEqual(actual, expected, message) {
  if (actual !== expected) {
    throw new AssertionError(
      `${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
}

/** Opens the app and waits until the network is drawn. */
export async function openApp(ctx, query = '', options = {}) {
  const page = await ctx.newPage(options);
  await page.goto(`${ctx.origin}/${query ? `?${query}` : ''}`);
  await page.waitForSelector('svg.network-svg[data-ready="true"] [data-node-id]', { timeout: 10000 });
  return page;
}

/** Bounding boxes of the visible node labels, in CSS pixels. */
export function labelBoxes(page) {
  return page.$$eval('[data-node-id] .node-label', (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.closest('[data-node-id]').getAttribute('data-node-id'),
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
      };
    }),
  );
}

export function overlappingPairs(boxes) {
  const pairs = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        pairs.push(`${a.id}/${b.id}`);
    }
  }
  return pairs;
}
