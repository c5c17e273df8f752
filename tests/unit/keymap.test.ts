import { describe, expect, it } from 'vitest';
import { appKeyAction, focusKind } from '../../src/app/keymap';
import type { KeyInput } from '../../src/app/keymap';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  defaultPrevented: false,
  focus: 'none',
  ...extra,
});
const story = { storyOpen: true, presenting: false };

describe('the app key map', () => {
  it('steps through an open story with clicker keys when nothing owns them', () => {
    expect(appKeyAction(key('ArrowRight'), story)).toBe('story-next');
    expect(appKeyAction(key(' '), story)).toBe('story-next');
    expect(appKeyAction(key(' ', { shiftKey: true }), story)).toBe('story-prev');
    expect(appKeyAction(key('Home'), story)).toBe('story-first');
    expect(appKeyAction(key('End'), story)).toBe('story-last');
    expect(appKeyAction(key('ArrowRight'), { storyOpen: false, presenting: false })).toBeNull();
  });

  it('leaves Space to a focused button and arrows to the network, sliders and text fields', () => {
    expect(appKeyAction(key(' ', { focus: 'control' }), story)).toBeNull();
    expect(appKeyAction(key('ArrowRight', { focus: 'control' }), story)).toBe('story-next');
    expect(appKeyAction(key('ArrowRight', { focus: 'arrows' }), story)).toBeNull();
    expect(appKeyAction(key('PageDown', { focus: 'arrows' }), story)).toBe('story-next');
    expect(appKeyAction(key('ArrowRight', { focus: 'text' }), story)).toBeNull();
    expect(appKeyAction(key('End', { focus: 'text' }), story)).toBeNull();
    expect(appKeyAction(key('ArrowRight', { defaultPrevented: true }), story)).toBeNull();
    expect(appKeyAction(key('ArrowRight', { ctrlKey: true }), story)).toBeNull();
  });

  it('Escape leaves the presentation, else clears the selection', () => {
    expect(appKeyAction(key('Escape'), { storyOpen: true, presenting: true })).toBe('leave-presentation');
    expect(appKeyAction(key('Escape'), { storyOpen: false, presenting: false })).toBe('clear-selection');
  });

  it('classifies what has focus', () => {
    const el = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      document.body.append(host);
      return host.firstElementChild!;
    };
    expect(focusKind(el('<button>x</button>'))).toBe('control');
    expect(focusKind(el('<a href="#">x</a>'))).toBe('control');
    expect(focusKind(el('<input type="checkbox">'))).toBe('control');
    expect(focusKind(el('<input type="search">'))).toBe('text');
    expect(focusKind(el('<input type="range">'))).toBe('arrows');
    expect(focusKind(el('<textarea></textarea>'))).toBe('text');
    expect(focusKind(el('<div role="slider" tabindex="0"></div>'))).toBe('arrows');
    expect(
      focusKind(el('<svg><g data-node-id="jp" role="button"><text>x</text></g></svg>').querySelector('g')),
    ).toBe('arrows');
    expect(focusKind(el('<div>x</div>'))).toBe('none');
    expect(focusKind(null)).toBe('none');
  });
});
