import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/data/schema';
import { ClassroomToolbar } from '../../src/classroom/ClassroomToolbar';
import { initialState, useAppStore } from '../../src/store/store';

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), 'data/alliance-network.json'), 'utf8'),
) as Dataset;

describe('ClassroomToolbar', () => {
  beforeEach(() => useAppStore.setState({ ...initialState, dataset, lang: 'de' }));

  it('starts and stops the story with "Geschichte"', async () => {
    const user = userEvent.setup();
    render(<ClassroomToolbar dataset={dataset} />);
    const button = screen.getByRole('button', { name: 'Geschichte' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await user.click(button);
    expect(useAppStore.getState().storyStep).toBe(0);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await user.click(button);
    expect(useAppStore.getState().storyStep).toBeNull();
  });

  it('presents the story, even where fullscreen is not available', async () => {
    const user = userEvent.setup();
    render(<ClassroomToolbar dataset={dataset} />);
    await user.click(screen.getByRole('button', { name: 'Präsentieren' }));
    expect(useAppStore.getState().presenting).toBe(true);
    expect(useAppStore.getState().storyStep).toBe(0);
  });

  it('has no story button for a dataset without a story', () => {
    render(<ClassroomToolbar dataset={{ ...dataset, story: undefined }} />);
    expect(screen.queryByRole('button', { name: 'Geschichte' })).toBeNull();
    expect(screen.getByRole('button', { name: /SVG/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /PNG/ })).toBeTruthy();
  });
});
