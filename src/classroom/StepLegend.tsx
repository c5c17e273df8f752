import { EDGE_KINDS, EDGE_KIND_IDS, NODE_KINDS } from '../data/kinds';
import type { Dataset } from '../data/schema';
import type { StoryView } from '../graph/story';
import { EDGE_KIND_LABELS, NODE_KIND_LABELS } from '../i18n/strings';
import { NodeSymbol } from '../network/NodeSymbol';
import { useAppStore } from '../store/store';
import { useT } from '../ui/useT';
import { useClassroomT } from './useClassroomT';

/**
 * A compact legend of what the story step shows: only the kinds of nodes and
 * relations it highlights, and how what it newly shows differs from what it
 * highlights again. For a projector, where nobody can hover to find out.
 */
export function StepLegend({ dataset, view }: { dataset: Dataset; view: StoryView }) {
  const t = useT();
  const ct = useClassroomT();
  const lang = useAppStore((s) => s.lang);
  const nodeKinds = new Set(dataset.nodes.filter((n) => view.highlightNodes.has(n.id)).map((n) => n.kind));
  const edgeKinds = new Set(dataset.edges.filter((e) => view.highlightEdges.has(e.id)).map((e) => e.kind));
  const hasAgain = [...view.highlightNodes].some((id) => !view.newNodes.has(id));
  return (
    <div className="step-legend" role="group" aria-labelledby="step-legend-title" data-step-legend>
      <p id="step-legend-title" className="step-legend-title">
        {ct('stepLegend')}
      </p>
      <ul className="step-legend-list">
        {NODE_KINDS.filter((k) => nodeKinds.has(k)).map((kind) => (
          <li key={kind} data-legend-node-kind={kind}>
            <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">
              <g className={`node node-${kind}`}>
                <NodeSymbol kind={kind} radius={7} />
              </g>
            </svg>
            {NODE_KIND_LABELS[lang][kind]}
          </li>
        ))}
        {EDGE_KIND_IDS.filter((k) => edgeKinds.has(k)).map((kind) => (
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
        {view.newNodes.size > 0 && (
          <li data-legend-mark="new">
            <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">
              <circle className="step-legend-dot" r="5" />
              <circle className="node-new-ring" r="9" />
            </svg>
            {t('newInStep')}
          </li>
        )}
        {hasAgain && (
          <li data-legend-mark="again">
            <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">
              <circle className="step-legend-dot step-legend-again" r="5" />
            </svg>
            {ct('againInStep')}
          </li>
        )}
      </ul>
    </div>
  );
}
