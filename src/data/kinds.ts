/**
 * The vocabulary of an Alliance Network dataset: which kinds of nodes and
 * relations exist, which filter group each relation belongs to and whether it
 * has a direction. Kept in one place so the schema, the legend, the filters and
 * the docs cannot disagree.
 */

export const NODE_KINDS = [
  'country',
  'person',
  'event',
  'agreement',
  'institution',
  'statement',
  'region',
  'concern',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const FILTER_GROUPS = ['alliances', 'threats', 'diplomacy', 'context'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export interface EdgeKindInfo {
  group: FilterGroup;
  /** Directed relations get an arrowhead from source to target. */
  directed: boolean;
}

/**
 * `alliance` is a formal alliance: a treaty with a mutual-defence obligation.
 * `partnership` is security cooperation without one (access agreements,
 * strategic partnerships, minilateral formats).
 */
export const EDGE_KINDS = {
  alliance: { group: 'alliances', directed: false },
  partnership: { group: 'alliances', directed: false },
  commits: { group: 'alliances', directed: true },
  protects: { group: 'alliances', directed: true },
  threat: { group: 'threats', directed: true },
  poses: { group: 'threats', directed: true },
  cooperation: { group: 'threats', directed: false },
  'responds-to': { group: 'threats', directed: true },
  represents: { group: 'diplomacy', directed: true },
  attends: { group: 'diplomacy', directed: true },
  produces: { group: 'diplomacy', directed: true },
  'located-in': { group: 'context', directed: true },
  'applies-to': { group: 'context', directed: true },
} as const satisfies Record<string, EdgeKindInfo>;
export type EdgeKind = keyof typeof EDGE_KINDS;
export const EDGE_KIND_IDS = Object.keys(EDGE_KINDS) as EdgeKind[];
