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

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The part of the network's box that a panel lying over it leaves free: a
 * side panel (on the right) narrows it, a bottom sheet (phones) shortens it.
 * Keyboard focus must never land on a node hidden under the detail panel.
 */
export function unobscuredBox(view: Box, panel: Box | null | undefined): Box {
  if (!panel) return view;
  const overlaps =
    panel.left < view.right && panel.right > view.left && panel.top < view.bottom && panel.bottom > view.top;
  if (!overlaps) return view;
  const width = view.right - view.left;
  const height = view.bottom - view.top;
  const freeRight = panel.left - view.left;
  const freeBottom = panel.top - view.top;
  if (freeRight >= width / 3 && freeRight / width >= freeBottom / height)
    return { ...view, right: panel.left };
  if (freeBottom >= height / 3) return { ...view, bottom: panel.top };
  return view;
}
