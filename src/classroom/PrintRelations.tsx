import { memo, useDeferredValue } from 'react';
import type { Dataset, Evidence, GraphEdge } from '../data/schema';
import type { ShownGraph } from '../graph/viewModel';
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
  // On paper the publisher is enough ("Publisher: Title" → "Publisher"); the app links the page.
  const title = item.reference.title;
  const colon = title.indexOf(': ');
  return `${item.note[lang]} (${colon > 0 ? title.slice(0, colon) : title})`;
}

interface Cited {
  edge: GraphEdge;
  refs: number[];
}

function RelationList({ items, label }: { items: readonly Cited[]; label: (id: string) => string }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <ol className="print-relations-list">
      {items.map(({ edge, refs }) => (
        <li key={edge.id} data-print-relation={edge.id}>
          {/* Each piece of dataset text isolated, so its direction cannot reorder the line. */}
          <strong>
            <bdi>{label(edge.source)}</bdi>
          </strong>{' '}
          <bdi className="relation-verb">{relationVerb(edge, lang)}</bdi>{' '}
          <strong>
            <bdi>{label(edge.target)}</bdi>
          </strong>{' '}
          <span className="print-cite">[{refs.join(', ')}]</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * The relations of the printed view with their evidence: only on paper (the
 * print stylesheet shows it), so a handout carries its sources. Evidence that
 * several relations share is printed once and cited by number. During a
 * story, the step's own relations come first, then those shown from earlier
 * steps. Loaded after the first picture (App.tsx), with the handout.
 */
export function PrintRelations({ dataset }: { dataset: Dataset }) {
  // Only on paper: it follows the filters a moment after the network (as RelationsTable does).
  const graph = useDeferredValue(useShownGraph(dataset));
  return <PrintRelationsList dataset={dataset} graph={graph} />;
}

const PrintRelationsList = memo(function PrintRelationsList({
  dataset,
  graph,
}: {
  dataset: Dataset;
  graph: ShownGraph;
}) {
  const t = useT();
  const ct = useClassroomT();
  const lang = useAppStore((s) => s.lang);
  const { edges, story } = graph;
  const names = new Map(dataset.nodes.map((n) => [n.id, n.label[lang]]));
  const label = (id: string) => names.get(id) ?? id;
  const listed = edges.slice(0, PRINT_LIMIT);
  const own = story ? listed.filter((e) => story.highlightEdges.has(e.id)) : listed;
  const earlier = story ? listed.filter((e) => !story.highlightEdges.has(e.id)) : [];
  // Numbered in the order the relations are printed.
  const sources: string[] = [];
  const cite = (item: Evidence) => {
    const text = evidenceText(item, lang);
    const i = sources.indexOf(text);
    return i >= 0 ? i + 1 : sources.push(text);
  };
  const cited = (list: readonly GraphEdge[]) =>
    list.map((edge) => ({ edge, refs: [...new Set(edge.evidence.map(cite))] }));
  const ownCited = cited(own);
  const earlierCited = cited(earlier);
  return (
    <section
      className="print-relations print-only"
      data-print-relations
      aria-labelledby="print-relations-title"
    >
      <h2 id="print-relations-title" className="panel-title">
        {story ? ct('handoutStepRelations') : t('printRelations')}
      </h2>
      <RelationList items={ownCited} label={label} />
      {earlierCited.length > 0 && (
        <>
          <h3 className="panel-title">{ct('handoutEarlier')}</h3>
          <RelationList items={earlierCited} label={label} />
        </>
      )}
      <div className="print-evidence">
        {sources.map((text, i) => (
          <p key={text} data-print-evidence={i + 1}>
            [{i + 1}] <bdi>{text}</bdi>
          </p>
        ))}
      </div>
      {edges.length > PRINT_LIMIT && <p>{t('printMore', { n: edges.length - PRINT_LIMIT })}</p>}
    </section>
  );
});
