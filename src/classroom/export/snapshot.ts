/**
 * A self-contained SVG document (as text) of the current view: the network as
 * drawn on screen (./scene.ts), with the title above and the legend and the
 * source credit below, all inside the view's own size. Pure: no DOM, no page
 * styles; dataset text is escaped.
 */
import { EDGE_KINDS } from '../../data/kinds';
import type { EdgeKind, NodeKind } from '../../data/kinds';
import { estimateLabelWidth } from '../../layout/nodeBox';
import { EDGE_STROKES } from '../../layout/strokes';
import { symbolPath } from '../../layout/symbols';
import { arrowMarkers, networkMarkup } from './scene';
import type { NetworkScene, Palette } from './scene';
import { num, partsTag, tag, textTag } from './svgMarkup';
import type { TextParts } from './svgMarkup';

export type { TextParts };

/** The app's own system font stack (no web fonts anywhere): the SVG names it, so it renders alike elsewhere. */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

export interface LegendEntry {
  label: string;
  /** A node symbol of this kind, or a relation line of this kind. */
  node?: NodeKind;
  edge?: EdgeKind;
}

export interface SnapshotOptions {
  title: string;
  subtitle?: TextParts;
  credit: TextParts;
  legend: LegendEntry[];
  palette: Palette;
  scene: NetworkScene;
}

const LEGEND_FONT = 11;
const ROW = 18;
const CLIP_ID = 'an-export-view';

/** Legend entries in rows no wider than `width`. */
export function layoutLegend(entries: LegendEntry[], width: number) {
  const rows: { entry: LegendEntry; x: number }[][] = [[]];
  let x = 0;
  for (const entry of entries) {
    const w = 26 + estimateLabelWidth(entry.label, LEGEND_FONT) + 14;
    const row = rows[rows.length - 1];
    if (x + w > width && row && row.length > 0) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1]?.push({ entry, x });
    x += w;
  }
  return rows;
}

/** A legend entry's sample: the node symbol or the relation's line. */
export function legendSample(entry: LegendEntry, palette: Palette): string {
  if (entry.node) {
    return tag('path', {
      d: symbolPath(entry.node, 6),
      transform: 'translate(8,0)',
      fill: palette.kind(entry.node),
      stroke: palette.background,
    });
  }
  if (entry.edge) {
    const stroke = EDGE_STROKES[entry.edge];
    return tag('path', {
      d: 'M0,0L20,0',
      fill: 'none',
      stroke: palette.group(EDGE_KINDS[entry.edge].group),
      'stroke-width': Math.min(3, stroke.width),
      'stroke-dasharray': stroke.dash,
    });
  }
  return '';
}

export function buildSnapshot(options: SnapshotOptions): { svg: string; width: number; height: number } {
  const width = Math.round(options.scene.view.width);
  const height = Math.round(options.scene.view.height);
  const { palette } = options;
  const pad = 14;

  const legendRows = layoutLegend(options.legend, width - 2 * pad);
  const headerH = options.subtitle ? 56 : 38;
  const footerH = legendRows.length * ROW + 30;
  // The network as on screen, scaled into the band between title and legend.
  const scale = Math.max(0.3, (height - headerH - footerH) / height);
  const band = tag(
    'g',
    {
      transform: `translate(${num((width * (1 - scale)) / 2)},${headerH}) scale(${Math.round(scale * 1000) / 1000})`,
    },
    tag('g', { 'clip-path': `url(#${CLIP_ID})` }, networkMarkup(options.scene, palette)),
  );

  const header = [
    textTag(
      'text',
      {
        x: pad,
        y: 24,
        fill: palette.ink,
        'font-size': 17,
        'font-weight': 700,
        'font-family': 'Georgia, serif',
        // Dataset text: its own direction, never the line's.
        'unicode-bidi': 'plaintext',
      },
      options.title,
    ),
    options.subtitle
      ? partsTag('text', { x: pad, y: 44, fill: palette.muted, 'font-size': 13 }, options.subtitle)
      : '',
  ];
  const legend = tag(
    'g',
    { 'font-size': LEGEND_FONT, fill: palette.ink },
    legendRows.flatMap((row, r) =>
      row.map(({ entry, x }) =>
        tag('g', { transform: `translate(${num(pad + x)},${num(height - footerH + 10 + r * ROW)})` }, [
          legendSample(entry, palette),
          textTag('text', { x: 26, y: 4 }, entry.label),
        ]),
      ),
    ),
  );
  const footer = [
    legend,
    tag('line', { x1: pad, x2: width - pad, y1: height - 20, y2: height - 20, stroke: palette.rule }),
    partsTag('text', { x: pad, y: height - 6, fill: palette.muted, 'font-size': 10.5 }, options.credit),
  ];

  const svg = tag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT_STACK,
    },
    [
      textTag('title', {}, options.title),
      tag('defs', {}, [
        arrowMarkers(palette),
        tag('clipPath', { id: CLIP_ID }, tag('rect', { width, height })),
      ]),
      tag('rect', { width, height, fill: palette.background }),
      band,
      ...header,
      ...footer,
    ],
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width, height };
}
