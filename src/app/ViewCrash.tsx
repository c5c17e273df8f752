import { useT } from '../ui/useT';

/** What a reader sees when the view fails unexpectedly: a message and a way back. */
export function ViewCrash({ error, onBack }: { error: Error; onBack: () => void }) {
  const t = useT();
  return (
    <section className="error-view" role="alert" data-view-crash>
      <h2>{t('crashTitle')}</h2>
      <p>{t('crashIntro')}</p>
      <p>
        <code>{error.message}</code>
      </p>
      <button type="button" data-action="back" onClick={onBack}>
        {t('crashBack')}
      </button>
    </section>
  );
}
