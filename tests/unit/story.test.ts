import { describe, expect, it, beforeEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dataset as DatasetSchema } from '../../src/data/schema';
import type { Dataset } from '../../src/data/schema';
import * as v from 'valibot';
import { clampStep, storyGraph, storyView } from '../../src/graph/story';
import { storyKeyAction } from '../../src/app/keymap';
import { exportFileName, slug } from '../../src/classroom/export/fileName';
import { initialState, useAppStore } from '../../src/store/store';

const article = v.parse(
  DatasetSchema,
  JSON.parse(readFileSync(join(process.cwd(), 'data/alliance-network.json'), 'utf8')),
) as Dataset;

const tiny: Dataset = {
  version: 1,
  meta: { title: { de: 'T', en: 'T' }, source: { name: 'S' } },
  nodes: ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    kind: 'country' as const,
    label: { de: id, en: id },
    evidence: [{ type: 'article' as const, quote: 'q', translation: 't' }],
  })),
  edges: [
    {
      id: 'a-b',
      source: 'a',
      target: 'b',
      kind: 'alliance',
      evidence: [{ type: 'article', quote: 'q', translation: 't' }],
    },
    {
      id: 'c-d',
      source: 'c',
      target: 'd',
      kind: 'threat',
      evidence: [{ type: 'article', quote: 'q', translation: 't' }],
    },
  ],
  story: [
    {
      id: 'one',
      title: { de: '1', en: '1' },
      text: { de: '1', en: '1' },
      nodes: ['a'],
      edges: [],
      focus: 'a',
    },
    { id: 'two', title: { de: '2', en: '2' }, text: { de: '2', en: '2' }, nodes: [], edges: ['a-b'] },
    {
      id: 'three',
      title: { de: '3', en: '3' },
      text: { de: '3', en: '3' },
      nodes: ['c'],
      edges: [],
      focus: 'c',
    },
  ],
};

const sorted = (s: ReadonlySet<string>) => [...s].toSorted();

describe('storyView', () => {
  it('shows what the steps so far brought in and highlights the current step', () => {
    const one = storyView(tiny, 0);
    expect(sorted(one!.visibleNodes)).toEqual(['a']);
    expect(sorted(one!.highlightNodes)).toEqual(['a']);
    expect(one!.focus).toBe('a');
    const two = storyView(tiny, 1)!;
    // A relation brings in both of its ends.
    expect(sorted(two.visibleNodes)).toEqual(['a', 'b']);
    expect(sorted(two.visibleEdges)).toEqual(['a-b']);
    expect(sorted(two.highlightEdges)).toEqual(['a-b']);
    expect(sorted(two.highlightNodes)).toEqual(['a', 'b']);
    expect(two.focus).toBeNull();
    const three = storyView(tiny, 2)!;
    expect(sorted(three.visibleNodes)).toEqual(['a', 'b', 'c']);
    expect(sorted(three.highlightNodes)).toEqual(['c']);
    expect(three.highlightEdges.size).toBe(0);
    // d is never brought in, nor is the edge c-d.
    expect(three.visibleEdges.has('c-d')).toBe(false);
  });

  it('clamps the step and has no view without a story', () => {
    expect(storyView(tiny, 99)!.index).toBe(2);
    expect(storyView(tiny, -3)!.index).toBe(0);
    expect(storyView({ ...tiny, story: undefined }, 0)).toBeNull();
    expect(clampStep(1.7, 3)).toBe(1);
    expect(clampStep(0, 0)).toBeNull();
    expect(clampStep(Number.NaN, 3)).toBeNull();
  });

  it('ignores ids that are not in the dataset', () => {
    const broken = {
      ...tiny,
      story: [{ ...tiny.story![0]!, nodes: ['a', 'zz'], edges: ['nope'], focus: 'zz' }],
    };
    const view = storyView(broken, 0)!;
    expect(sorted(view.visibleNodes)).toEqual(['a']);
    expect(view.focus).toBe('a');
  });

  it('walks the article story: every step changes the highlight, the last shows all of the article', () => {
    const story = article.story ?? [];
    expect(story.length).toBeGreaterThanOrEqual(6);
    const highlights = story.map((_, i) => {
      const view = storyView(article, i)!;
      return [...sorted(view.highlightNodes), '|', ...sorted(view.highlightEdges)].join(',');
    });
    expect(new Set(highlights).size).toBe(story.length);
    const lastView = storyView(article, story.length - 1)!;
    const graph = storyGraph(article, lastView);
    // Every node of the article; the background layer has its own story.
    expect(graph.nodes.map((n) => n.id).toSorted()).toEqual(
      article.nodes
        .filter((n) => !n.layer)
        .map((n) => n.id)
        .toSorted(),
    );
    // Each step's focus is one of its highlighted nodes, and visibility only grows.
    let before = 0;
    story.forEach((step, i) => {
      const view = storyView(article, i)!;
      if (step.focus) expect(view.highlightNodes.has(step.focus)).toBe(true);
      expect(view.visibleNodes.size).toBeGreaterThanOrEqual(before);
      before = view.visibleNodes.size;
    });
  });
});

describe('clicker keys', () => {
  it('maps the keys presenter remotes send', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => storyKeyAction(k, false))).toEqual([
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'PageUp'].map((k) => storyKeyAction(k, false))).toEqual(['prev', 'prev']);
    expect(storyKeyAction(' ', true)).toBe('prev');
    expect(storyKeyAction('Home', false)).toBe('first');
    expect(storyKeyAction('End', false)).toBe('last');
    expect(storyKeyAction('Enter', false)).toBeNull();
  });
});

describe('story session', () => {
  beforeEach(() => useAppStore.setState({ ...initialState, dataset: tiny }));

  it('puts the selection aside while the story runs and gives it back', () => {
    useAppStore.getState().select({ type: 'node', id: 'b' });
    useAppStore.getState().setHidden(['threats']);
    useAppStore.getState().openStory(1);
    expect(useAppStore.getState().storyStep).toBe(1);
    expect(useAppStore.getState().selection).toBeNull();
    useAppStore.getState().stepStory(5);
    expect(useAppStore.getState().storyStep).toBe(2);
    useAppStore.getState().stepStory(-9);
    expect(useAppStore.getState().storyStep).toBe(0);
    useAppStore.getState().closeStory();
    expect(useAppStore.getState().storyStep).toBeNull();
    expect(useAppStore.getState().selection).toEqual({ type: 'node', id: 'b' });
    expect([...useAppStore.getState().hidden]).toEqual(['threats']);
  });

  it('does nothing for a dataset without a story', () => {
    useAppStore.setState({ dataset: { ...tiny, story: [] } });
    useAppStore.getState().openStory(0);
    expect(useAppStore.getState().storyStep).toBeNull();
  });
});

describe('export file names', () => {
  it('say what the export shows', () => {
    expect(exportFileName({ title: 'The U.S.–Japan alliance', hidden: ['threats'] }, 'png')).toBe(
      'alliance-network-us-japan-threats-hidden.png',
    );
    expect(
      exportFileName({ title: 'Das Bündnis USA–Japan', step: { index: 2, id: 'headquarters' } }, 'svg'),
    ).toBe('alliance-network-buendnis-usa-japan-step-3-headquarters.svg');
    expect(exportFileName({ title: 'X', selected: 'blinken', hidden: ['person', 'context'] }, 'png')).toBe(
      'alliance-network-x-blinken-context-person-hidden.png',
    );
  });

  it('are plain ASCII, whatever the title', () => {
    expect(slug('Ça <script>alert(1)</script> / ../..')).toBe('ca-script-alert-1-script');
    const name = exportFileName({ title: '日本 '.repeat(80) }, 'svg');
    expect(name).toMatch(/^[a-z0-9-]+\.svg$/);
    expect(name.length).toBeLessThanOrEqual(124);
  });
});
