import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from './safe';
import { embedSnippets, embedUrl } from './shareUrl';
import type { EmbedSnippets } from './shareUrl';
import { urlStateOf } from '../store/viewUrl';
import type { StringKey } from '../i18n/strings';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import './share.css';

const KINDS: { kind: keyof EmbedSnippets; label: StringKey; hook: string }[] = [
  { kind: 'iframe', label: 'embedIframe', hook: 'iframe' },
  { kind: 'script', label: 'embedScript', hook: 'embed-js' },
  { kind: 'pym', label: 'embedPym', hook: 'pym' },
];

function Snippet({ code, label, hook }: { code: string; label: string; hook: string }) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<'copied' | 'manual' | null>(null);
  async function copy() {
    const ok = await copyText(code);
    if (!ok) ref.current?.select();
    setStatus(ok ? 'copied' : 'manual');
  }
  return (
    <div className="embed-snippet">
      <label htmlFor={id} className="embed-snippet-label">
        {label}
      </label>
      <textarea
        id={id}
        ref={ref}
        readOnly
        rows={hook === 'iframe' ? 3 : 4}
        value={code}
        spellCheck={false}
        data-embed-snippet={hook}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-snippet-actions">
        <button
          type="button"
          className="tool-button"
          data-action={`copy-${hook}`}
          onClick={() => void copy()}
        >
          {t('copy')}
        </button>
        <span className="embed-snippet-status" role="status">
          {status === 'copied' ? t('copied') : status === 'manual' ? t('copyManual') : ''}
        </span>
      </div>
    </div>
  );
}

/** "Embed": a dialog with ready-to-copy snippets (plain iframe, embed.js, Pym.js) for the current view. */
export function EmbedDialog() {
  const t = useT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  // No address while the build prerenders the page (there is no window); snippets only show when open.
  const src = useAppStore((s) =>
    typeof window === 'undefined' ? '' : embedUrl(window.location.href, urlStateOf(s, true)),
  );
  const title = useAppStore((s) => (s.dataset ? s.dataset.meta.title[s.lang] : 'Alliance Network'));
  const snippets = open ? embedSnippets(src, title) : null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      try {
        if (typeof dialog.showModal === 'function') dialog.showModal();
        else dialog.setAttribute('open', '');
      } catch {
        dialog.setAttribute('open', '');
      }
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <>
      <button
        type="button"
        className="tool-button"
        data-action="embed"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('embed')}
      </button>
      <dialog
        ref={dialogRef}
        className="embed-dialog"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        onCancel={() => setOpen(false)}
        // Escape closes the dialog only; the selection behind it stays.
        onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}
      >
        {snippets && (
          <>
            <h2 id={titleId} className="embed-dialog-title">
              {t('embedTitle')}
            </h2>
            <p className="embed-dialog-intro">{t('embedIntro')}</p>
            {KINDS.map(({ kind, label, hook }) => (
              <Snippet key={kind} code={snippets[kind]} label={t(label)} hook={hook} />
            ))}
            <button
              type="button"
              className="popover-close"
              aria-label={t('close')}
              onClick={() => setOpen(false)}
            >
              ×
            </button>
          </>
        )}
      </dialog>
    </>
  );
}
