import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import '../app/phone.css';

function isNarrow(): boolean {
  try {
    return window.matchMedia('(max-width: 760px)').matches;
  } catch {
    return false;
  }
}

/**
 * The filters (and, in the full app, the legend). On small screens (≤ 760 px) they sit in a sheet
 * that a button opens and closes (open in the full app, closed at first in a
 * narrow embed, to keep it short); on wider screens they are always shown.
 */
export function FilterSheet({ children }: { children: ReactNode }) {
  const t = useT();
  const id = useId();
  const embed = useAppStore((s) => s.embed);
  const hiddenCount = useAppStore((s) => s.hidden.size);
  const [open, setOpen] = useState(() => !(embed && isNarrow()));
  return (
    <div className="filter-sheet" data-open={open ? 'true' : 'false'}>
      <button
        type="button"
        className="filter-sheet-toggle"
        aria-expanded={open}
        aria-controls={id}
        data-action="toggle-filters"
        onClick={() => setOpen((o) => !o)}
      >
        {/* In an embed the legend sits under the network, outside the sheet. */}
        <span>{embed ? t('filters') : t('filtersAndLegend')}</span>
        {hiddenCount > 0 && (
          <span className="filter-sheet-count">{t('hiddenCount', { n: hiddenCount })}</span>
        )}
        <span className="filter-sheet-chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={id} className="filter-sheet-body">
        {children}
      </div>
    </div>
  );
}
