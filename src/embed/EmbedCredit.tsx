import type { Dataset } from '../data/schema';
import { fullAppUrl } from './shareUrl';
import { urlStateOf } from '../store/viewUrl';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { SafeLink } from '../ui/SafeLink';
import { TextWith } from '../ui/TextWith';
import { useDataSourceLabel } from '../ui/useDataSourceLabel';
import { ShareControls } from './ShareControls';
import './embed.css';

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return null;
  }
}

/**
 * The embed's small credit line: the source, a link to the full app (new tab),
 * Share and Embed; above it, for any dataset but the article's, a marker
 * saying so, so a host page cannot pass off other data as the article's.
 */
export function EmbedCredit({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const otherData = useDataSourceLabel();
  const href = useAppStore((s) => fullAppUrl(window.location.href, urlStateOf(s, true)));
  const { source } = dataset.meta;
  const host = hostOf(source.url);
  return (
    <footer className="embed-credit">
      {otherData !== null && (
        <p className="embed-other-data" data-dataset-source={otherData}>
          <TextWith k="otherData" values={{ source: otherData }} />
        </p>
      )}
      <p className="embed-credit-source">
        {t('creditPrefix')}{' '}
        <SafeLink href={source.url}>
          <bdi>{source.name}</bdi>
        </SafeLink>
        {host && <span className="credit-url">{` (${host})`}</span>}
      </p>
      <a
        className="embed-credit-open"
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        data-action="open-full-app"
      >
        {t('openFullApp')}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> {t('opensNewTab')}</span>
      </a>
      <ShareControls />
    </footer>
  );
}
