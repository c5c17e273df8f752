import { useLayerView } from '../ui/useViewModel';
import { EDGE_KINDS, EDGE_KIND_IDS, NODE_KINDS } from '../data/kinds';
import type { Dataset } from '../data/schema';
import { EDGE_KIND_LABELS, NODE_KIND_LABELS } from '../i18n/strings';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { NodeSymbol } from '../network/NodeSymbol';

/** Explains every symbol the dataset uses: node shapes and relation lines. */
export function Legend({ dataset: whole }: { dataset: Dataset }) {
  // Explains what the reader's layers and year show.
  const dataset = useLayerView(whole);
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const nodeKinds = NODE_KINDS.filter((k) => dataset.nodes.some((n) => n.kind === k));
  const edgeKinds = EDGE_KIND_IDS.filter((k) => dataset.edges.some((e) => e.kind === k));
  // A layer that is switched on: its nodes are drawn with a dashed outline.
  const layers = (dataset.meta.layers ?? []).filter((l) => dataset.nodes.some((n) => n.layer === l.id));
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="panel-title">
        {t('legend')}
      </h2>
      <h3 className="legend-subtitle">{t('legendNodes')}</h3>
      <ul className="legend-list">
        {nodeKinds.map((kind) => (
          <li key={kind} data-legend-node-kind={kind}>
            <svg width="28" height="24" viewBox="-14 -12 28 24" aria-hidden="true">
              <g className={`node node-${kind}`}>
                <NodeSymbol kind={kind} radius={8} />
              </g>
            </svg>
            {NODE_KIND_LABELS[lang][kind]}
          </li>
        ))}
        {layers.map((layer) => (
          <li key={layer.id} data-legend-layer={layer.id}>
            <svg width="28" height="24" viewBox="-14 -12 28 24" aria-hidden="true">
              <g className="node node-country in-layer">
                <NodeSymbol kind="country" radius={8} />
              </g>
            </svg>
            {layer.label[lang]}
          </li>
        ))}
      </ul>
      <h3 className="legend-subtitle">{t('legendEdges')}</h3>
      <ul className="legend-list">
        {edgeKinds.map((kind) => (
          <li key={kind} data-legend-edge-kind={kind}>
            <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
              <g className={`edge edge-${kind} group-${EDGE_KINDS[kind].group}`}>
                <path
                  className="edge-line"
                  d={EDGE_KINDS[kind].directed ? 'M1,6L26,6' : 'M1,6L35,6'}
                  markerEnd={
                    EDGE_KINDS[kind].directed ? `url(#an-arrow-${EDGE_KINDS[kind].group})` : undefined
                  }
                />
              </g>
            </svg>
            {EDGE_KIND_LABELS[lang][kind]}
          </li>
        ))}
      </ul>
    </section>
  );
}
