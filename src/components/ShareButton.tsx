import { useEffect, useRef, useState } from 'react';
import { copyText } from '../embed/safe';
import { fullAppUrl } from '../embed/shareUrl';
import { urlStateOf } from '../embed/urlSync';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/store';
import '../embed/embed.css';

/**
 * "Share": copies the link to the current view (Clipboard API) and shows it in a
 * read-only field as well, selected, for when the clipboard is refused (e.g. in a
 * sandboxed iframe or an insecure context). From an embed it shares the full app.
 */
export function ShareButton() {
  const t = useT();
  const url = useAppStore((s) => fullAppUrl(window.location.href, urlStateOf(s, true)));
  const [result, setResult] = useState<'copied' | 'manual' | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (result === 'manual') fieldRef.current?.select();
  }, [result]);

  async function share() {
    setResult((await copyText(url)) ? 'copied' : 'manual');
  }

  return (
    <div className="share">
      <button
        type="button"
        className="tool-button"
        data-action="share"
        aria-expanded={result !== null}
        onClick={() => void share()}
      >
        {t('share')}
      </button>
      {result && (
        <div className="share-popover" data-share-result={result}>
          <p className="share-status" role="status">
            {result === 'copied' ? t('shareCopied') : t('shareManual')}
          </p>
          <label className="share-field">
            <span className="visually-hidden">{t('shareLinkLabel')}</span>
            <input
              ref={fieldRef}
              type="text"
              readOnly
              value={url}
              data-share-url=""
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <button
            type="button"
            className="popover-close"
            aria-label={t('close')}
            onClick={() => setResult(null)}
            onKeyDown={(e) => e.key === 'Escape' && setResult(null)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
