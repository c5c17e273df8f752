import type { Dataset } from '../data/schema';
import { useT } from '../ui/useT';
import { SafeLink } from '../ui/SafeLink';

/** The source line every view of the graphic carries. */
export function Credit({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const { source } = dataset.meta;
  return (
    <p className="credit">
      {t('creditPrefix')}{' '}
      <SafeLink href={source.url}>
        <bdi>{source.name}</bdi>
      </SafeLink>
      {source.title && (
        <span lang="de">
          {' – „'}
          <bdi>{source.title}</bdi>“
        </span>
      )}
      {source.url && <span className="credit-url">{` (${new URL(source.url).host})`}</span>}
    </p>
  );
}
