import { useT } from '../ui/useT';

/** The first tab stop: jumps past the header and the filters to the network and its relations. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#relations" data-skip-link>
      {t('skipToRelations')}
    </a>
  );
}
