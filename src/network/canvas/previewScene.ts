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

/**
 * The preview as the canvas renderer's scene: nodes most connected first, relations per group.
 * Plain loops over the typed arrays, no callbacks: this runs once per file, before the browser has
 * optimised it (with Array.from, a Map lookup per relation and a sort with a comparator it took
 * 35–53 ms at 5,000 nodes, more than half of the first picture's drawing).
 */
export function previewScene(preview: GraphPreview): Pick<CanvasScene, 'layout' | 'nodes' | 'edges'> & {
  placed: LayoutNode[];
} {
  const { n, xy, source, target, nodeKind, edgeGroup } = preview;
  const placed: LayoutNode[] = [];
  for (let i = 0; i < n; i++) {
    const kind: NodeKind = NODE_KINDS[nodeKind[i]!] ?? 'person';
    const r = nodeRadius(kind);
    const box = { halfWidth: r, top: r, bottom: r };
    placed.push({ id: String(i), kind, x: xy[2 * i]!, y: xy[2 * i + 1]!, box, index: i });
  }
  const degree = new Int32Array(n);
  const batches = emptyBatches();
  // Each group's list by its index in FILTER_GROUPS (no group: context).
  const lists = FILTER_GROUPS.map((group) => batches.get(group)?.edges);
  const context = batches.get('context')?.edges;
  for (let e = 0; e < source.length; e++) {
    const a = source[e]!;
    const b = target[e]!;
    if (a === b) continue;
    degree[a]!++;
    degree[b]!++;
    // No ids: the preview highlights nothing.
    (lists[edgeGroup[e]!] ?? context)?.push({ id: '', a: placed[a]!, b: placed[b]! });
  }
  // No text of the file before it has been checked: the nodes have no labels here. Most connected
  // first, ties in file order: one key per node (fewer links, then the index) in a typed array,
  // sorted natively.
  let most = 0;
  for (let i = 0; i < n; i++) if (degree[i]! > most) most = degree[i]!;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (most - degree[i]!) * n + i;
  keys.sort();
  const nodes: { id: string; kind: NodeKind; label: string }[] = [];
  for (let j = 0; j < n; j++) {
    const p = placed[keys[j]! % n]!;
    nodes.push({ id: p.id, kind: p.kind, label: '' });
  }
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
