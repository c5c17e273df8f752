/**
 * The drawn network as SVG markup, from the layout's positions and the view
 * (what is shown, highlighted, selected) — never from the page's DOM — so it
 * works for the SVG and the canvas renderer alike and draws what the screen
 * shows: the same positions under the same camera, in the renderer's style.
 * Looks are presentation attributes (fill, stroke, …), no style attributes.
 */
import { EDGE_KINDS, FILTER_GROUPS } from '../../data/kinds';
import type { FilterGroup, NodeKind } from '../../data/kinds';
import type { GraphEdge } from '../../data/schema';
import {
  LABEL_FONT_PX,
  LABEL_GAP_PX,
  estimateLabelWidth,
  isBoldLabel,
  symbolRadius,
} from '../../layout/nodeBox';
import { SCREEN_LABEL_PX, placeLabels, screenLabel } from '../../layout/labelPlacement';
import type { ScreenLabel } from '../../layout/labelPlacement';
import { relationPath } from '../../layout/relationPath';
import {
  DIM_OPACITY,
  EDGE_STROKES,
  LABEL_HALO_WIDTH,
  NODE_STROKE_WIDTH,
  SELECTED_EDGE_WIDTH,
} from '../../layout/strokes';
import { symbolPath } from '../../layout/symbols';
import type { DrawnView } from '../../store/camera';
import { LABEL_LINE, labelText } from '../../layout/arrange/text';
import type { LabelPlacement } from '../../layout/arrange/types';
import { num, tag, textTag } from './svgMarkup';

export interface Palette {
  background: string;
  surface: string;
  ink: string;
  muted: string;
  rule: string;
  nodeStroke: string;
  kind(kind: NodeKind): string;
  group(group: FilterGroup): string;
}

export interface SceneNode {
  id: string;
  kind: NodeKind;
  label: string;
}

export interface NetworkScene {
  view: DrawnView;
  /** The nodes shown, most important first (labels that do not all fit are chosen in this order). */
  nodes: readonly SceneNode[];
  edges: readonly GraphEdge[];
  /** Bends of parallel relations (the SVG renderer fans them out). */
  bends: ReadonlyMap<string, number>;
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  selected: { type: 'node' | 'edge'; id: string } | null;
}

const ARROW = 'an-export-arrow-';
/** The canvas renderer's label size and how many labels it draws at most. */
const CANVAS_LABEL_PX = SCREEN_LABEL_PX;
const CANVAS_MAX_LABELS = 250;

/** Arrowheads, one per filter group, in its colour. */
export function arrowMarkers(palette: Palette): string {
  return FILTER_GROUPS.map((g) =>
    tag(
      'marker',
      {
        id: `${ARROW}${g}`,
        viewBox: '0 0 10 10',
        refX: 1,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        markerUnits: 'userSpaceOnUse',
        orient: 'auto',
      },
      tag('path', { d: 'M0,0L10,5L0,10Z', fill: palette.group(g) }),
    ),
  ).join('');
}

function stateOf(scene: NetworkScene, type: 'nodes' | 'edges', id: string): 'on' | 'dim' | 'plain' {
  if (!scene.highlight) return 'plain';
  return scene.highlight[type].has(id) ? 'on' : 'dim';
}

/** A node's label where the arrangement put it (one line or two), or under its symbol. */
function labelTag(n: SceneNode, placement: LabelPlacement | undefined, r: number, palette: Palette): string {
  const t = placement
    ? labelText(n.kind, n.label, placement)
    : { lines: [n.label], anchor: 'middle' as const, x: 0, y: r + LABEL_GAP_PX + LABEL_FONT_PX * 0.9 };
  const look = {
    'text-anchor': t.anchor,
    'font-size': LABEL_FONT_PX,
    'font-weight': isBoldLabel(n.kind) ? 700 : null,
    fill: palette.ink,
    stroke: palette.surface,
    'stroke-width': LABEL_HALO_WIDTH,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
    // Dataset text: its own direction, never the line's (a right-to-left override stays inside).
    'unicode-bidi': 'plaintext',
  };
  if (t.lines.length === 1) return textTag('text', { x: num(t.x), y: num(t.y), ...look }, t.lines[0] ?? '');
  return tag(
    'text',
    look,
    // A break at a space keeps the space (end of the first line): the label's text reads as written.
    t.lines.map((line, i) =>
      textTag(
        'tspan',
        { x: num(t.x), y: num(t.y + i * LABEL_LINE) },
        i < t.lines.length - 1 && !line.endsWith('-') ? `${line} ` : line,
      ),
    ),
  );
}

/** The SVG renderer's picture: every shown label where the arrangement put it, relations along their routes. */
function svgStyle(scene: NetworkScene, palette: Palette): string {
  const at = (id: string) => scene.view.position(id);
  const kindOf = new Map(scene.nodes.map((n) => [n.id, n.kind]));
  const edges = scene.edges.flatMap((e) => {
    const a = at(e.source);
    const b = at(e.target);
    const ak = kindOf.get(e.source);
    const bk = kindOf.get(e.target);
    if (!a || !b || !ak || !bk) return [];
    const { group, directed } = EDGE_KINDS[e.kind];
    const stroke = EDGE_STROKES[e.kind];
    const selected = scene.selected?.type === 'edge' && scene.selected.id === e.id;
    return [
      tag('path', {
        d: relationPath({ ...a, kind: ak }, { ...b, kind: bk }, directed, scene.view.bend?.(e.id) ?? 0),
        fill: 'none',
        stroke: palette.group(group),
        'stroke-width': selected ? SELECTED_EDGE_WIDTH : stroke.width,
        'stroke-dasharray': stroke.dash,
        'stroke-linecap': 'round',
        'marker-end': directed ? `url(#${ARROW}${group})` : null,
        opacity: stateOf(scene, 'edges', e.id) === 'dim' ? DIM_OPACITY : null,
        'data-edge-id': e.id,
      }),
    ];
  });
  const nodes = scene.nodes.flatMap((n) => {
    const p = at(n.id);
    if (!p) return [];
    const r = symbolRadius(n.kind);
    const selected = scene.selected?.type === 'node' && scene.selected.id === n.id;
    return [
      tag(
        'g',
        {
          transform: `translate(${num(p.x)},${num(p.y)})`,
          opacity: stateOf(scene, 'nodes', n.id) === 'dim' ? DIM_OPACITY : null,
          'data-node-id': n.id,
        },
        [
          tag('path', {
            d: symbolPath(n.kind, r),
            fill: palette.kind(n.kind),
            stroke: selected ? palette.ink : palette.nodeStroke,
            'stroke-width': selected ? 3 : NODE_STROKE_WIDTH,
          }),
          labelTag(n, scene.view.labelPlacement?.(n.id), r, palette),
        ],
      ),
    ];
  });
  return tag('g', { class: 'edges' }, edges) + tag('g', { class: 'nodes' }, nodes);
}

/**
 * The canvas renderer's picture (large graphs): hairline relations per group,
 * symbols (circles when zoomed out), and in screen space the labels that fit,
 * most important first, as the canvas places them.
 */
function canvasStyle(scene: NetworkScene, palette: Palette): { world: string; screen: string } {
  const { view } = scene;
  const t = view.transform;
  const at = (id: string) => view.position(id);
  const lines = new Map<string, string[]>();
  for (const e of scene.edges) {
    const a = at(e.source);
    const b = at(e.target);
    if (!a || !b) continue;
    const key = `${EDGE_KINDS[e.kind].group}|${stateOf(scene, 'edges', e.id)}`;
    const list = lines.get(key) ?? [];
    list.push(`M${num(a.x)},${num(a.y)}L${num(b.x)},${num(b.y)}`);
    lines.set(key, list);
  }
  const opacity = { plain: 0.55, dim: 0.12, on: 0.95 } as const;
  const edges = [...lines].map(([key, d]) => {
    const [group, state] = key.split('|') as [FilterGroup, keyof typeof opacity];
    return tag('path', {
      d: d.join(''),
      fill: 'none',
      stroke: palette.group(group),
      'stroke-width': 0.95 / t.k,
      'stroke-linecap': 'round',
      opacity: opacity[state],
    });
  });
  const shapes = t.k >= 0.9;
  const nodes = scene.nodes.flatMap((n) => {
    const p = at(n.id);
    if (!p) return [];
    const look = {
      fill: palette.kind(n.kind),
      opacity: stateOf(scene, 'nodes', n.id) === 'dim' ? 0.2 : null,
      'data-node-id': n.id,
    };
    if (!shapes) return [tag('circle', { ...look, cx: p.x, cy: p.y, r: symbolRadius(n.kind) })];
    return [
      tag('path', {
        ...look,
        d: symbolPath(n.kind, symbolRadius(n.kind)),
        transform: `translate(${num(p.x)},${num(p.y)})`,
        stroke: palette.nodeStroke,
        'stroke-width': NODE_STROKE_WIDTH / Math.max(1, t.k),
      }),
    ];
  });
  const selected = scene.selected?.type === 'node' ? at(scene.selected.id) : undefined;
  const selectedKind = scene.nodes.find((n) => n.id === scene.selected?.id)?.kind;
  const ring =
    selected && selectedKind
      ? tag('circle', {
          cx: selected.x,
          cy: selected.y,
          r: symbolRadius(selectedKind) + 4 / Math.min(1, t.k),
          fill: 'none',
          stroke: palette.ink,
          'stroke-width': 2.5 / t.k,
        })
      : '';

  // Labels: the canvas's rule (in view, highlighted first, greedy without overlap).
  const margin = 40;
  const inView = (sx: number, sy: number) =>
    sx > -margin && sx < view.width + margin && sy > -margin && sy < view.height + margin;
  const first = new Set([scene.selected?.id, ...(scene.highlight ? scene.highlight.nodes : [])]);
  const ordered = [
    ...scene.nodes.filter((n) => first.has(n.id)),
    ...scene.nodes.filter((n) => !first.has(n.id)),
  ];
  const candidates: ScreenLabel[] = [];
  for (const n of ordered) {
    const p = at(n.id);
    if (!p || (scene.highlight && !scene.highlight.nodes.has(n.id))) continue;
    const sx = t.x + p.x * t.k;
    const sy = t.y + p.y * t.k;
    if (!inView(sx, sy)) continue;
    candidates.push(
      screenLabel(n.label, estimateLabelWidth(n.label, CANVAS_LABEL_PX), sx, sy, symbolRadius(n.kind), t.k),
    );
    if (candidates.length >= 3000) break;
  }
  const labels = placeLabels(candidates, CANVAS_MAX_LABELS).map((i) => {
    const c = candidates[i]!;
    return textTag('text', { x: c.sx, y: c.sy + CANVAS_LABEL_PX * 0.8, 'unicode-bidi': 'plaintext' }, c.text);
  });
  const labelGroup = tag(
    'g',
    {
      'font-size': CANVAS_LABEL_PX,
      'text-anchor': 'middle',
      fill: palette.ink,
      stroke: palette.surface,
      'stroke-width': 3,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    labels,
  );
  return {
    world: tag('g', { class: 'edges' }, edges) + tag('g', { class: 'nodes' }, nodes) + ring,
    screen: labelGroup,
  };
}

/** The network as drawn on screen, in the surface's pixel space (0,0 to width,height). */
export function networkMarkup(scene: NetworkScene, palette: Palette): string {
  const t = scene.view.transform;
  const camera = {
    transform: `translate(${num(t.x)},${num(t.y)}) scale(${Math.round(t.k * 10000) / 10000})`,
  };
  if (scene.view.renderer === 'svg') return tag('g', camera, svgStyle(scene, palette));
  const { world, screen } = canvasStyle(scene, palette);
  return tag('g', camera, world) + screen;
}
