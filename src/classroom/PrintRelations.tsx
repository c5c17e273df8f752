import type { Dataset, Evidence, GraphEdge } from '../data/schema';
import type { Lang } from '../i18n/strings';
import { relationVerb } from '../i18n/describe';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { useShownGraph } from '../ui/useViewModel';
import { useClassroomT } from './useClassroomT';

/** On paper, as on screen (RelationsTable), a huge graph lists its first relations and says how many more there are. */
const PRINT_LIMIT = 300;

function evidenceText(item: Evidence, lang: Lang): string {
  if (item.type === 'article') return lang === 'de' ? `„${item.quote}“` : `“${item.translation}”`;
  return `${item.note[lang]} (${item.reference.title})`;
}

function RelationList({ edges, dataset }: { edges: readonly GraphEdge[]; dataset: Dataset }) {
  const lang = useAppStore((s) => s.lang);
  const label = new Map(dataset.nodes.map((n) => [n.id, n.label[lang]]));
  return (
    <ol className="print-relations-list">
      {edges.map((edge) => (
        <li key={edge.id} data-print-relation={edge.id}>
          <strong>{label.get(edge.source) ?? edge.source}</strong>{' '}
          <span className="relation-verb">{relationVerb(edge, lang)}</span>{' '}
          <strong>{label.get(edge.target) ?? edge.target}</strong>
          {': '}
          <span className="print-evidence">{edge.evidence.map((e) => evidenceText(e, lang)).join(' ')}</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * The relations of the printed view with their evidence: only on paper (the
 * print stylesheet shows it), so a handout carries its sources. During a
 * story, the step's own relations come first, then those shown from earlier
 * steps. Loaded after the first picture (App.tsx), with the handout.
 */
export function PrintRelations({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const ct = useClassroomT();
  const { edges: shown, story } = useShownGraph(dataset);
  const edges = shown.slice(0, PRINT_LIMIT);
  const own = story ? edges.filter((e) => story.highlightEdges.has(e.id)) : edges;
  const earlier = story ? edges.filter((e) => !story.highlightEdges.has(e.id)) : [];
  return (
    <section
      className="print-relations print-only"
      data-print-relations
      aria-labelledby="print-relations-title"
    >
      <h2 id="print-relations-title" className="panel-title">
        {story ? ct('handoutStepRelations') : t('printRelations')}
      </h2>
      <RelationList edges={own} dataset={dataset} />
      {earlier.length > 0 && (
        <>
          <h3 className="panel-title">{ct('handoutEarlier')}</h3>
          <RelationList edges={earlier} dataset={dataset} />
        </>
      )}
      {shown.length > PRINT_LIMIT && <p>{t('printMore', { n: shown.length - PRINT_LIMIT })}</p>}
    </section>
  );
}
