import { useEffect, useRef, useState } from 'react';
import { copyText } from './safe';
import { fullAppUrl } from './shareUrl';
import { urlStateOf } from '../store/viewUrl';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import './share.css';

/**
 * "Share": copies the link to the current view (Clipboard API) and shows it in a
 * read-only field as well, selected, for when the clipboard is refused (e.g. in a
 * sandboxed iframe or an insecure context). From an embed it shares the full app.
 */
export function ShareButton() {
  const t = useT();
  // No address while the build prerenders the page (there is no window); the link only shows after a click.
  const url = useAppStore((s) =>
    typeof window === 'undefined' ? '' : fullAppUrl(window.location.href, urlStateOf(s, true)),
  );
  const [result, setResult] = useState<'copied' | 'manual' | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const open = result !== null;

  useEffect(() => {
    if (result !== 'manual') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [result]);

  // Escape or a click elsewhere closes the link field.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Escape closes the link field only; the selection behind it stays.
      e.stopPropagation();
      setResult(null);
    };
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !rootRef.current?.contains(e.target)) setResult(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  async function share() {
    setResult((await copyText(url)) ? 'copied' : 'manual');
  }

  return (
    <div className="share" ref={rootRef}>
      <button
        type="button"
        className="tool-button"
        data-action="share"
        aria-expanded={open}
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
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
