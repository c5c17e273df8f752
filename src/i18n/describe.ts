/**
 * Sentences that describe the network for screen readers and the live
 * region: counts, filter states, node names. Pure, so they are unit tested.
 */
import { FILTER_GROUPS, NODE_KINDS } from '../data/kinds';
import type { NodeKind } from '../data/kinds';
import type { GraphEdge } from '../data/schema';
import { EDGE_KIND_LABELS, GROUP_LABELS, NODE_KIND_LABELS, STRINGS, format } from './strings';
import type { Lang } from './strings';

export function relationCount(lang: Lang, n: number): string {
  return n === 1 ? STRINGS[lang].relationCountOne : format(STRINGS[lang].relationCount, { n });
}

export function nodeCount(lang: Lang, n: number): string {
  return n === 1 ? STRINGS[lang].nodeCountOne : format(STRINGS[lang].nodeCount, { n });
}

/** "Japan, Land, 9 Beziehungen": how a node is announced. */
export function nodeAriaLabel(lang: Lang, label: string, kind: NodeKind, relations: number): string {
  return `${label}, ${NODE_KIND_LABELS[lang][kind]}, ${relationCount(lang, relations)}`;
}

/** The verb of a relation: its own label, else its kind's. */
export function relationVerb(edge: GraphEdge, lang: Lang): string {
  return edge.label?.[lang] ?? EDGE_KIND_LABELS[lang][edge.kind];
}

export interface SummaryInput {
  nodes: number;
  edges: number;
  /** The filter groups the dataset uses. */
  groups?: readonly string[];
  /** The node kinds the dataset uses. */
  kinds?: readonly string[];
  hidden: ReadonlySet<string>;
}

/**
 * "15 Knoten, 22 Beziehungen; Bündnisse sichtbar, Bedrohungen ausgeblendet, …"
 * and, when node kinds are switched off, "; ausgeblendete Knotenarten: Person".
 */
export function networkSummary(lang: Lang, input: SummaryInput): string {
  const s = STRINGS[lang];
  const groups = FILTER_GROUPS.filter((g) => !input.groups || input.groups.includes(g));
  const groupStates = groups
    .map((g) => `${GROUP_LABELS[lang][g]} ${input.hidden.has(g) ? s.hidden : s.shown}`)
    .join(', ');
  const hiddenKinds = NODE_KINDS.filter(
    (k) => input.hidden.has(k) && (!input.kinds || input.kinds.includes(k)),
  ).map((k) => NODE_KIND_LABELS[lang][k]);
  let text = `${nodeCount(lang, input.nodes)}, ${relationCount(lang, input.edges)}`;
  if (groupStates) text += `; ${groupStates}`;
  if (hiddenKinds.length > 0) text += `; ${format(s.hiddenKinds, { kinds: hiddenKinds.join(', ') })}`;
  return text;
}
