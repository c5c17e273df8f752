/**
 * Draws the network on a canvas (the renderer for large graphs): relations
 * batched per filter group, nodes per kind, then the labels that fit in
 * screen space, most connected nodes first. Pure drawing: no state, no React.
 */
import { EDGE_KINDS, FILTER_GROUPS, NODE_KINDS } from '../../data/kinds';
import type { NodeKind } from '../../data/kinds';
import type { GraphEdge } from '../../data/schema';
import type { ViewTransform } from '../../layout/geometry';
import { estimateLabelWidth, symbolRadius } from '../../layout/nodeBox';
import type { LayoutEngine, LayoutNode } from '../../layout/simulation';
import type { EdgeImage } from '../../layout/large/edgeLayer';
import { symbolPath } from '../../layout/symbols';
import { SCREEN_LABEL_PX, placeLabels, screenLabel } from '../../layout/labelPlacement';
import type { ScreenLabel } from '../../layout/labelPlacement';

export const CANVAS_LABEL_PX = SCREEN_LABEL_PX;

export interface CanvasScene {
  width: number;
  height: number;
  dpr: number;
  transform: ViewTransform;
  /** Where each node is (the layout, or the preview of a file being checked). */
  layout: Pick<LayoutEngine, 'position'>;
  /** Visible nodes, most connected first. */
  nodes: readonly { id: string; kind: NodeKind; label: string }[];
  edges: readonly EdgeBatch[];
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  selected: string | null;
  focused: string | null;
  /** At most this many labels (fewer while the layout still moves). */
  maxLabels?: number;
  /** The relations already drawn (by the layout worker) for some camera. */
  edgeImage?: EdgeImage | null;
  /** The layout draws the relations (a bitmap will come): without one yet, stroke only the live ones. */
  edgesDrawnElsewhere?: boolean;
}

const PALETTE_VARS = ['--ink', '--surface', '--focus', '--node-stroke', '--muted'] as const;

export function readPalette(el: Element): Map<string, string> {
  const style = getComputedStyle(el);
  const out = new Map<string, string>();
  const read = (name: string) => out.set(name, style.getPropertyValue(name).trim() || '#777');
  for (const v of PALETTE_VARS) read(v);
  for (const g of FILTER_GROUPS) read(`--group-${g}`);
  for (const k of NODE_KINDS) read(`--kind-${k}`);
  return out;
}

/**
 * What one canvas's drawing works out once and keeps between frames: each label's width and each
 * kind's symbol path. Kept by whoever owns the canvas (the renderer's paint state), not here.
 */
export interface DrawMemo {
  labelWidths: Map<string, number>;
  symbols: Map<NodeKind, Path2D>;
}

export function createDrawMemo(): DrawMemo {
  return { labelWidths: new Map(), symbols: new Map() };
}

function labelWidth(memo: DrawMemo, text: string): number {
  let w = memo.labelWidths.get(text);
  if (w === undefined) {
    w = estimateLabelWidth(text, CANVAS_LABEL_PX);
    if (memo.labelWidths.size > 50_000) memo.labelWidths.clear();
    memo.labelWidths.set(text, w);
  }
  return w;
}

/** Relations with their end nodes resolved, per filter group: built once per graph, not per frame. */
export interface EdgeBatch {
  group: string;
  edges: { id: string; a: LayoutNode; b: LayoutNode }[];
}

/** Empty batches in drawing order: the quieter groups first, threats on top. */
export function emptyBatches(): Map<string, EdgeBatch> {
  return new Map(
    ['context', 'diplomacy', 'alliances', 'threats'].map((group) => [group, { group, edges: [] }]),
  );
}

export function batchEdges(layout: LayoutEngine, edges: readonly GraphEdge[]): EdgeBatch[] {
  const batches = emptyBatches();
  for (const e of edges) {
    const a = layout.position(e.source);
    const b = layout.position(e.target);
    if (a && b) batches.get(EDGE_KINDS[e.kind].group)?.edges.push({ id: e.id, a, b });
  }
  return [...batches.values()];
}

function symbolOf(memo: DrawMemo, kind: NodeKind): Path2D {
  let p = memo.symbols.get(kind);
  if (!p) {
    p = new Path2D(symbolPath(kind, symbolRadius(kind)));
    memo.symbols.set(kind, p);
  }
  return p;
}

export function drawNetwork(
  ctx: CanvasRenderingContext2D,
  scene: CanvasScene,
  palette: Map<string, string>,
  memo: DrawMemo = createDrawMemo(),
) {
  const { width, height, dpr, transform: t, layout, highlight } = scene;
  const color = (name: string) => palette.get(name) ?? '#777';
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  // The world rectangle on screen, with a margin, for culling.
  const margin = 40 / t.k;
  const x0 = -t.x / t.k - margin;
  const y0 = -t.y / t.k - margin;
  const x1 = (width - t.x) / t.k + margin;
  const y1 = (height - t.y) / t.k + margin;
  const inView = (n: LayoutNode) => (n.x ?? 0) > x0 && (n.x ?? 0) < x1 && (n.y ?? 0) > y0 && (n.y ?? 0) < y1;

  ctx.save();
  ctx.translate(t.x, t.y);
  ctx.scale(t.k, t.k);

  // Relations: the bitmap drawn by the layout worker, where there is one, placed
  // for this camera; relations of nodes the reader moved and highlighted ones
  // are stroked here. Without a bitmap, all of them: one path per group (and
  // per highlight state). Hairlines (under one screen pixel): Skia draws them
  // on a fast path, while wider strokes cost ten times more to rasterise.
  const image = scene.edgeImage;
  if (image) {
    const { transform: t0, margin: m0, width: w0, height: h0 } = image.view;
    const s = t.k / t0.k;
    ctx.save();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.translate(t.x - s * (t0.x + m0), t.y - s * (t0.y + m0));
    ctx.scale(s, s);
    ctx.globalAlpha = highlight ? 0.22 : 1;
    ctx.drawImage(image.image, 0, 0, w0 + 2 * m0, h0 + 2 * m0);
    ctx.restore();
  }
  ctx.lineWidth = 0.95 / t.k;
  ctx.lineCap = 'round';
  for (const pass of highlight ? ['dim', 'on'] : ['on']) {
    ctx.globalAlpha = pass === 'dim' ? 0.12 : 0.55;
    if (highlight && pass === 'on') ctx.globalAlpha = 0.95;
    for (const batch of scene.edges) {
      ctx.beginPath();
      for (const e of batch.edges) {
        if (highlight && highlight.edges.has(e.id) !== (pass === 'on')) continue;
        // In the bitmap already, unless a moved node's or highlighted (the bitmap is dimmed then).
        const moved = e.a.fx != null || e.b.fx != null;
        if ((image || scene.edgesDrawnElsewhere) && !moved && !(highlight && pass === 'on')) continue;
        const ax = e.a.x ?? 0;
        const ay = e.a.y ?? 0;
        const bx = e.b.x ?? 0;
        const by = e.b.y ?? 0;
        if ((ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1))
          continue;
        ctx.moveTo(ax, ay);
        ctx.lineTo(bx, by);
      }
      ctx.strokeStyle = color(`--group-${batch.group}`);
      ctx.stroke();
    }
  }

  // Nodes: circles per kind when small on screen, the kind's symbol when zoomed in.
  const shapes = t.k >= 0.9;
  ctx.strokeStyle = color('--node-stroke');
  ctx.lineWidth = 1.5 / Math.max(1, t.k);
  for (const pass of highlight ? ['dim', 'on'] : ['on']) {
    ctx.globalAlpha = pass === 'dim' ? 0.2 : 1;
    const byKind = new Map<NodeKind, LayoutNode[]>();
    for (const v of scene.nodes) {
      if (highlight && highlight.nodes.has(v.id) !== (pass === 'on')) continue;
      const n = layout.position(v.id);
      if (!n || !inView(n)) continue;
      const list = byKind.get(v.kind);
      if (list) list.push(n);
      else byKind.set(v.kind, [n]);
    }
    for (const [kind, list] of byKind) {
      ctx.fillStyle = color(`--kind-${kind}`);
      if (shapes) {
        const path = symbolOf(memo, kind);
        for (const n of list) {
          ctx.translate(n.x ?? 0, n.y ?? 0);
          ctx.fill(path);
          ctx.stroke(path);
          ctx.translate(-(n.x ?? 0), -(n.y ?? 0));
        }
      } else if (symbolRadius(kind) * t.k >= 2.5) {
        ctx.beginPath();
        const r = symbolRadius(kind);
        for (const n of list) {
          ctx.moveTo((n.x ?? 0) + r, n.y ?? 0);
          ctx.arc(n.x ?? 0, n.y ?? 0, r, 0, 2 * Math.PI);
        }
        ctx.fill();
      } else {
        // A few pixels on screen: a square looks the same and rasterises several times faster.
        ctx.beginPath();
        const r = symbolRadius(kind) * 0.9;
        for (const n of list) ctx.rect((n.x ?? 0) - r, (n.y ?? 0) - r, 2 * r, 2 * r);
        ctx.fill();
      }
    }
  }
  ctx.globalAlpha = 1;
  for (const [id, name] of [
    [scene.selected, '--ink'],
    [scene.focused, '--focus'],
  ] as const) {
    const n = id ? layout.position(id) : undefined;
    if (!n) continue;
    ctx.beginPath();
    ctx.arc(n.x ?? 0, n.y ?? 0, symbolRadius(n.kind) + 4 / Math.min(1, t.k), 0, 2 * Math.PI);
    ctx.strokeStyle = color(name);
    ctx.lineWidth = 2.5 / t.k;
    ctx.stroke();
  }
  ctx.restore();

  // Labels in screen space, at a constant size: the ones that fit, by importance.
  const candidates: ScreenLabel[] = [];
  const first = new Set([scene.focused, scene.selected, ...(highlight ? highlight.nodes : [])]);
  const ordered = [
    ...scene.nodes.filter((v) => first.has(v.id)),
    ...scene.nodes.filter((v) => !first.has(v.id)),
  ];
  for (const v of ordered) {
    const n = layout.position(v.id);
    if (!n || !inView(n)) continue;
    if (highlight && !highlight.nodes.has(v.id)) continue;
    candidates.push(
      screenLabel(
        v.label,
        labelWidth(memo, v.label),
        t.x + (n.x ?? 0) * t.k,
        t.y + (n.y ?? 0) * t.k,
        symbolRadius(v.kind),
        t.k,
      ),
    );
    if (candidates.length >= 12 * (scene.maxLabels ?? 250)) break;
  }
  ctx.font = `${CANVAS_LABEL_PX}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = color('--surface');
  ctx.fillStyle = color('--ink');
  for (const i of placeLabels(candidates, scene.maxLabels ?? 250)) {
    const c = candidates[i]!;
    ctx.strokeText(c.text, c.sx, c.sy);
    ctx.fillText(c.text, c.sx, c.sy);
  }
}

/** The relation under a world point, within `tolerance` world units. */
export function edgeAt(
  layout: LayoutEngine,
  edges: readonly GraphEdge[],
  x: number,
  y: number,
  tolerance: number,
): GraphEdge | null {
  let best: GraphEdge | null = null;
  let bestD = tolerance * tolerance;
  for (const e of edges) {
    const a = layout.position(e.source);
    const b = layout.position(e.target);
    if (!a || !b) continue;
    const ax = a.x ?? 0;
    const ay = a.y ?? 0;
    const dx = (b.x ?? 0) - ax;
    const dy = (b.y ?? 0) - ay;
    const len2 = dx * dx + dy * dy || 1;
    const u = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    const d = (ax + u * dx - x) ** 2 + (ay + u * dy - y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = e;
    }
  }
  return best;
}
