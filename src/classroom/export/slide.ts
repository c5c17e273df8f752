/**
 * A 16:9 slide (as SVG text, rasterized to PNG by exportView.ts): the story
 * step's position, title, text and question on the left, the network of the
 * step framed on the right with a legend of what it shows, the source at the
 * bottom. Pure: no DOM; dataset text is escaped.
 */
import { boundsOf, fitTransform } from '../../layout/geometry';
import { estimateLabelWidth, nodeBox } from '../../layout/nodeBox';
import { arrowMarkers, networkMarkup } from './scene';
import type { NetworkScene, Palette } from './scene';
import { FONT_STACK, layoutLegend, legendSample } from './snapshot';
import type { LegendEntry } from './snapshot';
import { partsTag, tag, textTag } from './svgMarkup';
import type { TextParts } from './svgMarkup';

/** The slide's size in CSS pixels (the PNG has twice as many: 1920 × 1080). */
export const SLIDE = { width: 960, height: 540 } as const;

export interface SlideOptions {
  /** e.g. "Step 5 of 7 · The U.S.–Japan alliance" (dataset text apart, as in the other exports). */
  kicker: TextParts;
  title: string;
  text: string;
  question?: { label: string; text: string };
  credit: TextParts;
  legend: LegendEntry[];
  palette: Palette;
  scene: NetworkScene;
}

const plain = (parts: TextParts) => parts.map((p) => (typeof p === 'string' ? p : p.data)).join('');

/** The font size (at most `size`) at which one line of `parts` fits `width`. */
function fitLine(parts: TextParts, width: number, size: number): number {
  const w = estimateLabelWidth(plain(parts), size);
  return w <= width ? size : Math.max(8, Math.floor((size * width) / w));
}

/** Splits `text` into lines no wider than `maxWidth` at `fontPx` (estimated widths; long words stay whole). */
export function wrapText(text: string, maxWidth: number, fontPx: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateLabelWidth(next, fontPx) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const PAD = 36;
const COLUMN = 330;
const CLIP_ID = 'an-slide-network';

interface Block {
  lines: string[];
  size: number;
  attrs: Record<string, string | number>;
  gapAfter: number;
}

/** The text column: the largest type (from `scale` 1 down) at which it fits `height`. */
function textColumn(options: SlideOptions, height: number): Block[] {
  for (const scale of [1, 0.9, 0.8, 0.7, 0.6]) {
    const wrap = (text: string, size: number) => wrapText(text, COLUMN, size);
    const { palette } = options;
    const blocks: Block[] = [
      {
        lines: wrap(options.title, 30 * scale),
        size: 30 * scale,
        attrs: { fill: palette.ink, 'font-weight': 700, 'font-family': 'Georgia, serif' },
        gapAfter: 14,
      },
      { lines: wrap(options.text, 17 * scale), size: 17 * scale, attrs: { fill: palette.ink }, gapAfter: 16 },
    ];
    if (options.question)
      blocks.push(
        {
          lines: wrap(options.question.label, 13 * scale),
          size: 13 * scale,
          attrs: { fill: palette.muted, 'font-weight': 700 },
          gapAfter: 4,
        },
        {
          lines: wrap(options.question.text, 17 * scale),
          size: 17 * scale,
          attrs: { fill: palette.ink, 'font-style': 'italic' },
          gapAfter: 0,
        },
      );
    const total = blocks.reduce((h, b) => h + b.lines.length * b.size * 1.3 + b.gapAfter, 0);
    if (total <= height || scale === 0.6) return blocks;
  }
  return [];
}

export function buildSlide(options: SlideOptions): { svg: string; width: number; height: number } {
  const { width, height } = SLIDE;
  const { palette, scene } = options;

  // The network of the step, framed anew in the right-hand area (not the screen's camera).
  const area = { x: PAD + COLUMN + 30, y: PAD, width: width - (PAD + COLUMN + 30) - PAD / 2, height: 0 };
  const legendRows = layoutLegend(options.legend, area.width);
  area.height = height - 2 * PAD - legendRows.length * 18 - 18;
  const placed = scene.nodes.flatMap((n) => {
    const p = scene.view.position(n.id);
    return p ? [{ x: p.x, y: p.y, box: nodeBox(n.kind, n.label) }] : [];
  });
  const bounds = boundsOf(placed);
  const framed: NetworkScene = {
    ...scene,
    view: {
      ...scene.view,
      width: area.width,
      height: area.height,
      transform: bounds ? fitTransform(bounds, area.width, area.height, 12, 2.2) : scene.view.transform,
    },
  };
  const network = tag('g', { transform: `translate(${area.x},${area.y})` }, [
    tag('g', { 'clip-path': `url(#${CLIP_ID})` }, networkMarkup(framed, palette)),
  ]);
  const legend = tag(
    'g',
    { 'font-size': 11, fill: palette.ink },
    legendRows.flatMap((row, r) =>
      row.map(({ entry, x }) =>
        tag('g', { transform: `translate(${area.x + x},${area.y + area.height + 18 + r * 18})` }, [
          legendSample(entry, palette),
          textTag('text', { x: 26, y: 4 }, entry.label),
        ]),
      ),
    ),
  );

  // The source across the bottom; the step's position, then its text column, on the left.
  const credit = partsTag(
    'text',
    {
      x: PAD,
      y: height - PAD / 2,
      fill: palette.muted,
      'font-size': fitLine(options.credit, width - 2 * PAD, 11),
    },
    options.credit,
  );
  const kickerSize = fitLine(options.kicker, COLUMN, 13);
  const kicker = partsTag(
    'text',
    { x: PAD, y: PAD + kickerSize, fill: palette.muted, 'font-size': kickerSize, 'font-weight': 700 },
    options.kicker,
  );
  let y = PAD + kickerSize * 1.3 + 10;
  const text = textColumn(options, height - PAD - 24 - y).flatMap((block) => {
    const out = block.lines.map((line) => {
      y += block.size * 1.3;
      // Each line is dataset text: isolated, so its direction cannot reorder anything else.
      return partsTag(
        'text',
        { x: PAD, y: Math.round(y - block.size * 0.3), 'font-size': block.size, ...block.attrs },
        [{ data: line }],
      );
    });
    y += block.gapAfter;
    return out;
  });

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
      textTag('title', {}, `${plain(options.kicker)}: ${options.title}`),
      tag('defs', {}, [
        arrowMarkers(palette),
        tag('clipPath', { id: CLIP_ID }, tag('rect', { width: area.width, height: area.height })),
      ]),
      tag('rect', { width, height, fill: palette.background }),
      tag('line', {
        x1: area.x - 15,
        x2: area.x - 15,
        y1: PAD,
        y2: height - PAD - 8,
        stroke: palette.rule,
      }),
      network,
      legend,
      kicker,
      ...text,
      credit,
    ],
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width, height };
}
