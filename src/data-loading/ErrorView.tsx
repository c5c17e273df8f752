import { useEffect, useRef } from 'react';
import { formatProblem } from '../data/problem';
import type { Problem } from '../data/validate';
import { useT } from '../ui/useT';
import { TextWith } from '../ui/TextWith';
import type { LoadError } from '../store/store';

/** A problem in the reader's language where there is a sentence for it, else the checker's line. */
function useProblemText() {
  const t = useT();
  return (p: Problem) => {
    if (p.reason?.code === 'redirected') {
      return p.reason.host ? t('problemRedirected', { host: p.reason.host }) : t('problemRedirectedUnknown');
    }
    return formatProblem(p);
  };
}

/**
 * Says exactly what is wrong with a dataset, and where. Text only: data never
 * becomes markup. The source is named by its resolved path only (see
 * `dataUrlLabel`), in the running text and wrapped, never as a heading, so a
 * link cannot put words of its own on the page. With `onBack`, the previous
 * dataset stays on screen below it.
 */
export function ErrorView({ error, onBack }: { error: LoadError; onBack?: () => void }) {
  const t = useT();
  const problemText = useProblemText();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the message (and "Back" is the next stop).
  useEffect(() => heading.current?.focus(), [error]);
  return (
    <section className={onBack ? 'error-view error-view-over' : 'error-view'} role="alert" data-error-view>
      <h2 ref={heading} tabIndex={-1}>
        {t('errorTitle')}
      </h2>
      {error.source && (
        <p className="error-source" data-error-source={error.source}>
          <TextWith k="errorSource" values={{ source: <code>{error.source}</code> }} />
        </p>
      )}
      <p>{t('errorIntro')}</p>
      <ul className="error-problems">
        {error.problems.map((p, i) => (
          <li key={i} data-problem-path={p.path} data-problem-reason={p.reason?.code}>
            <code>{problemText(p)}</code>
          </li>
        ))}
      </ul>
      {error.omitted ? (
        <p className="error-more" data-problems-omitted={error.omitted}>
          {t('errorMore', { n: error.omitted })}
        </p>
      ) : null}
      {onBack && (
        <button type="button" className="error-back" data-action="back" onClick={onBack}>
          {t('errorBack')}
        </button>
      )}
    </section>
  );
}
