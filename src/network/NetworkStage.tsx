import { useState } from 'react';
import type { Dataset } from '../data/schema';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { DetailPanel } from '../explore/DetailPanel';
import { InteractionGate } from './InteractionGate';
import { NetworkRenderer } from './NetworkRenderer';
import { RelationsTable } from '../explore/RelationsTable';
import '../app/accessibility.css';

type View = 'network' | 'relations';

/**
 * The picture and its text twin: a switch between the network graphic and the
 * relations table. The table stays in the accessibility tree (visually hidden)
 * while the graphic is shown, so screen readers always have it. The switch
 * lies over the graphic's top-left corner (as the zoom buttons do on the
 * right), so the graphic keeps its full size and its layout.
 */
export function NetworkStage({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const embed = useAppStore((s) => s.embed);
  const [view, setView] = useState<View>('network');
  const views: [View, string][] = [
    ['network', t('viewNetwork')],
    ['relations', t('viewRelations')],
  ];
  return (
    <section
      className="stage"
      id="relations"
      tabIndex={-1}
      aria-label={t('relations')}
      data-stage-view={view}
    >
      <div className="stage-body">
        <div className="view-switch" role="group" aria-label={t('view')} data-view-switch>
          {views.map(([id, name]) => (
            <button
              key={id}
              type="button"
              aria-pressed={view === id}
              data-view={id}
              onClick={() => setView(id)}
            >
              {name}
            </button>
          ))}
        </div>
        <div className="stage-network" inert={view === 'relations'}>
          {embed ? (
            <InteractionGate>
              <NetworkRenderer dataset={dataset} />
            </InteractionGate>
          ) : (
            <NetworkRenderer dataset={dataset} />
          )}
        </div>
        <div
          className={view === 'relations' ? 'relations-view' : 'relations-view visually-hidden'}
          data-relations-view={view === 'relations' ? 'shown' : 'hidden'}
        >
          <RelationsTable dataset={dataset} shown={view === 'relations'} />
        </div>
        <DetailPanel dataset={dataset} />
      </div>
    </section>
  );
}
