import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetailPanel } from '../../src/explore/DetailPanel';
import { initialState, useAppStore } from '../../src/store/store';
import { articleDataset } from '../unit/fixtures';

beforeEach(() => {
  useAppStore.setState({ ...initialState, dataset: articleDataset, hidden: new Set() });
});

describe('DetailPanel', () => {
  it('shows nothing without a selection', () => {
    const { container } = render(<DetailPanel dataset={articleDataset} />);
    expect(container.innerHTML).toBe('');
  });

  it('shows a node with kind, description, relations and its quoted evidence', () => {
    useAppStore.setState({ lang: 'en', selection: { type: 'node', id: 'blinken' } });
    render(<DetailPanel dataset={articleDataset} />);
    const panel = screen.getByRole('complementary');
    const node = articleDataset.nodes.find((n) => n.id === 'blinken')!;
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(node.label.en);
    expect(panel.textContent).toContain('Person');
    expect(panel.textContent).toContain(node.description!.en);
    const quote = node.evidence.find((e) => e.type === 'article')!;
    expect(quote.type === 'article' && panel.textContent?.includes(quote.quote)).toBe(true);
    expect(quote.type === 'article' && panel.textContent?.includes(quote.translation)).toBe(true);
    expect(within(panel).getAllByRole('button', { name: /Antony Blinken/ }).length).toBeGreaterThan(0);
  });

  it('follows the filters in its relation list', () => {
    useAppStore.setState({ lang: 'en', selection: { type: 'node', id: 'cn' } });
    const { rerender } = render(<DetailPanel dataset={articleDataset} />);
    const count = () => document.querySelectorAll('.detail-relations li').length;
    const all = count();
    act(() => useAppStore.setState({ hidden: new Set(['threats']) }));
    rerender(<DetailPanel dataset={articleDataset} />);
    expect(count()).toBeLessThan(all);
  });

  it('marks background evidence as background with its reference', () => {
    const node = articleDataset.nodes.find((n) => n.evidence.some((e) => e.type === 'background'))!;
    useAppStore.setState({ lang: 'de', selection: { type: 'node', id: node.id } });
    render(<DetailPanel dataset={articleDataset} />);
    const bg = document.querySelector('[data-evidence="background"]')!;
    expect(bg.textContent).toContain('Hintergrund');
    const ev = node.evidence.find((e) => e.type === 'background')!;
    expect(ev.type === 'background' && bg.textContent?.includes(ev.reference.title)).toBe(true);
  });

  it('shows a relation and lets the reader jump to its nodes', () => {
    useAppStore.setState({ lang: 'en', selection: { type: 'edge', id: 'us-jp-alliance' } });
    render(<DetailPanel dataset={articleDataset} />);
    fireEvent.click(screen.getByRole('button', { name: 'Japan' }));
    expect(useAppStore.getState().selection).toEqual({ type: 'node', id: 'jp' });
  });

  it('closes with its close button', () => {
    useAppStore.setState({ lang: 'de', selection: { type: 'node', id: 'jp' } });
    render(<DetailPanel dataset={articleDataset} />);
    fireEvent.click(screen.getByRole('button', { name: 'Schließen' }));
    expect(useAppStore.getState().selection).toBeNull();
  });

  it('renders hostile text as text', () => {
    const data = structuredClone(articleDataset);
    data.nodes[0]!.label.de = '<img src=x onerror=alert(1)>';
    useAppStore.setState({ lang: 'de', selection: { type: 'node', id: data.nodes[0]!.id } });
    render(<DetailPanel dataset={data} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
