import type { GraphEdge } from '../data/schema';

/**
 * Several relations between the same two nodes would be drawn on top of each
 * other; give each a bend so they fan out. Returns, per edge id, a signed
 * offset in units of one bend (0 = straight).
 */
export function edgeBends(edges: readonly GraphEdge[]): Map<string, number> {
  const byPair = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const list = byPair.get(key);
    if (list) list.push(e);
    else byPair.set(key, [e]);
  }
  const bends = new Map<string, number>();
  for (const list of byPair.values()) {
    const n = list.length;
    list.forEach((e, i) => {
      // Spread around 0: 1 edge → 0; 2 → ±0.5; 3 → -1, 0, 1 …
      let bend = i - (n - 1) / 2;
      // Orientation: keep the bend on the same side whichever way the edge points.
      if (e.source > e.target && bend !== 0) bend = -bend;
      bends.set(e.id, bend);
    });
  }
  return bends;
}
