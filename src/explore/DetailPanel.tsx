import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { EDGE_KINDS } from '../data/kinds';
import type { Dataset } from '../data/schema';
import type { Selection } from '../graph/viewModel';
import { edgesOf } from '../graph/neighbourhood';
import { GROUP_LABELS, NODE_KIND_LABELS } from '../i18n/strings';
import { relationVerb } from '../i18n/describe';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { focusFirst, focusIsLost } from '../ui/focus';
import { useShownGraph } from '../ui/useViewModel';
import { EvidenceList } from './EvidenceList';

/** Everything known about the selected node or relation, with its evidence. */
export function DetailPanel({ dataset }: { dataset: Dataset }) {
  const t = useT();
  // Relations as the network shows them (filters, or the open story step).
  const { edges } = useShownGraph(dataset);
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  // What opened the details (a node, a table row's button, a search result …): focus goes back there.
  const openerRef = useRef<{ element: Element; nodeId: string | null } | null>(null);
  const aboutRef = useRef<string | null>(null);
  const wasOpenRef = useRef(false);
  const setDetailPanel = useAppStore((s) => s.setDetailPanel);
  // The camera keeps the nodes it brings into view clear of this panel. A stable callback: it runs
  // when the panel mounts and unmounts, not on every render (which would unset it in between).
  const attachPanel = useCallback(
    (el: HTMLElement | null) => {
      panelRef.current = el;
      setDetailPanel(el);
      return () => {
        panelRef.current = null;
        setDetailPanel(null);
      };
    },
    [setDetailPanel],
  );
  // Leaving the story gives back the reader's selection: its panel reappears without taking focus.
  const storyOpen = useAppStore((s) => s.storyStep !== null);
  const storyWasOpen = useRef(storyOpen);

  // Only a new selection moves focus; the story's state is read, not reacted to.
  const onSelectionChange = useEffectEvent((selected: Selection) => {
    const active = document.activeElement;
    if (!selected) {
      // Closed (× button, Escape, …): if focus went down with the panel, it returns to what opened
      // it, else (opened by a link) to the node the details were about. No panel was open (the
      // first render): focus stays where the page has it.
      const opener = openerRef.current;
      const about = aboutRef.current;
      openerRef.current = null;
      aboutRef.current = null;
      const wasOpen = wasOpenRef.current;
      wasOpenRef.current = false;
      if (!wasOpen || !focusIsLost()) return;
      // A node drawn anew (e.g. after a filter) is found by its id (ids are kebab-case).
      const node = (id: string | null | undefined) =>
        id ? document.querySelector(`[data-node-id="${id}"]`) : null;
      focusFirst([opener?.element, node(opener?.nodeId), node(about), document.getElementById('relations')]);
      return;
    }
    wasOpenRef.current = true;
    aboutRef.current = selected.type === 'node' ? selected.id : null;
    // Remember the opener, unless the focus is already in the panel (a relation named in it).
    if (active && active !== document.body && !panelRef.current?.contains(active)) {
      const nodeId = active.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null;
      openerRef.current = { element: active, nodeId };
    }
    // Bring focus to the new details, except while the reader moves through the
    // network by keyboard: focus stays on the node (the panel is the next tab stops).
    const focusedNode = active?.closest('[data-node-id]')?.getAttribute('data-node-id');
    // The panel (now drawn, and known to the camera) must not cover the node that has focus.
    if (focusedNode) useAppStore.getState().focusNode(focusedNode);
    if (focusedNode || (storyWasOpen.current && !storyOpen)) return;
    headingRef.current?.focus({ preventScroll: true });
  });
  useEffect(() => onSelectionChange(selection), [selection]);
  useEffect(() => {
    storyWasOpen.current = storyOpen;
  });

  if (!selection) return null;
  const close = () => select(null);
  const nodeById = new Map(dataset.nodes.map((n) => [n.id, n]));
  const label = (id: string) => nodeById.get(id)?.label[lang] ?? id;

  let body;
  if (selection.type === 'node') {
    const node = nodeById.get(selection.id);
    if (!node) return null;
    const relations = edgesOf(node.id, edges);
    body = (
      <>
        <p className="detail-kind">
          <span className={`detail-kind-badge kind-${node.kind}`}>{NODE_KIND_LABELS[lang][node.kind]}</span>
        </p>
        <h2 className="detail-title" dir="auto" tabIndex={-1} ref={headingRef}>
          {node.label[lang]}
        </h2>
        <p className="detail-description" dir="auto">
          {node.description?.[lang] ?? t('noDescription')}
        </p>
        {relations.length > 0 && (
          <>
            <h3 className="detail-subtitle">{t('relations')}</h3>
            <ul className="detail-relations">
              {relations.map((e) => (
                <li key={e.id} className={`group-${EDGE_KINDS[e.kind].group}`} data-detail-relation={e.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => select({ type: 'edge', id: e.id })}
                  >
                    <bdi>{label(e.source)}</bdi> <bdi className="relation-verb">{relationVerb(e, lang)}</bdi>{' '}
                    <bdi>{label(e.target)}</bdi>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3 className="detail-subtitle">{t('evidence')}</h3>
        <EvidenceList evidence={node.evidence} />
      </>
    );
  } else {
    const edge = dataset.edges.find((e) => e.id === selection.id);
    if (!edge) return null;
    body = (
      <>
        <p className="detail-kind">
          <span className={`detail-kind-badge group-${EDGE_KINDS[edge.kind].group}`}>
            {GROUP_LABELS[lang][EDGE_KINDS[edge.kind].group]}
          </span>
        </p>
        <h2 className="detail-title" tabIndex={-1} ref={headingRef}>
          <button
            type="button"
            className="link-button"
            onClick={() => select({ type: 'node', id: edge.source })}
          >
            <bdi>{label(edge.source)}</bdi>
          </button>{' '}
          <bdi className="relation-verb">{relationVerb(edge, lang)}</bdi>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => select({ type: 'node', id: edge.target })}
          >
            <bdi>{label(edge.target)}</bdi>
          </button>
        </h2>
        <p className="detail-description" dir="auto">
          {edge.description?.[lang] ?? t('noDescription')}
        </p>
        <h3 className="detail-subtitle">{t('evidence')}</h3>
        <EvidenceList evidence={edge.evidence} />
      </>
    );
  }

  return (
    <aside
      ref={attachPanel}
      className="detail-panel"
      aria-label={t('details')}
      data-detail-for={`${selection.type}:${selection.id}`}
    >
      <button type="button" className="detail-close" onClick={close} aria-label={t('close')}>
        ×
      </button>
      {body}
    </aside>
  );
}
