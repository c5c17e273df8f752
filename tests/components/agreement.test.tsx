import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import rawDataset from '../../data/alliance-network.json';
import type { Dataset } from '../../src/data/schema';
import { PrintRelations } from '../../src/classroom/PrintRelations';
import { LiveAnnouncer } from '../../src/explore/LiveAnnouncer';
import { NetworkStage } from '../../src/network/NetworkStage';
import { initialState, useAppStore } from '../../src/store/store';

const dataset = rawDataset as Dataset;

/** The surfaces that say what is shown: network (SVG), relations table, detail panel, print list, live region. */
function renderAll() {
  return render(
    <>
      <NetworkStage dataset={dataset} />
      <PrintRelations dataset={dataset} />
      <LiveAnnouncer dataset={dataset} />
    </>,
  );
}

const ids = (root: ParentNode, selector: string, attr: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.getAttribute(attr)).toSorted();

beforeEach(() => useAppStore.setState({ ...initialState, dataset, lang: 'en' }));

describe('every surface shows the same relations', () => {
  it('at a story step: network, relations table, print list and detail panel agree', () => {
    const { container } = renderAll();
    act(() => useAppStore.getState().openStory(4));
    const drawn = ids(container, '.network-svg [data-edge-id]', 'data-edge-id');
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(dataset.edges.length);
    expect(ids(container, '[data-relations-table] [data-relation-id]', 'data-relation-id')).toEqual(drawn);
    expect(ids(container, '[data-print-relation]', 'data-print-relation')).toEqual(drawn);
    expect(container.querySelector('[data-relations-table] caption')?.textContent).toContain(
      `step 5 of ${dataset.story?.length}`,
    );

    // The detail panel of a node lists only relations the step shows.
    // A node of the step that has relations the step does not show.
    const node = ids(container, '.network-svg [data-node-id]', 'data-node-id').find((id) =>
      dataset.edges.some((e) => (e.source === id || e.target === id) && !drawn.includes(e.id)),
    )!;
    expect(node).toBeDefined();
    act(() => useAppStore.getState().select({ type: 'node', id: node }));
    const panel = container.querySelector('[data-detail-for]')!;
    expect(panel).not.toBeNull();
    const shownOfNode = dataset.edges
      .filter((e) => (e.source === node || e.target === node) && drawn.includes(e.id))
      .map((e) => e.id)
      .toSorted();
    expect(ids(panel, '[data-detail-relation]', 'data-detail-relation')).toEqual(shownOfNode);
  });

  it('with a filter: network, relations table, print list and live region agree', () => {
    const { container } = renderAll();
    act(() => useAppStore.getState().toggleHidden('threats'));
    const drawn = ids(container, '.network-svg [data-edge-id]', 'data-edge-id');
    expect(drawn.length).toBeLessThan(dataset.edges.length);
    expect(ids(container, '[data-relations-table] [data-relation-id]', 'data-relation-id')).toEqual(drawn);
    expect(ids(container, '[data-print-relation]', 'data-print-relation')).toEqual(drawn);
    expect(container.querySelector('[data-live-announcer]')?.textContent).toContain(
      `${drawn.length} relations`,
    );
  });
});
