import { useEffect, useRef } from 'react';
import { EDGE_KINDS } from '../data/kinds';
import type { Dataset } from '../data/schema';
import { edgesOf } from '../graph/neighbourhood';
import { GROUP_LABELS, NODE_KIND_LABELS } from '../i18n/strings';
import { relationVerb } from '../i18n/describe';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
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
  const setDetailPanel = useAppStore((s) => s.setDetailPanel);

  // Bring focus to the new details, except while the reader moves through the
  // network by keyboard: focus stays on the node (the panel is the next tab stops).
  useEffect(() => {
    if (document.activeElement?.closest('[data-node-id]')) return;
    headingRef.current?.focus({ preventScroll: true });
  }, [selection]);

  if (!selection) return null;
  // Closing returns focus to the node the details were about, so keyboard readers keep their place.
  const close = () => {
    const id = selection.type === 'node' ? selection.id : null;
    select(null);
    const nodes = document.querySelectorAll<SVGGElement>('[data-node-id]');
    [...nodes].find((el) => el.dataset.nodeId === id)?.focus();
  };
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
      ref={(el) => {
        // The camera keeps the nodes it brings into view clear of this panel.
        setDetailPanel(el);
        return () => setDetailPanel(null);
      }}
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
