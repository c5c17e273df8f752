/**
 * Symbol geometry per node kind (pure): the SVG renderer, the canvas renderer,
 * the legend and export all draw the same shapes from here, and the layout
 * keeps labels and relations clear of the same extents.
 */
import type { NodeKind } from '../data/kinds';

type Pt = [number, number];

/** The corners of a kind's polygon, or null for a circle of radius r. */
function symbolPoints(kind: NodeKind, r: number): Pt[] | null {
  const polygon = (sides: number, rotation: number, rr = r): Pt[] =>
    Array.from({ length: sides }, (_, i) => {
      const a = rotation + (i * 2 * Math.PI) / sides;
      return [rr * Math.cos(a), rr * Math.sin(a)];
    });
  switch (kind) {
    case 'country':
    case 'region':
      return null;
    case 'person': {
      const s = r * 0.85;
      return [
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ];
    }
    case 'event':
      return polygon(4, -Math.PI / 2, r * 1.15);
    case 'agreement':
      return polygon(6, 0, r * 1.05);
    case 'institution':
      return polygon(5, -Math.PI / 2, r * 1.1);
    case 'statement': {
      const w = r * 1.2;
      const h = r * 0.8;
      return [
        [-w, -h],
        [w, -h],
        [w, h],
        [-w * 0.2, h],
        [-w * 0.6, h * 1.6],
        [-w * 0.6, h],
        [-w, h],
      ];
    }
    case 'concern':
      return polygon(3, -Math.PI / 2, r * 1.25);
  }
}

/** Shape per node kind, so kinds differ by form as well as colour. */
export function symbolPath(kind: NodeKind, r: number): string {
  const pts = symbolPoints(kind, r);
  if (!pts) return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
  return `M${pts.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
}

/** The box around a kind's symbol, relative to the node's centre. */
export interface SymbolExtent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function symbolExtent(kind: NodeKind, r: number): SymbolExtent {
  const pts = symbolPoints(kind, r);
  if (!pts) return { left: -r, right: r, top: -r, bottom: r };
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

function round(v: number) {
  return Math.round(v * 100) / 100;
}
