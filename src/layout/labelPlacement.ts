/**
 * Labels at scale: which labels fit on screen without overlapping, the most
 * important first (the caller sorts, e.g. by degree). Greedy on a grid of
 * buckets, so each frame costs O(labels); zooming in spreads the nodes apart
 * until every label fits.
 */
export interface LabelCandidate {
  /** Screen-space box of the label. */
  x: number;
  y: number;
  width: number;
  height: number;
}

const CELL = 64;

/** Indices (into `candidates`, already in priority order) of the labels to draw. */
export function placeLabels(candidates: readonly LabelCandidate[], maxLabels = Infinity): number[] {
  const grid = new Map<number, LabelCandidate[]>();
  const placed: number[] = [];
  const key = (cx: number, cy: number) => cx * 73856093 + cy * 19349663;
  for (let i = 0; i < candidates.length && placed.length < maxLabels; i++) {
    const c = candidates[i]!;
    const cx0 = Math.floor(c.x / CELL);
    const cx1 = Math.floor((c.x + c.width) / CELL);
    const cy0 = Math.floor(c.y / CELL);
    const cy1 = Math.floor((c.y + c.height) / CELL);
    let free = true;
    for (let cx = cx0; cx <= cx1 && free; cx++) {
      for (let cy = cy0; cy <= cy1 && free; cy++) {
        for (const o of grid.get(key(cx, cy)) ?? []) {
          if (c.x < o.x + o.width && o.x < c.x + c.width && c.y < o.y + o.height && o.y < c.y + c.height) {
            free = false;
            break;
          }
        }
      }
    }
    if (!free) continue;
    placed.push(i);
    for (let cx = cx0; cx <= cx1; cx++) {
      for (let cy = cy0; cy <= cy1; cy++) {
        const k = key(cx, cy);
        const bucket = grid.get(k);
        if (bucket) bucket.push(c);
        else grid.set(k, [c]);
      }
    }
  }
  return placed;
}

/** Labels drawn at a constant size on screen (canvas renderer, and its export), in CSS pixels. */
export const SCREEN_LABEL_PX = 12;

export interface ScreenLabel extends LabelCandidate {
  text: string;
  /** Where the text is drawn: centred at sx, its top at sy. */
  sx: number;
  sy: number;
}

/**
 * A label centred under its symbol, whose centre is at (sx, sy) on screen; the box
 * is padded so placed labels keep a little air between them.
 */
export function screenLabel(
  text: string,
  width: number,
  sx: number,
  sy: number,
  symbolRadius: number,
  scale: number,
): ScreenLabel {
  const top = sy + symbolRadius * Math.min(scale, 1.5) + 3;
  const pad = 6;
  return {
    x: sx - width / 2 - pad,
    y: top - 2,
    width: width + 2 * pad,
    height: SCREEN_LABEL_PX + 6,
    text,
    sx,
    sy: top,
  };
}
