// embed.js, the host-page script, in jsdom: it builds the iframe and trusts only that iframe's messages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const script = readFileSync(join(process.cwd(), 'src/embed/host/embed.js'), 'utf8');

function run() {
  // The script is a classic IIFE for host pages; evaluating it is what a <script> tag does.
  new Function(script)();
}

beforeEach(() => {
  delete (window as { AllianceNetworkEmbed?: unknown }).AllianceNetworkEmbed;
  document.body.innerHTML =
    '<div id="a" data-alliance-network src="https://graphics.example.org/alliance/index.html?hide=threats" data-title="Bündnis"></div>';
});

function send(data: unknown, origin: string, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

describe('embed.js', () => {
  it('turns the element into a full-width, borderless, titled iframe in embed mode', () => {
    run();
    const iframe = document.querySelector('#a iframe') as HTMLIFrameElement;
    expect(iframe).toBeTruthy();
    expect(iframe.src).toBe('https://graphics.example.org/alliance/index.html?hide=threats&embed=1');
    expect(iframe.title).toBe('Bündnis');
    expect(iframe.style.width).toBe('100%');
    expect(iframe.style.border).toMatch(/^0/);
  });

  it('applies resize messages from its iframe and origin only', () => {
    run();
    const iframe = document.querySelector('#a iframe') as HTMLIFrameElement;
    const child = iframe.contentWindow;
    const before = iframe.style.height;
    send({ type: 'alliance-network:resize', height: 900 }, 'https://evil.example', child);
    expect(iframe.style.height).toBe(before);
    send({ type: 'alliance-network:resize', height: 900 }, 'https://graphics.example.org', window);
    expect(iframe.style.height).toBe(before);
    send({ type: 'alliance-network:resize', height: 'x' }, 'https://graphics.example.org', child);
    expect(iframe.style.height).toBe(before);
    send({ type: 'alliance-network:resize', height: 912.4 }, 'https://graphics.example.org', child);
    expect(iframe.style.height).toBe('913px');
  });

  it('mounts each element once, also when loaded twice or rescanned', () => {
    run();
    run();
    (window as unknown as { AllianceNetworkEmbed: { scan(): void } }).AllianceNetworkEmbed.scan();
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('ignores elements without an http(s) src', () => {
    document.body.innerHTML = '<div data-alliance-network src="javascript:alert(1)"></div>';
    run();
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
  });
});

describe('build plugins', () => {
  it('index.html carries the strict CSP; the dev server drops it (Vite injects inline styles there)', async () => {
    const { devCsp } = await import('../../src/embed/host/vitePlugins');
    const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
    expect(html).toContain("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    // WebAssembly only: no eval of JavaScript, nothing inline.
    expect(html).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    const transform = devCsp().transformIndexHtml as (html: string) => string;
    const dev = transform(html);
    expect(dev).not.toContain('Content-Security-Policy');
    expect(dev).toContain('<title>');
  });
});
