import type { Dataset, Evidence } from '../data/schema';
import type { Lang } from '../i18n/strings';
import { relationVerb } from '../i18n/describe';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { useShownGraph } from '../ui/useViewModel';

/** On paper, as on screen (RelationsTable), a huge graph lists its first relations and says how many more there are. */
const PRINT_LIMIT = 300;

function evidenceText(item: Evidence, lang: Lang): string {
  if (item.type === 'article') return lang === 'de' ? `„${item.quote}“` : `“${item.translation}”`;
  // On paper the publisher is enough ("Publisher: Title" → "Publisher"); the app links the page.
  const title = item.reference.title;
  const colon = title.indexOf(': ');
  return `${item.note[lang]} (${colon > 0 ? title.slice(0, colon) : title})`;
}

/**
 * The relations of the printed view with their evidence: only on paper (the
 * print stylesheet shows it), so a handout carries its sources. Evidence that
 * several relations share is printed once and cited by number, so the page
 * stays one page.
 */
export function PrintRelations({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { edges } = useShownGraph(dataset);
  const label = new Map(dataset.nodes.map((n) => [n.id, n.label[lang]]));
  const sources: string[] = [];
  const cite = (item: Evidence) => {
    const text = evidenceText(item, lang);
    const i = sources.indexOf(text);
    return i >= 0 ? i + 1 : sources.push(text);
  };
  const cited = edges
    .slice(0, PRINT_LIMIT)
    .map((edge) => ({ edge, refs: [...new Set(edge.evidence.map(cite))] }));
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
        {cited.map(({ edge, refs }) => (
          <li key={edge.id} data-print-relation={edge.id}>
            {/* Each piece of dataset text isolated, so its direction cannot reorder the line. */}
            <strong>
              <bdi>{label.get(edge.source) ?? edge.source}</bdi>
            </strong>{' '}
            <bdi className="relation-verb">{relationVerb(edge, lang)}</bdi>{' '}
            <strong>
              <bdi>{label.get(edge.target) ?? edge.target}</bdi>
            </strong>{' '}
            <span className="print-cite">[{refs.join(', ')}]</span>
          </li>
        ))}
      </ol>
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
}
