import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import rawDataset from '../../data/alliance-network.json';
import type { Dataset } from '../../src/data/schema';
import * as viewModel from '../../src/graph/viewModel';
import { PrintRelations } from '../../src/classroom/PrintRelations';
import { NetworkStage } from '../../src/network/NetworkStage';
import { initialState, useAppStore } from '../../src/store/store';
import { ShownGraphProvider } from '../../src/ui/useViewModel';

vi.mock('../../src/graph/viewModel', async (original) => {
  const actual = await original<typeof import('../../src/graph/viewModel')>();
  return { ...actual, shownGraph: vi.fn(actual.shownGraph) };
});

const dataset = rawDataset as Dataset;
const edgeIds = (root: ParentNode, selector: string, attr: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.getAttribute(attr)).toSorted();

beforeEach(() => {
  useAppStore.setState({ ...initialState, dataset, lang: 'en' });
  vi.mocked(viewModel.shownGraph).mockClear();
});

describe('what is shown is computed once for every surface', () => {
  it('network, relations table and print list share one computation per filter change', () => {
    const { container } = render(
      <ShownGraphProvider dataset={dataset}>
        <NetworkStage dataset={dataset} />
        <PrintRelations dataset={dataset} />
      </ShownGraphProvider>,
    );
    // StrictMode is off here: one render, one computation for all three surfaces.
    expect(viewModel.shownGraph).toHaveBeenCalledTimes(1);
    act(() => useAppStore.getState().toggleHidden('threats'));
    expect(viewModel.shownGraph).toHaveBeenCalledTimes(2);
    const drawn = edgeIds(container, '.network-svg [data-edge-id]', 'data-edge-id');
    expect(drawn.length).toBeLessThan(dataset.edges.length);
    expect(edgeIds(container, '[data-relations-table] [data-relation-id]', 'data-relation-id')).toEqual(
      drawn,
    );
    expect(edgeIds(container, '[data-print-relation]', 'data-print-relation')).toEqual(drawn);
  });

  it('a surface outside a provider computes its own', () => {
    render(<PrintRelations dataset={dataset} />);
    expect(viewModel.shownGraph).toHaveBeenCalledTimes(1);
  });
});
