import { useEffect, useState } from 'react';
import { EDGE_KINDS } from '../data/kinds';
import type { Dataset } from '../data/schema';
import { storyView } from '../graph/story';
import { shownGraph } from '../graph/viewModel';
import { nodeCount, relationCount, relationSentence, storyAnnouncement } from '../i18n/describe';
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

/**
 * A story step as the live region reads it: "Step 5 of 7: Threats.", the
 * step's text, then what it shows ("Shown: China threatens Japan; …").
 */
export function storyStepAnnouncement(dataset: Dataset, step: number, lang: Lang): string | null {
  const view = storyView(dataset, step);
  if (!view) return null;
  const nodeById = new Map(dataset.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(dataset.edges.map((e) => [e.id, e]));
  const name = (id: string) => nodeById.get(id)?.label[lang] ?? id;
  // The step's relations in the order the step names them, then its nodes that no relation names.
  const edges = view.step.edges.flatMap((id) => {
    const e = edgeById.get(id);
    return e && view.highlightEdges.has(id) ? [e] : [];
  });
  const ends = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = [...new Set([...(view.focus ? [view.focus] : []), ...view.step.nodes])].filter(
    (id) => view.highlightNodes.has(id) && !ends.has(id),
  );
  return storyAnnouncement(lang, {
    n: view.index + 1,
    total: view.total,
    title: view.step.title[lang],
    text: view.step.text[lang],
    shown: [...edges.map((e) => relationSentence(e, lang, name)), ...nodes.map(name)],
  });
}

/** What changed, in one sentence; null when nothing worth saying changed. */
export function announcement(dataset: Dataset, s: AppState, prev: AppState): string | null {
  const lang = s.lang;
  const str = STRINGS[lang];
  if (s.storyStep !== prev.storyStep) {
    if (s.storyStep !== null) return storyStepAnnouncement(dataset, s.storyStep, lang);
    const { nodes, edges } = shownGraph(dataset, s.hidden, null);
    return format(str.storyClosed, {
      summary: `${nodeCount(lang, nodes.length)}, ${relationCount(lang, edges.length)}`,
    });
  }
  if (s.hidden !== prev.hidden) {
    const changed = [...new Set([...s.hidden, ...prev.hidden])].filter(
      (id) => s.hidden.has(id) !== prev.hidden.has(id),
    );
    if (changed.length === 0) return null;
    const { nodes, edges } = shownGraph(dataset, s.hidden, s.storyStep);
    const counts = `${nodeCount(lang, nodes.length)}, ${relationCount(lang, edges.length)}`;
    const parts = changed.map((id) => `${filterName(id, lang)} ${s.hidden.has(id) ? str.hidden : str.shown}`);
    return format(str.announceFilter, { changes: parts.join(', '), summary: counts });
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
        const text = announcement(dataset, s, prev);
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
