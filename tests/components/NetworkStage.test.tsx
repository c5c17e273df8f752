import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import rawDataset from '../../data/alliance-network.json';
import type { Dataset } from '../../src/data/schema';
import { DEFAULT_LAYER_FILTER, layerGraph } from '../../src/graph/layers';
import { NetworkStage } from '../../src/network/NetworkStage';
import { degrees } from '../../src/graph/neighbourhood';
import { initialState, useAppStore } from '../../src/store/store';

const dataset = rawDataset as Dataset;
/** What the default view holds: the article, without the optional layer. */
const shown = layerGraph(dataset, DEFAULT_LAYER_FILTER);

beforeEach(() => useAppStore.setState({ ...initialState, lang: 'de' }));

describe('NetworkStage', () => {
  it('switches between the graphic and the relations table; the table is always there', async () => {
    const { container } = render(<NetworkStage dataset={dataset} />);
    const view = () => container.querySelector('[data-relations-view]')!;
    expect(view().getAttribute('data-relations-view')).toBe('hidden');
    expect(container.querySelector('[data-relations-table]')).not.toBeNull();
    expect(view().closest('[aria-hidden="true"], [hidden]')).toBeNull();

    const relations = screen.getByRole('button', { name: 'Beziehungen' });
    await userEvent.click(relations);
    expect(relations.getAttribute('aria-pressed')).toBe('true');
    expect(view().getAttribute('data-relations-view')).toBe('shown');
    expect(container.querySelector('.stage-network')?.hasAttribute('inert')).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Netzwerk' }));
    expect(view().getAttribute('data-relations-view')).toBe('hidden');
    expect(container.querySelector('.stage-network')?.hasAttribute('inert')).toBe(false);
  });

  it('gives the network a name and summary, and one tab stop among named nodes', () => {
    const { container } = render(<NetworkStage dataset={dataset} />);
    const svg = container.querySelector('svg.network-svg')!;
    expect(svg.getAttribute('aria-label')).toContain(
      `${shown.nodes.length} Knoten, ${shown.edges.length} Beziehungen; Bündnisse sichtbar, Bedrohungen sichtbar`,
    );
    const nodes = [...container.querySelectorAll<SVGGElement>('[data-node-id]')];
    expect(nodes.filter((n) => n.getAttribute('tabindex') === '0')).toHaveLength(1);
    const jp = container.querySelector('[data-node-id="jp"]')!;
    const count = degrees(shown.edges).get('jp');
    expect(jp.getAttribute('role')).toBe('button');
    expect(jp.getAttribute('aria-label')).toBe(`Japan, Land, ${count} Beziehungen`);

    const cn = container.querySelector('[data-node-id="cn"]')!;
    const cnCount = degrees(shown.edges).get('cn');
    expect(cn.getAttribute('aria-label')).toBe(`China, Land, ${cnCount} Beziehungen`);
    act(() => useAppStore.getState().toggleHidden('threats'));
    expect(svg.getAttribute('aria-label')).toContain('Bedrohungen ausgeblendet');
    expect(cn.getAttribute('aria-label')).not.toBe(`China, Land, ${cnCount} Beziehungen`);
  });

  it('Enter on a node selects it and opens its details', async () => {
    const { container } = render(<NetworkStage dataset={dataset} />);
    const jp = container.querySelector<SVGGElement>('[data-node-id="jp"]')!;
    act(() => jp.focus());
    await userEvent.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ type: 'node', id: 'jp' });
    expect(container.querySelector('[data-detail-for="node:jp"]')).not.toBeNull();
    expect(document.activeElement).toBe(jp);
    await userEvent.keyboard('{Escape}');
    expect(useAppStore.getState().selection).toBeNull();
  });
});
