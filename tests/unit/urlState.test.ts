import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../src/store/urlState';
import { applyUrlState, syncUrlWithStore } from '../../src/app/urlSync';
import { urlStateOf } from '../../src/store/viewUrl';
import { initialState, useAppStore } from '../../src/store/store';
import { articleDataset } from './fixtures';

describe('parseUrlState', () => {
  it.each([
    ['lang=en', { lang: 'en' }],
    ['lang=de', { lang: 'de' }],
    ['theme=dark', { theme: 'dark' }],
    ['theme=light', { theme: 'light' }],
    ['theme=auto', { theme: 'auto' }],
    ['hide=threats', { hide: ['threats'] }],
    ['hide=threats,person', { hide: ['threats', 'person'] }],
    ['select=jp', { select: 'jp' }],
    ['select=us-jp-alliance', { select: 'us-jp-alliance' }],
    ['q=Japan', { q: 'Japan' }],
    ['q=Nord%20korea', { q: 'Nord korea' }],
    ['embed=1', { embed: true }],
    ['embed=0', { embed: false }],
    ['step=3', { step: 3 }],
    ['present=1', { present: true }],
    ['layers=wider', { layers: ['wider'] }],
    ['until=1955', { until: 1955 }],
    ['story=network&step=2', { story: 'network', step: 2 }],
  ])('%s restores its value', (search, expected) => {
    const { state, warnings } = parseUrlState(`?${search}`);
    expect(state).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['lang=fr', 'lang'],
    ['theme=pink', 'theme'],
    ['select=<img src=x>', 'select'],
    ['select=', 'select'],
    ['embed=yes', 'embed'],
    ['present=2', 'present'],
    ['step=0', 'step'],
    ['step=two', 'step'],
    ['until=55', 'until'],
    ['until=1955.5', 'until'],
    ['story=<b>', 'story'],
    ['nonsense=1', 'nonsense'],
  ])('%s is ignored with a warning', (search, key) => {
    const { state, warnings } = parseUrlState(`?${search}`);
    expect(state).toEqual({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(key);
  });

  it('keeps the valid ids of hide and warns about the rest', () => {
    const { state, warnings } = parseUrlState('?hide=threats,bogus,,person');
    expect(state.hide).toEqual(['threats', 'person']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('bogus');
  });

  it('keeps the valid layer ids and warns about the rest', () => {
    const { state, warnings } = parseUrlState('?layers=wider,Not%20One');
    expect(state.layers).toEqual(['wider']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Not One');
  });

  it('round-trips layers, year and story, and leaves them out when unset', () => {
    const search = serializeUrlState({ layers: ['wider'], until: 1960, story: 'network', step: 2 });
    expect(search).toBe('?step=2&story=network&layers=wider&until=1960');
    expect(parseUrlState(search).state).toEqual({
      layers: ['wider'],
      until: 1960,
      story: 'network',
      step: 2,
    });
    expect(serializeUrlState({ layers: [] })).toBe('');
  });

  it('does not warn about the parameters that Pym.js adds', () => {
    const { warnings } = parseUrlState('?embed=1&initialWidth=600&childId=g&parentTitle=x&parentUrl=y');
    expect(warnings).toEqual([]);
  });

  it('caps the search text and never throws on odd input', () => {
    expect(parseUrlState(`?q=${'a'.repeat(500)}`).state.q).toHaveLength(200);
    for (const odd of ['?%E0%A4%A', '?=&&=', '?lang', '???', '?hide=%2C%2C', '#frag']) {
      expect(() => parseUrlState(odd)).not.toThrow();
    }
  });

  it('round-trips through serializeUrlState, leaving defaults out', () => {
    const state = {
      lang: 'en',
      theme: 'dark',
      hide: ['threats', 'person'],
      select: 'jp',
      q: 'Tokyo',
      embed: true,
    } as const;
    const search = serializeUrlState({ ...state, hide: [...state.hide] });
    expect(search).toBe('?lang=en&theme=dark&hide=threats,person&select=jp&q=Tokyo&embed=1');
    expect(parseUrlState(search).state).toEqual(state);
    expect(serializeUrlState({ theme: 'auto', hide: [], embed: false })).toBe('');
  });
});

describe('applyUrlState and syncUrlWithStore', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    useAppStore.setState({ ...initialState, hidden: new Set() });
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => warn.mockRestore());

  it('puts every parameter into the store', () => {
    applyUrlState('?lang=en&theme=dark&hide=threats&q=Japan&embed=1');
    const s = useAppStore.getState();
    expect(s.lang).toBe('en');
    expect(s.theme).toBe('dark');
    expect([...s.hidden]).toEqual(['threats']);
    expect(s.query).toBe('Japan');
    expect(s.embed).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns about invalid values and leaves the defaults', () => {
    applyUrlState('?lang=xx&theme=neon&hide=nothing');
    const s = useAppStore.getState();
    expect(s.lang).toBe('de');
    expect(s.theme).toBe('auto');
    expect(s.hidden.size).toBe(0);
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('writes later changes to the address with replaceState, keeping Pym.js parameters', () => {
    window.history.replaceState(null, '', '/?embed=1&childId=graphic');
    const initial = applyUrlState(window.location.search);
    const length = window.history.length;
    const stop = syncUrlWithStore(initial);
    useAppStore.getState().showDataset(articleDataset);
    useAppStore.getState().toggleHidden('threats');
    useAppStore.getState().select({ type: 'node', id: 'jp' });
    expect(window.location.search).toBe('?hide=threats&select=jp&embed=1&childId=graphic');
    useAppStore.getState().setLang('en');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
    expect(window.history.length).toBe(length);
    stop();
  });

  it('corrects a step beyond the story in the address at once', () => {
    const steps = articleDataset.story?.length ?? 0;
    window.history.replaceState(null, '', `/?step=${steps + 2}&lang=en`);
    const initial = applyUrlState(window.location.search);
    useAppStore.getState().showDataset(articleDataset);
    // What main.tsx does with the step it was given: the story opens at its last step.
    useAppStore.getState().openStory(steps - 1);
    const stop = syncUrlWithStore(initial);
    expect(new URLSearchParams(window.location.search).get('step')).toBe(String(steps));
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
    stop();
  });

  it('leaves a step that the story has as it is', () => {
    window.history.replaceState(null, '', '/?step=2');
    const initial = applyUrlState(window.location.search);
    useAppStore.getState().showDataset(articleDataset);
    useAppStore.getState().openStory(1);
    const spy = vi.spyOn(window.history, 'replaceState');
    const stop = syncUrlWithStore(initial);
    expect(spy).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?step=2');
    stop();
    spy.mockRestore();
  });

  it('survives a refused replaceState', () => {
    const spy = vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const stop = syncUrlWithStore({});
    expect(() => useAppStore.getState().setQuery('x')).not.toThrow();
    stop();
    spy.mockRestore();
  });

  it('puts layers and the year into the store and back into the address', () => {
    const initial = applyUrlState('?layers=wider&until=1955');
    expect([...useAppStore.getState().layers]).toEqual(['wider']);
    expect(useAppStore.getState().until).toBe(1955);
    const stop = syncUrlWithStore(initial);
    useAppStore.getState().setUntil(1960);
    expect(window.location.search).toBe('?layers=wider&until=1960');
    useAppStore.getState().setUntil(null);
    useAppStore.getState().toggleLayer('wider');
    expect(window.location.search).toBe('');
    stop();
  });

  it('names a further story in the address only while it is open', () => {
    const s = useAppStore.getState();
    expect(urlStateOf({ ...s, storyId: 'network', storyStep: null }, false).story).toBeUndefined();
    const open = urlStateOf({ ...s, storyId: 'network', storyStep: 1 }, false);
    expect([open.story, open.step]).toEqual(['network', 2]);
    expect(urlStateOf({ ...s, storyId: null, storyStep: 1 }, false).story).toBeUndefined();
  });

  it('an edge selection is not a URL state, a node selection is', () => {
    const s = { ...useAppStore.getState(), selection: { type: 'edge' as const, id: 'us-jp-alliance' } };
    expect(urlStateOf(s, false).select).toBeUndefined();
    expect(urlStateOf({ ...s, selection: { type: 'node', id: 'jp' } }, false).select).toBe('jp');
  });
});

describe('pym.Parent without embed=1', () => {
  it('childId implies the embed layout, unless embed=0', () => {
    useAppStore.setState({ ...initialState, hidden: new Set() });
    expect(applyUrlState('?childId=graphic&initialWidth=600').embed).toBe(true);
    expect(useAppStore.getState().embed).toBe(true);
    useAppStore.setState({ ...initialState, hidden: new Set() });
    applyUrlState('?childId=graphic&embed=0');
    expect(useAppStore.getState().embed).toBe(false);
  });
});
