import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../data/schema';
import { NODE_KIND_LABELS } from '../i18n/strings';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { useViewModel } from '../ui/useViewModel';

const MAX_RESULTS = 8;

/** Finds nodes by label in either language; choosing one selects it. */
export function SearchBox({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const select = useAppStore((s) => s.select);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();

  const { matches } = useViewModel(dataset);
  const results = useMemo(() => matches.slice(0, MAX_RESULTS), [matches]);
  const listId = `${id}-results`;
  const showList = open && query.trim() !== '';

  function choose(nodeId: string) {
    select({ type: 'node', id: nodeId });
    useAppStore.getState().focusNode(nodeId);
    setOpen(false);
  }

  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="search-label">
        {t('search')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        className="search-input"
        placeholder={t('searchPlaceholder')}
        value={query}
        autoComplete="off"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${id}-opt-${results[active].id}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            const hit = results[active] ?? results[0];
            if (hit) {
              e.preventDefault();
              choose(hit.id);
            }
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {showList && (
        <ul id={listId} className="search-results" role="listbox" aria-label={t('search')}>
          {results.length === 0 && <li className="search-empty">{t('searchNoResult')}</li>}
          {results.map((node, i) => (
            <li
              key={node.id}
              id={`${id}-opt-${node.id}`}
              role="option"
              aria-selected={i === active}
              data-search-result={node.id}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(node.id);
              }}
            >
              <bdi>{node.label[lang]}</bdi>
              <span className="search-kind">{NODE_KIND_LABELS[lang][node.kind]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
