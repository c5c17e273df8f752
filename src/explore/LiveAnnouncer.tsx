import { useEffect, useState } from 'react';
import { EDGE_KINDS } from '../data/kinds';
import type { Dataset } from '../data/schema';
import { shownGraph } from '../graph/viewModel';
import { nodeCount, relationCount, relationSentence } from '../i18n/describe';
import { GROUP_LABELS, NODE_KIND_LABELS, STRINGS, format } from '../i18n/strings';
import type { Lang } from '../i18n/strings';
import { useAppStore } from '../store/store';
import type { AppState } from '../store/store';

function filterName(id: string, lang: Lang): string {
  if (id in GROUP_LABELS[lang]) return GROUP_LABELS[lang][id as keyof (typeof GROUP_LABELS)['de']];
  if (id in NODE_KIND_LABELS[lang])
    return NODE_KIND_LABELS[lang][id as keyof (typeof NODE_KIND_LABELS)['de']];
  return id;
}

/** What changed, in one sentence; null when nothing worth saying changed. */
export function announcement(dataset: Dataset, s: AppState, prev: AppState): string | null {
  const lang = s.lang;
  const str = STRINGS[lang];
  if (s.hidden !== prev.hidden) {
    const changed = [...new Set([...s.hidden, ...prev.hidden])].filter(
      (id) => s.hidden.has(id) !== prev.hidden.has(id),
    );
    if (changed.length === 0) return null;
    const { nodes, edges } = shownGraph(dataset, s.hidden, s.storyStep, s, s.storyId);
    const counts = `${nodeCount(lang, nodes.length)}, ${relationCount(lang, edges.length)}`;
    const parts = changed.map((id) => `${filterName(id, lang)} ${s.hidden.has(id) ? str.hidden : str.shown}`);
    return format(str.announceFilter, { changes: parts.join(', '), summary: counts });
  }
  if (s.layers !== prev.layers || s.until !== prev.until) {
    const { nodes, edges } = shownGraph(dataset, s.hidden, s.storyStep, s, s.storyId);
    const summary = `${nodeCount(lang, nodes.length)}, ${relationCount(lang, edges.length)}`;
    if (s.until !== prev.until && s.until !== null)
      return format(str.announceYear, { year: s.until, summary });
    const changed = (dataset.meta.layers ?? []).filter((l) => s.layers.has(l.id) !== prev.layers.has(l.id));
    const parts = changed.map((l) => `${l.label[lang]} ${s.layers.has(l.id) ? str.shown : str.hidden}`);
    return format(str.announceFilter, { changes: parts.join(', ') || str.shown, summary });
  }
  if (s.selection !== prev.selection) {
    const sel = s.selection;
    if (!sel) return prev.selection ? str.selectionCleared : null;
    const label = (id: string) => dataset.nodes.find((n) => n.id === id)?.label[lang] ?? id;
    if (sel.type === 'node') {
      const node = dataset.nodes.find((n) => n.id === sel.id);
      if (!node) return null;
      return format(str.announceNode, { label: node.label[lang], kind: NODE_KIND_LABELS[lang][node.kind] });
    }
    const edge = dataset.edges.find((e) => e.id === sel.id);
    if (!edge) return null;
    const relation = relationSentence(edge, lang, label);
    const group = GROUP_LABELS[lang][EDGE_KINDS[edge.kind].group];
    return format(str.announceEdge, { relation: `${relation} (${group})` });
  }
  return null;
}

/** A polite live region that tells screen-reader users what filters and selections just did. */
export function LiveAnnouncer({ dataset }: { dataset: Dataset }) {
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        // A feature's own announcement (the story panel reads each step), or what changed.
        const text = s.announcement !== prev.announcement ? s.announcement : announcement(dataset, s, prev);
        if (text) setMessage(text);
      }),
    [dataset],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-live-announcer>
      {message}
    </div>
  );
}
