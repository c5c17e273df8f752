import type { Dataset, Evidence } from '../data/schema';
import type { Lang } from '../i18n/strings';
import { relationVerb } from '../i18n/describe';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { useShownGraph } from '../ui/useViewModel';

function evidenceText(item: Evidence, lang: Lang): string {
  if (item.type === 'article') return lang === 'de' ? `„${item.quote}“` : `“${item.translation}”`;
  return `${item.note[lang]} (${item.reference.title})`;
}

/**
 * The relations of the printed view with their evidence: only on paper (the
 * print stylesheet shows it), so a handout carries its sources.
 */
export function PrintRelations({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { edges } = useShownGraph(dataset);
  const label = new Map(dataset.nodes.map((n) => [n.id, n.label[lang]]));
  return (
    <section
      className="print-relations print-only"
      data-print-relations
      aria-labelledby="print-relations-title"
    >
      <h2 id="print-relations-title" className="panel-title">
        {t('printRelations')}
      </h2>
      <ol className="print-relations-list">
        {edges.map((edge) => (
          <li key={edge.id} data-print-relation={edge.id}>
            <strong>{label.get(edge.source) ?? edge.source}</strong>{' '}
            <span className="relation-verb">{relationVerb(edge, lang)}</span>{' '}
            <strong>{label.get(edge.target) ?? edge.target}</strong>
            {': '}
            <span className="print-evidence">
              {edge.evidence.map((e) => evidenceText(e, lang)).join(' ')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
