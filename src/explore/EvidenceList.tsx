import type { Evidence } from '../data/schema';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { SafeLink } from '../ui/SafeLink';

/** Quotes from the article (German, with translation) and background notes with their reference. */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  return (
    <ul className="evidence-list">
      {evidence.map((item, i) =>
        item.type === 'article' ? (
          <li key={i} className="evidence evidence-article" data-evidence="article">
            <span className="evidence-tag">{t('fromArticle')}</span>
            <blockquote lang="de" className="evidence-quote">
              „<bdi>{item.quote}</bdi>“
            </blockquote>
            <p lang="en" className="evidence-translation">
              <span className="visually-hidden">{t('translation')}: </span>
              <bdi>{item.translation}</bdi>
            </p>
          </li>
        ) : (
          <li key={i} className="evidence evidence-background" data-evidence="background">
            <span className="evidence-tag evidence-tag-background">{t('background')}</span>
            <p className="evidence-note" dir="auto">
              {item.note[lang]}
            </p>
            <p className="evidence-reference">
              {t('backgroundHint')}{' '}
              <SafeLink href={item.reference.url}>
                <bdi>{item.reference.title}</bdi>
              </SafeLink>
            </p>
          </li>
        ),
      )}
    </ul>
  );
}
