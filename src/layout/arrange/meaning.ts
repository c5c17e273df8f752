/**
 * Grouping by meaning: how long a relation wants to be, by its kind (the
 * dataset vocabulary, never node ids). Who represents a country stands beside
 * it; a threat's source stands beside what it poses; places and scopes may
 * lie further off.
 */
const LENGTH_BY_KIND: Readonly<Record<string, number>> = {
  represents: 0.7,
  poses: 0.75,
  attends: 0.9,
  produces: 0.9,
  alliance: 1,
  commits: 1,
  protects: 1,
  threat: 1.1,
  cooperation: 0.9,
  'located-in': 1,
  'applies-to': 1.1,
};

/** A relation's wanted length as a share of the unit length (1 for unknown kinds). */
export function lengthFactor(kind: string | undefined): number {
  return (kind !== undefined && LENGTH_BY_KIND[kind]) || 1;
}
