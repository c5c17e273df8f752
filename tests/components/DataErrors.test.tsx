/** The error view, the error boundary and the file picker, as a reader meets them. */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoader } from '../../src/data-loading/DatasetLoader';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { ErrorView } from '../../src/data-loading/ErrorView';
import { initialState, useAppStore } from '../../src/store/store';

import article from '../../data/alliance-network.json';

const text = JSON.stringify(article);

beforeEach(() => useAppStore.setState({ ...initialState, lang: 'en' }));

describe('ErrorView', () => {
  it('lists each problem with its path, says how many more, and goes back', async () => {
    const onBack = vi.fn();
    render(
      <ErrorView
        error={{
          source: 'mine.json',
          problems: [{ path: 'edges[12].target', expected: 'a node id', found: '"kr"' }],
          omitted: 7,
        }}
        onBack={onBack}
      />,
    );
    expect(screen.getByRole('alert')).toHaveProperty('textContent');
    expect(screen.getByText('edges[12].target: "kr" is not a node id')).toBeTruthy();
    expect(screen.getByText('… and 7 more problems')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalled();
  });
});

function Boom({ when }: { when: boolean }): null {
  if (when) throw new Error('kaputt');
  return null;
}

describe('ErrorBoundary', () => {
  it('shows a message and a way back instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let crash = true;
    function Maybe() {
      const selection = useAppStore((s) => s.selection);
      return <Boom when={crash && selection !== null} />;
    }
    useAppStore.setState({ selection: { type: 'node', id: 'us' } });
    render(
      <ErrorBoundary>
        <Maybe />
        <p>the view</p>
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The view ran into an error');
    expect(screen.getByText('kaputt')).toBeTruthy();
    crash = false;
    await userEvent.click(screen.getByRole('button', { name: 'Back to the view' }));
    expect(screen.getByText('the view')).toBeTruthy();
    expect(useAppStore.getState().selection).toBeNull();
  });
});

describe('DatasetLoader', () => {
  it('opens a chosen file: a valid one is shown, a broken one explained', async () => {
    render(<DatasetLoader />);
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input).not.toBeNull();
    await act(() => userEvent.upload(input!, new File([text], 'mine.json', { type: 'application/json' })));
    await waitFor(() => expect(useAppStore.getState().dataset?.nodes.length).toBe(article.nodes.length));
    expect(useAppStore.getState().dataSource).toBe('file:mine.json');
    const marker = document.querySelector('[data-dataset-source]');
    expect(marker?.textContent).toMatch(/^Your data: mine\.json /);
    // The file name is its own isolated piece of the sentence.
    expect(marker?.querySelector('bdi')?.textContent).toBe('mine.json');

    await act(() =>
      userEvent.upload(input!, new File(['{"version": 1,'], 'broken.json', { type: 'application/json' })),
    );
    await waitFor(() => expect(useAppStore.getState().loadError?.source).toBe('broken.json'));
    expect(useAppStore.getState().dataset?.nodes.length).toBe(article.nodes.length); // the previous dataset stays
  });
});
