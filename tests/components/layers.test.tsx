/** The wider alliance network in the app: the layer switch, the year slider, the second story. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import rawDataset from '../../data/alliance-network.json';
import type { Dataset } from '../../src/data/schema';
import { ClassroomToolbar } from '../../src/classroom/ClassroomToolbar';
import { StoryPanel } from '../../src/classroom/StoryPanel';
import { LayerControls } from '../../src/explore/LayerControls';
import { announcement } from '../../src/explore/LiveAnnouncer';
import { initialState, useAppStore } from '../../src/store/store';

const dataset = rawDataset as Dataset;

beforeEach(() => useAppStore.setState({ ...initialState, dataset, lang: 'de' }));
afterEach(() => vi.useRealTimers());

describe('LayerControls', () => {
  it('shows the layer as a switch, off; switching it on adds the year slider and says what it is', async () => {
    const user = userEvent.setup();
    render(<LayerControls dataset={dataset} />);
    const toggle = screen.getByRole('switch', { name: 'Weiteres Bündnisnetz' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByRole('slider')).toBeNull();
    await user.click(toggle);
    expect([...useAppStore.getState().layers]).toEqual(['wider']);
    expect(screen.getByText(/Hintergrund, nicht aus dem Artikel/)).toBeTruthy();
    const slider = screen.getByRole('slider') as HTMLInputElement;
    expect([slider.min, slider.max, slider.value]).toEqual(['1951', '2024', '2024']);
    expect(screen.getByText('Stand Ende 2024')).toBeTruthy();
  });

  it('moves the year with the slider and plays through the years', () => {
    vi.useFakeTimers();
    useAppStore.setState({ layers: new Set(['wider']), until: 1951 });
    render(<LayerControls dataset={dataset} />);
    const slider = screen.getByRole('slider') as HTMLInputElement;
    fireEvent.change(slider, { target: { value: '1953' } });
    expect(useAppStore.getState().until).toBe(1953);
    const play = screen.getByRole('button', { name: 'Jahre abspielen' });
    act(() => play.click());
    expect(play.getAttribute('aria-pressed')).toBe('true');
    for (let i = 0; i < 3; i++) act(() => vi.advanceTimersToNextTimer());
    expect(useAppStore.getState().until).toBe(1956);
    act(() => screen.getByRole('button', { name: 'Anhalten' }).click());
    act(() => vi.advanceTimersToNextTimer());
    expect(useAppStore.getState().until).toBe(1956);
  });

  it('leaves the timeline when the layer is switched off', async () => {
    const user = userEvent.setup();
    useAppStore.setState({ layers: new Set(['wider']), until: 1960 });
    render(<LayerControls dataset={dataset} />);
    await user.click(screen.getByRole('switch', { name: 'Weiteres Bündnisnetz' }));
    expect(useAppStore.getState().layers.size).toBe(0);
    expect(useAppStore.getState().until).toBeNull();
  });

  it('is not there for a dataset without layers', () => {
    const { container } = render(
      <LayerControls dataset={{ ...dataset, nodes: dataset.nodes.filter((n) => !n.layer), edges: [] }} />,
    );
    expect(container.innerHTML).toBe('');
  });
});

describe('announcements', () => {
  it('tells what the layer and the year change', () => {
    const before = { ...useAppStore.getState(), lang: 'en' as const };
    const on = { ...before, layers: new Set(['wider']) };
    expect(announcement(dataset, on, before)).toMatch(
      /^Wider alliance network shown\. \d+ nodes, \d+ relations$/,
    );
    expect(announcement(dataset, { ...on, until: 1955 }, on)).toMatch(/^As of the end of 1955\. \d+ nodes/);
  });
});

describe('the second story', () => {
  it('has its own button; it opens at its first step and names itself in the panel', async () => {
    const user = userEvent.setup();
    render(<ClassroomToolbar dataset={dataset} />);
    const button = screen.getByRole('button', { name: 'Das Bündnisnetz' });
    await user.click(button);
    expect(useAppStore.getState().storyId).toBe('network');
    expect(useAppStore.getState().storyStep).toBe(0);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Geschichte' }).getAttribute('aria-pressed')).toBe('false');

    const panel = render(<StoryPanel dataset={dataset} />);
    const section = panel.container.querySelector('[data-story-id="network"]') as HTMLElement;
    expect(within(section).getByText('Geschichte: Das Bündnisnetz')).toBeTruthy();
    expect(within(section).getByRole('heading').textContent).toBe(dataset.stories![0]!.steps[0]!.title.de);
    expect(within(section).getAllByRole('button', { name: /^Schritt/ })).toHaveLength(
      dataset.stories![0]!.steps.length,
    );
    // The main story again: the other button.
    await user.click(screen.getByRole('button', { name: 'Geschichte' }));
    expect(useAppStore.getState().storyId).toBeNull();
    expect(useAppStore.getState().storyStep).toBe(0);
  });
});
