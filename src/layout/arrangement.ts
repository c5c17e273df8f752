/**
 * One arrangement per dataset: the positions every view starts from — the
 * picture prerendered into index.html at build time (src/app/prerender), the
 * app that hydrates it, print and export. Screens only move the camera.
 *
 * Until src/layout computes a viewport-independent `layoutDataset(dataset)`,
 * the arrangement is the force layout at a fixed reference size: deterministic
 * (seeded), so Node at build time and every browser get the same positions.
 * Swapping in the new layout is the one line marked below.
 */
import type { Dataset } from '../data/schema';
import type { Bounds } from './geometry';
import { boundsOf } from './geometry';
import { createLayout } from './simulation';
import type { LayoutEngine, LayoutInputNode } from './simulation';

/** The reference viewport of the interim arrangement (a landscape article column). */
export const REFERENCE_SIZE = { width: 960, height: 600 } as const;

/** Room kept around the picture when it is fitted to a screen or a page, in layout units. */
export const OVERVIEW_PADDING = 16;

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** Each node with the longer of its two labels: the arrangement has room for either language. */
export function layoutInputs(dataset: Dataset): LayoutInputNode[] {
  return dataset.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    label: n.label.de.length >= n.label.en.length ? n.label.de : n.label.en,
    // Nodes of an optional layer are placed after the others, around them (simulation.ts): the
    // article's nodes take the places they take without the layer and keep them when it is shown.
    later: n.layer !== undefined,
  }));
}

function referenceLayout(dataset: Dataset): Positions {
  const engine = createLayout(layoutInputs(dataset), dataset.edges, { ...REFERENCE_SIZE, mode: 'sync' });
  engine.stop();
  return new Map(engine.nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}

/** The dataset's arrangement, in its own coordinate space. Pure and deterministic. */
export function arrangeDataset(dataset: Dataset): Positions {
  return referenceLayout(dataset); // swap in: return layoutDataset(dataset);
}

/** An interactive layout (dragging, reset) that starts from the dataset's arrangement. */
export function createArrangedLayout(dataset: Dataset): LayoutEngine {
  return createLayout(layoutInputs(dataset), dataset.edges, {
    ...REFERENCE_SIZE,
    mode: 'sync',
    initial: arrangeDataset(dataset),
  });
}

/**
 * The part of layout space a screen or a page shows when it shows everything:
 * the nodes' boxes (symbol and label) with OVERVIEW_PADDING around them. The
 * prerendered SVG uses it as its viewBox (the browser fits it with
 * `xMidYMid meet`, before any script runs), and the app's camera fits the same
 * box the same way (src/layout/frame.ts), so nothing moves on hydration.
 */
export function overviewBox(layout: Pick<LayoutEngine, 'nodes'>, only?: ReadonlySet<string>): Bounds | null {
  const shown = only ? layout.nodes.filter((n) => only.has(n.id)) : layout.nodes;
  const b = boundsOf(
    (shown.length > 0 ? shown : layout.nodes).map((n) => ({ x: n.x ?? 0, y: n.y ?? 0, box: n.box })),
  );
  if (!b) return null;
  return {
    minX: b.minX - OVERVIEW_PADDING,
    minY: b.minY - OVERVIEW_PADDING,
    maxX: b.maxX + OVERVIEW_PADDING,
    maxY: b.maxY + OVERVIEW_PADDING,
  };
}

/** `bounds` as an SVG viewBox value, rounded to a tenth of a unit. */
export function viewBoxOf(bounds: Bounds): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  return `${r(bounds.minX)} ${r(bounds.minY)} ${r(bounds.maxX - bounds.minX)} ${r(bounds.maxY - bounds.minY)}`;
}
