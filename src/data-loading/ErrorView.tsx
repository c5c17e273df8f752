import { useEffect, useRef } from 'react';
import { formatProblem } from '../data/validate';
import { useT } from '../ui/useT';
import type { LoadError } from '../store/store';

/**
 * Says exactly what is wrong with a dataset, and where. Text only: data never
 * becomes markup. With `onBack`, the previous dataset stays on screen below it.
 */
export function ErrorView({ error, onBack }: { error: LoadError; onBack?: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the message (and "Back" is the next stop).
  useEffect(() => heading.current?.focus(), [error]);
  return (
    <section className={onBack ? 'error-view error-view-over' : 'error-view'} role="alert" data-error-view>
      <h2 ref={heading} tabIndex={-1}>
        {t('errorTitle')}
      </h2>
      <p className="error-source">{error.source}</p>
      <p>{t('errorIntro')}</p>
      <ul className="error-problems">
        {error.problems.map((p, i) => (
          <li key={i} data-problem-path={p.path}>
            <code>{formatProblem(p)}</code>
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
