import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { Dataset, Evidence } from '../data/schema';
import type { ShownGraph } from '../graph/viewModel';
import { relationSentence, relationVerb } from '../i18n/describe';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { useShownGraph } from '../ui/useViewModel';

/** Rows rendered at once: a graph of thousands of relations shows them page by page, so loading it never freezes the page. */
export const RELATIONS_PAGE = 300;

function EvidenceText({ item }: { item: Evidence }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  if (item.type === 'article') {
    return (
      <>
        <q lang="de">
          <bdi>{item.quote}</bdi>
        </q>{' '}
        <span lang="en" className="relations-translation">
          (<bdi>{item.translation}</bdi>)
        </span>
      </>
    );
  }
  return (
    <>
      <span className="relations-tag">{t('background')}:</span> <bdi>{item.note[lang]}</bdi>{' '}
      <span className="relations-reference">
        (<bdi>{item.reference.title}</bdi>)
      </span>
    </>
  );
}

/**
 * Every visible relation as a table (who, relation, whom, evidence), following
 * the filters exactly: the network as text. When the graphic is shown the
 * table is only visually hidden, so assistive technology always has it.
 * On narrow screens the rows are restyled as cards; browsers keep the table
 * semantics (checked in tests/e2e/a11y.spec.ts).
 */
export function RelationsTable({ dataset, shown }: { dataset: Dataset; shown: boolean }) {
  // The relations the network shows (the reader's filters, or the open story step's), a moment
  // after the network: a click on a filter redraws the picture at once, and the table's hundreds
  // of rows follow in a render the browser may interrupt.
  const graph = useDeferredValue(useShownGraph(dataset));
  return <RelationsTableRows dataset={dataset} shown={shown} graph={graph} />;
}

const RelationsTableRows = memo(function RelationsTableRows({
  dataset,
  shown,
  graph,
}: {
  dataset: Dataset;
  shown: boolean;
  graph: ShownGraph;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const { edges, story } = graph;
  const [limit, setLimit] = useState(RELATIONS_PAGE);
  const label = useMemo(() => {
    const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
    return (id: string) => byId.get(id)?.label[lang] ?? id;
  }, [dataset, lang]);

  return (
    <table className="relations-table" data-relations-table>
      <caption>
        {story
          ? `${t('relationsTableStoryCaption', { n: edges.length, step: story.index + 1, total: story.total })}, ${t('relationsTableStoryMarked', { n: story.highlightEdges.size })}`
          : t('relationsTableCaption', { n: edges.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('columnWho')}</th>
          <th scope="col">{t('columnRelation')}</th>
          <th scope="col">{t('columnWhom')}</th>
          <th scope="col">{t('columnEvidence')}</th>
        </tr>
      </thead>
      <tbody>
        {edges.length === 0 && (
          <tr>
            <td colSpan={4}>{t('relationsEmpty')}</td>
          </tr>
        )}
        {edges.slice(0, limit).map((edge) => {
          const verb = relationVerb(edge, lang);
          const selected = selection?.type === 'edge' && selection.id === edge.id;
          // The relations the open story step is about (the rest it shows from earlier steps).
          const inStep = story?.highlightEdges.has(edge.id) ?? false;
          return (
            <tr
              key={edge.id}
              data-relation-id={edge.id}
              data-in-step={inStep ? 'true' : undefined}
              aria-current={selected ? 'true' : undefined}
            >
              <th scope="row" dir="auto">
                {label(edge.source)}
              </th>
              <td>
                {/* The relation opens its details; only a tab stop while the table is on screen. */}
                <button
                  type="button"
                  className="link-button"
                  tabIndex={shown ? undefined : -1}
                  aria-label={t('showDetails', { relation: relationSentence(edge, lang, label) })}
                  onClick={() => select({ type: 'edge', id: edge.id })}
                >
                  <bdi>{verb}</bdi>
                </button>
                {inStep && <span className="relations-in-step"> {t('inThisStep')}</span>}
              </td>
              <td dir="auto">{label(edge.target)}</td>
              <td className="relations-evidence">
                {edge.evidence.map((item, i) => (
                  <p key={i}>
                    <EvidenceText item={item} />
                  </p>
                ))}
              </td>
            </tr>
          );
        })}
        {edges.length > limit && (
          <tr>
            <td colSpan={4}>
              <button
                type="button"
                className="link-button"
                tabIndex={shown ? undefined : -1}
                data-action="more-relations"
                onClick={() => setLimit((l) => l + RELATIONS_PAGE)}
              >
                {t('relationsMore', {
                  n: Math.min(RELATIONS_PAGE, edges.length - limit),
                  shown: limit,
                  total: edges.length,
                })}
              </button>
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
});
