/**
 * A self-contained SVG of the current view: the network as drawn (its
 * computed styles inlined), with the title above and the legend and the
 * source credit below, all inside the view's own size. Dataset text only ever
 * goes in through textContent.
 */
import type { NodeKind } from '../../data/kinds';
import { estimateLabelWidth } from '../../layout/nodeBox';
import { symbolPath } from '../../layout/symbols';
import { inlineComputedStyles } from './inlineStyles';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The app's own system font stack (no web fonts anywhere): the SVG names it, so it renders alike elsewhere. */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

export interface LegendEntry {
  label: string;
  /** A node symbol of this kind, or a relation line drawn like `line`. */
  node?: NodeKind;
  line?: SVGPathElement;
}

export interface SnapshotOptions {
  title: string;
  subtitle?: string;
  credit: string;
  legend: LegendEntry[];
  colors: { background: string; ink: string; muted: string; rule: string; kind: (k: NodeKind) => string };
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const LEGEND_FONT = 11;
const ROW = 18;

function layoutLegend(entries: LegendEntry[], width: number) {
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

export function buildSnapshot(network: SVGSVGElement, options: SnapshotOptions) {
  const rect = network.getBoundingClientRect();
  const width = Math.round(rect.width);
  const height = Math.round(rect.height);
  const { colors } = options;
  const pad = 14;

  const legendRows = layoutLegend(options.legend, width - 2 * pad);
  const headerH = options.subtitle ? 56 : 38;
  const footerH = legendRows.length * ROW + 30;
  const scale = Math.max(0.3, (height - headerH - footerH) / height);

  const svg = el('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT_STACK,
  });
  svg.append(el('title', {}, options.title));
  svg.append(el('rect', { width, height, fill: colors.background }));

  // The network, as on screen, scaled into the band between title and legend.
  const clip = el('clipPath', { id: 'an-export-view' });
  clip.append(el('rect', { width, height }));
  const defs = network.querySelector('defs');
  const defsOut = defs ? (defs.cloneNode(true) as SVGDefsElement) : el('defs');
  if (defs) inlineComputedStyles(defs, defsOut);
  defsOut.append(clip);
  svg.append(defsOut);
  const band = el('g', {
    transform: `translate(${Math.round(((width * (1 - scale)) / 2) * 10) / 10},${headerH}) scale(${Math.round(scale * 1000) / 1000})`,
  });
  const clipped = el('g', { 'clip-path': 'url(#an-export-view)' });
  const viewport = network.querySelector('g.viewport');
  if (viewport) {
    const copy = viewport.cloneNode(true) as SVGGElement;
    inlineComputedStyles(viewport, copy);
    for (const hit of copy.querySelectorAll('.node-hit, .edge-hit')) hit.remove();
    clipped.append(copy);
  }
  band.append(clipped);
  svg.append(band);

  // Title (and the story step) above.
  svg.append(
    el(
      'text',
      {
        x: pad,
        y: 24,
        fill: colors.ink,
        'font-size': 17,
        'font-weight': 700,
        'font-family': 'Georgia, serif',
      },
      options.title,
    ),
  );
  if (options.subtitle) {
    svg.append(el('text', { x: pad, y: 44, fill: colors.muted, 'font-size': 13 }, options.subtitle));
  }

  // Legend and credit below.
  const legend = el('g', { 'font-size': LEGEND_FONT, fill: colors.ink });
  legendRows.forEach((row, r) => {
    const y = height - footerH + 10 + r * ROW;
    for (const { entry, x } of row) {
      const item = el('g', { transform: `translate(${pad + x},${y})` });
      if (entry.node) {
        item.append(
          el('path', {
            d: symbolPath(entry.node, 6),
            transform: 'translate(8,0)',
            fill: colors.kind(entry.node),
            stroke: colors.background,
          }),
        );
      } else if (entry.line) {
        const line = el('path', { d: 'M0,0L20,0', fill: 'none' });
        const style = getComputedStyle(entry.line);
        line.setAttribute('stroke', style.stroke);
        line.setAttribute('stroke-width', style.strokeWidth);
        if (style.strokeDasharray && style.strokeDasharray !== 'none')
          line.setAttribute('stroke-dasharray', style.strokeDasharray);
        item.append(line);
      }
      item.append(el('text', { x: 26, y: 4 }, entry.label));
      legend.append(item);
    }
  });
  svg.append(legend);
  svg.append(el('line', { x1: pad, x2: width - pad, y1: height - 20, y2: height - 20, stroke: colors.rule }));
  svg.append(el('text', { x: pad, y: height - 6, fill: colors.muted, 'font-size': 10.5 }, options.credit));

  return { svg, width, height };
}

export function serialize(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
