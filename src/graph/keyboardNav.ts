/**
 * Keyboard navigation in the drawn network: from the focused node, an arrow
 * key moves to the nearest node in that direction. Pure: it works on the
 * layout positions it is given (screen axes: y grows downwards).
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface NavPoint {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

export const ARROW_DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * The nearest node in `direction` from `fromId`, or null if there is none.
 * Nodes inside a 45° cone either side of the direction win; among them the
 * one with the smallest distance, sideways offset weighing double. If the
 * cone is empty, any node ahead (in the half-plane) is taken the same way.
 */
export function nearestInDirection(
  fromId: string,
  direction: Direction,
  points: readonly NavPoint[],
): string | null {
  const from = points.find((p) => p.id === fromId);
  if (!from) return null;
  const [ux, uy] = UNIT[direction];
  let bestCone: { id: string; score: number } | null = null;
  let bestAhead: { id: string; score: number } | null = null;
  for (const p of points) {
    if (p.id === fromId) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * ux + dy * uy;
    if (along <= 0.5) continue;
    const across = Math.abs(dx * uy - dy * ux);
    const score = along + 2 * across;
    if (across <= along) {
      if (!bestCone || score < bestCone.score || (score === bestCone.score && p.id < bestCone.id))
        bestCone = { id: p.id, score };
    } else if (!bestAhead || score < bestAhead.score || (score === bestAhead.score && p.id < bestAhead.id)) {
      bestAhead = { id: p.id, score };
    }
  }
  return bestCone?.id ?? bestAhead?.id ?? null;
}
