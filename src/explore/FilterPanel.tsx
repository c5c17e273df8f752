import { useLayerView } from '../ui/useViewModel';
import { useMemo } from 'react';
import { EDGE_KINDS } from '../data/kinds';
import type { Dataset } from '../data/schema';
import { groupsInUse, nodeKindsInUse } from '../graph/filters';
import { GROUP_LABELS, NODE_KIND_LABELS } from '../i18n/strings';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';

/** Toggles for the relation groups (alliances, threats, …) and the node kinds. */
export function FilterPanel({ dataset: whole }: { dataset: Dataset }) {
  // Counts and toggles for what the reader's layers and year show.
  const dataset = useLayerView(whole);
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const hidden = useAppStore((s) => s.hidden);
  const toggleHidden = useAppStore((s) => s.toggleHidden);
  // Counted once per dataset, not on every toggle (thousands of relations in a large graph).
  const { groups, kinds, counts } = useMemo(() => {
    const tally = new Map<string, number>();
    for (const e of dataset.edges) {
      const group = EDGE_KINDS[e.kind].group;
      tally.set(group, (tally.get(group) ?? 0) + 1);
    }
    for (const n of dataset.nodes) tally.set(n.kind, (tally.get(n.kind) ?? 0) + 1);
    return { groups: groupsInUse(dataset.edges), kinds: nodeKindsInUse(dataset.nodes), counts: tally };
  }, [dataset]);

  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="panel-title">
        {t('filters')}
      </h2>
      <fieldset className="filter-set">
        <legend>{t('relationsFilter')}</legend>
        {groups.map((group) => {
          const count = counts.get(group) ?? 0;
          return (
            <label key={group} className={`filter-toggle group-${group}`} data-filter-id={group}>
              <input type="checkbox" checked={!hidden.has(group)} onChange={() => toggleHidden(group)} />
              <span className="filter-swatch" aria-hidden="true" />
              <span className="filter-name">{GROUP_LABELS[lang][group]}</span>
              <span className="filter-count">{count}</span>
            </label>
          );
        })}
      </fieldset>
      <fieldset className="filter-set">
        <legend>{t('nodeKindsFilter')}</legend>
        {kinds.map((kind) => {
          const count = counts.get(kind) ?? 0;
          return (
            <label key={kind} className="filter-toggle" data-filter-id={kind}>
              <input type="checkbox" checked={!hidden.has(kind)} onChange={() => toggleHidden(kind)} />
              <span className="filter-name">{NODE_KIND_LABELS[lang][kind]}</span>
              <span className="filter-count">{count}</span>
            </label>
          );
        })}
      </fieldset>
    </section>
  );
}
