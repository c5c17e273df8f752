import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePymMessage, pymMessage, startAutoHeight } from '../../src/embed/resize';

describe('Pym.js messages', () => {
  it('builds the child height message', () => {
    expect(pymMessage('graphic', 'height', 640)).toBe('pymxPYMxgraphicxPYMxheightxPYMx640');
  });
  it('parses the parent width message for its own child id only', () => {
    expect(parsePymMessage('pymxPYMxgraphicxPYMxwidthxPYMx800', 'graphic')).toEqual({
      type: 'width',
      message: '800',
    });
    expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx800', 'graphic')).toBeNull();
    expect(parsePymMessage({ type: 'width' }, 'graphic')).toBeNull();
    expect(parsePymMessage('hello', 'graphic')).toBeNull();
  });
});

/** A fake framed window: a parent that records messages, a body of a given height. */
function fakeFrame(search: string) {
  const sent: unknown[] = [];
  const listeners = new Map<string, (e: unknown) => void>();
  let observed: (() => void) | null = null;
  let height = 500;
  const parent = { postMessage: (m: unknown) => sent.push(m) };
  const win = {
    parent,
    location: { search },
    document: {
      documentElement: {},
      body: { getBoundingClientRect: () => ({ height }) },
      defaultView: { getComputedStyle: () => ({ marginTop: '0px', marginBottom: '0px' }) },
    },
    ResizeObserver: class {
      constructor(cb: () => void) {
        observed = cb;
      }
      observe() {}
      disconnect() {}
    },
    addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
    removeEventListener: () => {},
  };
  return {
    // The fake implements only what startAutoHeight touches.
    win: win as unknown as Window & typeof globalThis,
    sent,
    parent,
    setHeight: (h: number) => {
      height = h;
      observed?.();
    },
    message: (data: unknown, source: unknown = parent) => listeners.get('message')?.({ data, source }),
  };
}

describe('startAutoHeight', () => {
  afterEach(() => vi.useRealTimers());

  it('does nothing outside an iframe', () => {
    const w = { parent: null as unknown } as { parent: unknown };
    w.parent = w;
    expect(() => startAutoHeight({ win: w as unknown as Window & typeof globalThis })()).not.toThrow();
  });

  it('reports the height in both protocols, debounced, and only when it changes', () => {
    vi.useFakeTimers();
    const f = fakeFrame('?embed=1&childId=graphic');
    const stop = startAutoHeight({ win: f.win, delay: 50 });
    expect(f.sent).toEqual([
      { type: 'alliance-network:resize', height: 500 },
      'pymxPYMxgraphicxPYMxheightxPYMx500',
    ]);
    f.sent.length = 0;
    f.setHeight(600);
    f.setHeight(700);
    expect(f.sent).toEqual([]);
    vi.advanceTimersByTime(60);
    expect(f.sent).toEqual([
      { type: 'alliance-network:resize', height: 700 },
      'pymxPYMxgraphicxPYMxheightxPYMx700',
    ]);
    f.sent.length = 0;
    f.setHeight(700);
    vi.advanceTimersByTime(60);
    expect(f.sent).toEqual([]);
    stop();
  });

  it("answers the parent's width message with the height, and ignores other senders", () => {
    const f = fakeFrame('?childId=graphic');
    startAutoHeight({ win: f.win });
    f.sent.length = 0;
    f.message('pymxPYMxgraphicxPYMxwidthxPYMx640', {});
    expect(f.sent).toEqual([]);
    f.message('pymxPYMxgraphicxPYMxwidthxPYMx640');
    expect(f.sent).toContain('pymxPYMxgraphicxPYMxheightxPYMx500');
  });

  it('without childId it speaks only its own protocol', () => {
    const f = fakeFrame('?embed=1');
    startAutoHeight({ win: f.win });
    expect(f.sent).toEqual([{ type: 'alliance-network:resize', height: 500 }]);
  });

  it('survives a parent that refuses messages', () => {
    const f = fakeFrame('?childId=x');
    f.parent.postMessage = () => {
      throw new Error('detached');
    };
    expect(() => startAutoHeight({ win: f.win })).not.toThrow();
  });
});
