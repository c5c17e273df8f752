/**
 * Symbol geometry per node kind (pure): the SVG renderer, the canvas renderer,
 * the legend and export all draw the same shapes from here.
 */
import type { NodeKind } from '../data/kinds';

/** Shape per node kind, so kinds differ by form as well as colour. */
export function symbolPath(kind: NodeKind, r: number): string {
  const p = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
  const polygon = (sides: number, rotation: number, rr = r) =>
    p(
      Array.from({ length: sides }, (_, i) => {
        const a = rotation + (i * 2 * Math.PI) / sides;
        return [rr * Math.cos(a), rr * Math.sin(a)] as [number, number];
      }),
    );
  switch (kind) {
    case 'country':
    case 'region':
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
    case 'person': {
      const s = r * 0.85;
      return p([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
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
      return p([
        [-w, -h],
        [w, -h],
        [w, h],
        [-w * 0.2, h],
        [-w * 0.6, h * 1.6],
        [-w * 0.6, h],
        [-w, h],
      ]);
    }
    case 'concern':
      return polygon(3, -Math.PI / 2, r * 1.25);
  }
}

function round(v: number) {
  return Math.round(v * 100) / 100;
}
