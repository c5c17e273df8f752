/**
 * A large graph's preview drawn on a canvas as the canvas renderer will draw it at first (the
 * same positions, framing, symbols and colours), without labels. Pure drawing, no React: the
 * app's NetworkPreview and the page's first picture (src/data-loading/firstPicture.ts) share it.
 */
import { FILTER_GROUPS, NODE_KINDS } from '../../data/kinds';
import type { NodeKind } from '../../data/kinds';
import { boundsOf, fitTransform } from '../../layout/geometry';
import { nodeRadius } from '../../layout/large/largeLayout';
import type { GraphPreview } from '../../layout/large/preview';
import type { LayoutNode } from '../../layout/simulation';
import { drawNetwork, emptyBatches, readPalette } from './canvasDraw';
import type { CanvasScene } from './canvasDraw';

/** The preview as the canvas renderer's scene: nodes most connected first, relations per group. */
function previewScene(preview: GraphPreview): Pick<CanvasScene, 'layout' | 'nodes' | 'edges'> & {
  placed: LayoutNode[];
} {
  const { n, xy, source, target, nodeKind, edgeGroup } = preview;
  const kindOf = (i: number): NodeKind => NODE_KINDS[nodeKind[i]!] ?? 'person';
  const placed: LayoutNode[] = Array.from({ length: n }, (_, i) => {
    const r = nodeRadius(kindOf(i));
    const box = { halfWidth: r, top: r, bottom: r };
    return { id: String(i), kind: kindOf(i), x: xy[2 * i]!, y: xy[2 * i + 1]!, box, index: i };
  });
  const degree = new Int32Array(n);
  const batches = emptyBatches();
  for (let e = 0; e < source.length; e++) {
    const a = source[e]!;
    const b = target[e]!;
    if (a === b) continue;
    degree[a]!++;
    degree[b]!++;
    const group = FILTER_GROUPS[edgeGroup[e]!] ?? 'context';
    batches.get(group)?.edges.push({ id: String(e), a: placed[a]!, b: placed[b]! });
  }
  // No text of the file before it has been checked: the nodes have no labels here. Most connected
  // first (a stable sort of the indices: no id read back as a number in every comparison).
  const order = Array.from({ length: n }, (_, i) => i).toSorted((a, b) => degree[b]! - degree[a]!);
  const nodes = order.map((i) => ({ id: placed[i]!.id, kind: placed[i]!.kind, label: '' }));
  return { layout: { position: (id) => placed[Number(id)] }, nodes, edges: [...batches.values()], placed };
}

/**
 * Draws `preview` on `canvas`, filling `size` (CSS pixels), in the colours of `paletteFrom`'s
 * styles. Framed as the canvas renderer frames its first positions (NetworkCanvas's fit).
 * False when there is nothing to draw.
 */
export function drawPreview(
  canvas: HTMLCanvasElement,
  paletteFrom: Element,
  preview: GraphPreview,
  size: { width: number; height: number },
): boolean {
  const ctx = canvas.getContext('2d');
  if (!ctx || size.width === 0 || size.height === 0) return false;
  const { placed, ...scene } = previewScene(preview);
  const bounds = boundsOf(placed.map((p) => ({ x: p.x ?? 0, y: p.y ?? 0, box: p.box })));
  if (!bounds) return false;
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  canvas.width = Math.round(size.width * dpr);
  canvas.height = Math.round(size.height * dpr);
  drawNetwork(
    ctx,
    {
      ...scene,
      ...size,
      dpr,
      transform: fitTransform(bounds, size.width, size.height, 16, 1.4),
      highlight: null,
      selected: null,
      focused: null,
      maxLabels: 0,
    },
    readPalette(paletteFrom),
  );
  return true;
}
