import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../../src/explore/FilterPanel';
import { SearchBox } from '../../src/explore/SearchBox';
import { initialState, useAppStore } from '../../src/store/store';
import { articleDataset } from '../unit/fixtures';

beforeEach(() => {
  useAppStore.setState({ ...initialState, dataset: articleDataset, hidden: new Set() });
});

describe('FilterPanel', () => {
  it('has the Alliances and Threats toggles, on by default', () => {
    useAppStore.setState({ lang: 'en' });
    render(<FilterPanel dataset={articleDataset} />);
    expect((screen.getByRole('checkbox', { name: /Alliances/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /Threats/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('toggling Bedrohungen hides the threats group in the store and back', () => {
    useAppStore.setState({ lang: 'de' });
    render(<FilterPanel dataset={articleDataset} />);
    const box = screen.getByRole('checkbox', { name: /Bedrohungen/ });
    fireEvent.click(box);
    expect(useAppStore.getState().hidden.has('threats')).toBe(true);
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    expect(useAppStore.getState().hidden.has('threats')).toBe(false);
  });

  it('offers a toggle per node kind in use', () => {
    useAppStore.setState({ lang: 'en' });
    render(<FilterPanel dataset={articleDataset} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Person/ }));
    expect(useAppStore.getState().hidden.has('person')).toBe(true);
  });
});

describe('SearchBox', () => {
  it('finds a node by its label in the other language and selects it with Enter', () => {
    useAppStore.setState({ lang: 'de' });
    render(<SearchBox dataset={articleDataset} />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'north' } });
    expect(screen.getByRole('option', { name: /Nordkorea/ })).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(useAppStore.getState().selection).toEqual({ type: 'node', id: 'kp' });
  });

  it('says when nothing matches', () => {
    useAppStore.setState({ lang: 'en' });
    render(<SearchBox dataset={articleDataset} />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'zzzz' } });
    expect(screen.getByText('No match')).toBeTruthy();
  });
});
