/**
 * Sentences that describe the network for screen readers and the live
 * region: counts, filter states, node names. Pure, so they are unit tested.
 */
import { FILTER_GROUPS, NODE_KINDS } from '../data/kinds';
import type { NodeKind } from '../data/kinds';
import type { GraphEdge, LocalizedText } from '../data/schema';
import {
  EDGE_KIND_LABELS,
  EDGE_KIND_VERBS,
  GROUP_LABELS,
  NODE_KIND_LABELS,
  STRINGS,
  format,
} from './strings';
import type { Lang } from './strings';

export function relationCount(lang: Lang, n: number): string {
  return n === 1 ? STRINGS[lang].relationCountOne : format(STRINGS[lang].relationCount, { n });
}

export function nodeCount(lang: Lang, n: number): string {
  return n === 1 ? STRINGS[lang].nodeCountOne : format(STRINGS[lang].nodeCount, { n });
}

/**
 * How a node is highlighted, as its name says it: `highlighted` (story step,
 * selection), `new` (highlighted, and the story step brings it in), or not.
 */
export type NodeEmphasis = 'highlighted' | 'new' | null;

/** "Japan, Land, 9 Beziehungen" (", hervorgehoben", ", neu in diesem Schritt"): how a node is announced. */
export function nodeAriaLabel(
  lang: Lang,
  label: string,
  kind: NodeKind,
  relations: number,
  emphasis: NodeEmphasis = null,
): string {
  const s = STRINGS[lang];
  const base = `${label}, ${NODE_KIND_LABELS[lang][kind]}, ${relationCount(lang, relations)}`;
  if (emphasis === 'new') return `${base}, ${s.highlightedNode}, ${s.newInStep}`;
  return emphasis === 'highlighted' ? `${base}, ${s.highlightedNode}` : base;
}

/**
 * Whether a relation's own label reads as the verb of "source … target": German
 * writes verbs lower case and capitalises nouns ("bedroht", "Zusammenarbeit");
 * a quote or a comma ("„keine Grenzen“", "weltweit, laut Artikel") marks a
 * caption, not a verb.
 */
function isVerb(label: LocalizedText): boolean {
  return /^\p{Ll}[^,]*$/u.test(label.de.trim());
}

/**
 * The verb of a relation, so that "source verb target" reads as a sentence:
 * its own label where that is a verb ("zeigt", "shows"), else its kind's
 * verb ("Russia cooperates with China", not "Russia cooperation China").
 */
export function relationVerb(edge: GraphEdge, lang: Lang): string {
  if (edge.label && isVerb(edge.label)) return edge.label[lang];
  return EDGE_KIND_VERBS[lang][edge.kind] ?? EDGE_KIND_LABELS[lang][edge.kind];
}

/** "Russia cooperates with China": a relation as a sentence, with the names of its ends. */
export function relationSentence(edge: GraphEdge, lang: Lang, name: (id: string) => string): string {
  return `${name(edge.source)} ${relationVerb(edge, lang)} ${name(edge.target)}`;
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
