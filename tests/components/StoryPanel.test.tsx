import { describe, expect, it, beforeEach } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/data/schema';
import { StoryPanel } from '../../src/classroom/StoryPanel';
import { initialState, useAppStore } from '../../src/store/store';
import { useAppKeys } from '../../src/app/useAppKeys';

/** The app's one key map, as App mounts it. */
function AppKeys() {
  useAppKeys();
  return null;
}

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), 'data/alliance-network.json'), 'utf8'),
) as Dataset;
const story = dataset.story ?? [];

function setup() {
  useAppStore.setState({ ...initialState, dataset, lang: 'en' });
  act(() => useAppStore.getState().openStory(0));
  const user = userEvent.setup();
  const view = render(
    <>
      <AppKeys />
      <StoryPanel dataset={dataset} />
    </>,
  );
  const step = () => view.container.querySelector('[data-story-step]')?.getAttribute('data-story-step');
  return { user, step, ...view };
}

describe('StoryPanel', () => {
  beforeEach(() => useAppStore.setState({ ...initialState }));

  it('shows the step and steps with the buttons and the indicator', async () => {
    const { user, step } = setup();
    expect(screen.getByRole('heading', { name: story[0]!.title.en })).toBeTruthy();
    expect(screen.getByText(`1 / ${story.length}`)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Previous/ }).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(step()).toBe('2');
    expect(screen.getByRole('heading', { name: story[1]!.title.en })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: `Step 5: ${story[4]!.title.en}` }));
    expect(step()).toBe('5');
    expect(useAppStore.getState().storyStep).toBe(4);
  });

  it('follows the clicker keys, but not while the reader types', async () => {
    const { user, step } = setup();
    await user.keyboard('{ArrowRight}');
    expect(step()).toBe('2');
    await user.keyboard('{PageDown}');
    await user.keyboard(' ');
    expect(step()).toBe('4');
    await user.keyboard('{PageUp}');
    expect(step()).toBe('3');
    await user.keyboard('{End}');
    expect(step()).toBe(String(story.length));
    await user.keyboard('{Home}');
    expect(step()).toBe('1');
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await user.keyboard('{ArrowRight} ');
    expect(step()).toBe('1');
    input.remove();
  });

  it('leaves Space and Enter to a focused button: it is pressed, the story does not jump', async () => {
    const { user, step } = setup();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(step()).toBe('3');
    screen.getByRole('button', { name: /Previous/ }).focus();
    await user.keyboard(' ');
    expect(step()).toBe('2');
    await user.keyboard('{Enter}');
    expect(step()).toBe('1');
    // Arrows still step while a button has focus: a button does not own them.
    screen.getByRole('button', { name: /Next/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(step()).toBe('2');
  });

  it('leaves the story for free exploration with one click', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Explore freely' }));
    expect(useAppStore.getState().storyStep).toBeNull();
  });
});
