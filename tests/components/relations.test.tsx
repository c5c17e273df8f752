import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import rawDataset from '../../data/alliance-network.json';
import { EDGE_KINDS } from '../../src/data/kinds';
import type { Dataset } from '../../src/data/schema';
import { DEFAULT_LAYER_FILTER, layerGraph } from '../../src/graph/layers';
import { DetailPanel } from '../../src/explore/DetailPanel';
import { LiveAnnouncer } from '../../src/explore/LiveAnnouncer';
import { RelationsTable } from '../../src/explore/RelationsTable';
import { initialState, useAppStore } from '../../src/store/store';

const dataset = rawDataset as Dataset;
/** What the default view holds: the article, without the optional layer. */
const shown = layerGraph(dataset, DEFAULT_LAYER_FILTER);
const rows = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-relations-table] [data-relation-id]')].map((r) =>
    r.getAttribute('data-relation-id'),
  );

beforeEach(() => useAppStore.setState({ ...initialState, lang: 'en' }));

describe('RelationsTable', () => {
  it('lists every relation with who, relation, whom and evidence', () => {
    const { container } = render(<RelationsTable dataset={dataset} shown />);
    expect(rows(container)).toEqual(shown.edges.map((e) => e.id));
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Who', 'Relation', 'Whom', 'Evidence']);
    const row = container.querySelector('[data-relation-id="us-jp-alliance"]') as HTMLElement;
    const quote = dataset.edges.find((e) => e.id === 'us-jp-alliance')!.evidence[0]!;
    expect(row.textContent).toContain('United States');
    expect(row.textContent).toContain('Japan');
    if (quote.type === 'article') {
      expect(within(row).getByText(quote.quote).closest('[lang]')?.getAttribute('lang')).toBe('de');
      expect(row.textContent).toContain(quote.translation);
    }
  });

  it('adds the relations of a layer that is switched on, with their evidence, and follows the year', () => {
    const { container } = render(<RelationsTable dataset={dataset} shown />);
    act(() => useAppStore.getState().setLayers(['wider']));
    const wider = layerGraph(dataset, { layers: new Set(['wider']), until: null });
    expect(rows(container)).toEqual(wider.edges.map((e) => e.id));
    expect(rows(container).length).toBeGreaterThan(shown.edges.length);
    const row = container.querySelector('[data-relation-id="us-kr-treaty"]') as HTMLElement;
    expect(row.textContent).toContain('South Korea');
    // Its evidence: the background fact and the page that states it.
    expect(row.textContent).toContain(
      'Mutual Defense Treaty between the United States and the Republic of Korea',
    );
    expect(row.textContent).toContain('Wikipedia (mirror)');
    act(() => useAppStore.getState().setUntil(1955));
    const early = layerGraph(dataset, { layers: new Set(['wider']), until: 1955 });
    expect(rows(container)).toEqual(early.edges.map((e) => e.id));
    expect(rows(container)).not.toContain('us-jp-alliance');
  });

  it('follows the filters exactly: groups and node kinds', () => {
    const { container } = render(<RelationsTable dataset={dataset} shown />);
    act(() => useAppStore.getState().toggleHidden('threats'));
    expect(rows(container)).toEqual(
      shown.edges.filter((e) => EDGE_KINDS[e.kind].group !== 'threats').map((e) => e.id),
    );
    act(() => useAppStore.getState().toggleHidden('person'));
    const persons = new Set(shown.nodes.filter((n) => n.kind === 'person').map((n) => n.id));
    const expected = shown.edges.filter(
      (e) => EDGE_KINDS[e.kind].group !== 'threats' && !persons.has(e.source) && !persons.has(e.target),
    );
    expect(rows(container)).toEqual(expected.map((e) => e.id));
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toContain(`(${expected.length})`);
  });

  it('says so when nothing is visible', () => {
    act(() => useAppStore.getState().setHidden(['alliances', 'threats', 'diplomacy', 'context']));
    const { container } = render(<RelationsTable dataset={dataset} shown />);
    expect(rows(container)).toEqual([]);
    expect(container.textContent).toContain('No relation visible');
  });

  it('opens a relation’s details; its buttons are no tab stops while the table is hidden', async () => {
    const { rerender } = render(<RelationsTable dataset={dataset} shown={false} />);
    const button = screen.getByRole('button', { name: /Details on United States is allied with Japan/ });
    expect(button.tabIndex).toBe(-1);
    rerender(<RelationsTable dataset={dataset} shown />);
    expect(button.tabIndex).toBe(0);
    await userEvent.click(button);
    expect(useAppStore.getState().selection).toEqual({ type: 'edge', id: 'us-jp-alliance' });
  });
});

describe('LiveAnnouncer', () => {
  it('politely announces filter changes and selections', () => {
    const { container } = render(<LiveAnnouncer dataset={dataset} />);
    const region = container.querySelector('[data-live-announcer]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    act(() => useAppStore.getState().toggleHidden('threats'));
    const visibleEdges = shown.edges.filter((e) => EDGE_KINDS[e.kind].group !== 'threats').length;
    expect(region.textContent).toBe(`Threats hidden. ${shown.nodes.length} nodes, ${visibleEdges} relations`);
    act(() => useAppStore.getState().select({ type: 'node', id: 'jp' }));
    expect(region.textContent).toBe('Selected: Japan, Country. Details open.');
    act(() => useAppStore.getState().select(null));
    expect(region.textContent).toBe('Selection cleared.');
    act(() => useAppStore.getState().setLang('de'));
    act(() => useAppStore.getState().toggleHidden('threats'));
    expect(region.textContent).toMatch(/^Bedrohungen sichtbar\. \d+ Knoten, \d+ Beziehungen$/);
  });
});

describe('DetailPanel focus', () => {
  it('moves focus to the details, but not away from a node focused by keyboard', () => {
    render(
      <>
        <svg>
          <g data-node-id="jp" tabIndex={0} role="button" aria-label="Japan" />
        </svg>
        <button type="button">elsewhere</button>
        <DetailPanel dataset={dataset} />
      </>,
    );
    const node = document.querySelector<SVGGElement>('[data-node-id="jp"]')!;
    act(() => node.focus());
    act(() => useAppStore.getState().select({ type: 'node', id: 'jp' }));
    expect(screen.getByRole('complementary')).toBeTruthy();
    expect(document.activeElement).toBe(node);

    act(() => screen.getByRole('button', { name: 'elsewhere' }).focus());
    act(() => useAppStore.getState().select({ type: 'node', id: 'us' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });
});

describe('DetailPanel close', () => {
  it('moves no focus while no details were open (the page keeps its first tab stop)', () => {
    render(
      <>
        <section id="relations" tabIndex={-1} />
        <DetailPanel dataset={dataset} />
      </>,
    );
    expect(document.activeElement).toBe(document.body);
  });

  it('returns focus to the node the details were about', async () => {
    render(
      <>
        <svg>
          <g data-node-id="jp" tabIndex={-1} role="button" aria-label="Japan" />
        </svg>
        <DetailPanel dataset={dataset} />
      </>,
    );
    act(() => useAppStore.getState().select({ type: 'node', id: 'jp' }));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(useAppStore.getState().selection).toBeNull();
    expect(document.activeElement).toBe(document.querySelector('[data-node-id="jp"]'));
  });
});
