import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbedCredit } from '../../src/embed/EmbedCredit';
import { EmbedDialog } from '../../src/embed/EmbedDialog';
import { FilterSheet } from '../../src/explore/FilterSheet';
import { InteractionGate } from '../../src/network/InteractionGate';
import { ShareButton } from '../../src/embed/ShareButton';
import { initialState, useAppStore } from '../../src/store/store';
import { articleDataset } from '../unit/fixtures';

function setClipboard(writeText: ((t: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

beforeEach(() => {
  useAppStore.setState({ ...initialState, dataset: articleDataset, hidden: new Set(), lang: 'en' });
  window.history.replaceState(null, '', '/graphics/alliance/?lang=en');
});
afterEach(() => setClipboard(undefined));

describe('ShareButton', () => {
  it('copies the link to the current view and shows it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    setClipboard(writeText);
    useAppStore.setState({ hidden: new Set(['threats']), selection: { type: 'node', id: 'jp' } });
    render(<ShareButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await screen.findByText('Link to this view copied.');
    const url = 'http://localhost:3000/graphics/alliance/?lang=en&hide=threats&select=jp';
    expect(writeText).toHaveBeenCalledWith(url);
    expect((screen.getByLabelText('Link to this view') as HTMLInputElement).value).toBe(url);
  });

  it('falls back to a visible, selected field when the clipboard is refused', async () => {
    setClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    render(<ShareButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await screen.findByText(/Copy this link/);
    const field = screen.getByLabelText('Link to this view') as HTMLInputElement;
    expect(field.value).toContain('/graphics/alliance/?lang=en');
    await waitFor(() => expect(document.activeElement).toBe(field));
  });

  it('works without any Clipboard API', async () => {
    setClipboard(undefined);
    render(<ShareButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByLabelText('Link to this view')).toBeTruthy();
  });
});

describe('EmbedDialog', () => {
  it('shows the three snippets for the current view', () => {
    useAppStore.setState({ hidden: new Set(['threats']) });
    render(<EmbedDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    const iframe = screen.getByLabelText(/Plain iframe/) as HTMLTextAreaElement;
    const script = screen.getByLabelText(/embed\.js/) as HTMLTextAreaElement;
    const pym = screen.getByLabelText(/Pym\.js/) as HTMLTextAreaElement;
    expect(iframe.value).toContain('hide=threats&amp;embed=1');
    expect(script.value).toContain('<div data-alliance-network src=');
    expect(script.value).toContain('/graphics/alliance/embed.js');
    expect(pym.value).toContain('new pym.Parent(');
  });
});

describe('EmbedCredit', () => {
  it('names the source and links to the full app in a new tab', () => {
    useAppStore.setState({ embed: true, hidden: new Set(['person']) });
    render(<EmbedCredit dataset={articleDataset} />);
    expect(screen.getByText('NAG')).toBeTruthy();
    expect(screen.getByText(/n-ag\.de/)).toBeTruthy();
    const link = screen.getByRole('link', { name: /Open the full graphic/ });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('href')).toBe('http://localhost:3000/graphics/alliance/?lang=en&hide=person');
  });
});

describe('FilterSheet', () => {
  it('opens and closes, and says how many filters are off', () => {
    useAppStore.setState({ hidden: new Set(['threats', 'person']) });
    render(
      <FilterSheet>
        <p>inside</p>
      </FilterSheet>,
    );
    const button = screen.getByRole('button', { name: /Filters and legend/ });
    expect(button.textContent).toContain('2 hidden');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.closest('.filter-sheet')?.getAttribute('data-open')).toBe('false');
  });
});

describe('InteractionGate', () => {
  it('holds back the wheel until the reader clicks, and lets go when they leave', () => {
    const onWheel = vi.fn();
    const { container } = render(
      <InteractionGate>
        <div data-testid="inner" onWheel={onWheel} />
      </InteractionGate>,
    );
    const gate = container.querySelector('.interaction-gate') as HTMLElement;
    const inner = screen.getByTestId('inner');
    fireEvent.wheel(inner);
    expect(onWheel).not.toHaveBeenCalled();
    fireEvent.click(inner);
    expect(gate.dataset.active).toBe('true');
    fireEvent.wheel(inner);
    expect(onWheel).toHaveBeenCalledTimes(1);
    fireEvent.pointerDown(document.body);
    expect(gate.dataset.active).toBe('false');
  });
});
