/**
 * Where the words of a relation sit when the presentation writes them on the network ("commits
 * to", "responds to"): on the relation's route, at the middle if that is clear, else at the
 * nearest point along the route, or just beside it, that covers no label, no symbol and no
 * other relation's words.
 * Pure: layout units in, centres out.
 */
import { routePoint } from './geometry';
import type { Point } from './geometry';
import type { Box } from './readability/primitives';

export interface RelationWords {
  id: string;
  /** The route: from `a` to `b`, bent as the arrangement bends it (0: straight). */
  a: Point;
  b: Point;
  bend: number;
  width: number;
  height: number;
}

/** From the middle outwards, alternating sides; the ends stay clear of the symbols. */
const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8];
/** On the line first; where it has no room, just beside it (in word heights, either side), never so
 * far that the words seem to belong to another line. */
const BESIDE = [0, 0.9, -0.9, 1.7, -1.7];

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The centre of each relation's words: the first place along its route (middle first; then beside
 * it) whose box
 * overlaps none of `obstacles` (labels and symbols) nor words placed before; where there is none,
 * the place that overlaps least (an obstacle's `weight` scales what covering it costs: a faded
 * label in the background is better covered than one the step is about).
 */
export function placeRelationWords(
  words: readonly RelationWords[],
  obstacles: readonly (Box & { weight?: number })[],
): Map<string, Point> {
  const placed = new Map<string, Point>();
  const taken: Box[] = [];
  for (const w of words) {
    let best: { at: Point; box: Box; cost: number } | null = null;
    const len = Math.hypot(w.b.x - w.a.x, w.b.y - w.a.y) || 1;
    // The chord's normal: a word beside its line moves off it at right angles.
    const nx = -(w.b.y - w.a.y) / len;
    const ny = (w.b.x - w.a.x) / len;
    const candidates = BESIDE.flatMap((off) => ALONG.map((t) => ({ t, off })));
    for (const { t, off } of candidates) {
      const on = routePoint(w.a, w.b, w.bend, t);
      const at = { x: on.x + nx * off * w.height, y: on.y + ny * off * w.height };
      const box = {
        x0: at.x - w.width / 2,
        y0: at.y - w.height / 2,
        x1: at.x + w.width / 2,
        y1: at.y + w.height / 2,
      };
      let cost = 0;
      for (const o of obstacles) cost += overlap(box, o) * (o.weight ?? 1);
      for (const o of taken) cost += overlap(box, o);
      if (!best || cost < best.cost) best = { at, box, cost };
      if (cost === 0) break;
    }
    if (!best) continue;
    placed.set(w.id, best.at);
    taken.push(best.box);
  }
  return placed;
}
