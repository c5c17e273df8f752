/** The arrangement of a dataset: what `layoutDataset` returns (plain data, JSON-safe). */
import type { NodeKind } from '../../data/kinds';
import type { Box } from '../readability/primitives';
import type { LabelSide, TextAnchor } from './candidates';
import type { LineCount } from './text';

export interface ArrangeNode {
  id: string;
  kind: NodeKind;
  /** The label in every language; the arrangement leaves room for the longest. */
  label: Readonly<Record<string, string>>;
  /** An optional layer (off by default): placed around the default view, which it never moves. */
  layer?: string;
}

export interface ArrangeEdge {
  id: string;
  source: string;
  target: string;
  /** The relation's kind, if any: some kinds draw their ends closer (see `meaning.ts`). */
  kind?: string;
  layer?: string;
}

export interface ArrangeInput {
  nodes: readonly ArrangeNode[];
  edges: readonly ArrangeEdge[];
}

export interface Point {
  x: number;
  y: number;
}

/** Where a node's label sits: its box relative to the node and how its text is anchored. */
export interface LabelPlacement {
  side: LabelSide;
  /** One line or two (see `labelLines`, which breaks the text of either language the same way). */
  lines: LineCount;
  anchor: TextAnchor;
  /** The anchor of the first line's baseline, relative to the node's centre. */
  x: number;
  y: number;
  /** The room reserved for the label (the longest language), relative to the node's centre. */
  box: Box;
}

/** A relation's route: straight (0) or a quadratic curve whose midpoint lies bend × length off the chord. */
export interface EdgeRoute {
  bend: number;
}

/** One view of the arrangement: labels placed for that view, and the drawing's extent. */
export interface ViewLabels {
  labelPlacements: Record<string, LabelPlacement>;
  /** Extent of symbols, labels and curves, in that view's coordinates. */
  bounds: Box;
}

/**
 * The views of one arrangement: as computed ("upright", tall: it fits phones
 * and every wider screen), or turned by 90° for wide screens.
 */
export type Orientation = 'upright' | 'turned';

export interface DatasetLayout extends ViewLabels {
  /** Changes when the algorithm changes (precomputed layouts are then recomputed). */
  version: number;
  /** Identifies the layout-relevant part of the input (ids, kinds, labels, relations). */
  fingerprint: string;
  /** Node centres (layout units; a label line is 15 units, its font 13). */
  positions: Record<string, Point>;
  edgeRoutes: Record<string, EdgeRoute>;
  /**
   * The same arrangement turned by 90° for wide screens: a node at (x, y) is
   * shown at (y, −x); labels stay upright, placed anew around their symbols.
   * Absent when no fault-free label placement was found for that view.
   */
  turned?: ViewLabels;
}

/** How hard `layoutDataset` works (see EFFORT and browserEffort in index.ts). */
export interface LayoutEffort {
  /** Rounds of all the runs below with new seeds, until an arrangement has no fault (default 1). */
  batches?: number;
  /** Untangling runs (cheap: no labels) and their annealing moves per node. */
  untangleRuns: number;
  untangleMoves: number;
  /** How many of the best untangled drawings are arranged, and moves per node for each. */
  arrangeRuns: number;
  arrangeMoves: number;
  /** How many of the best arrangements are refined further, and moves per node for each. */
  refineRuns: number;
  refineMoves: number;
  /** Where labels may go: every candidate place, or the four sides only (default: all). */
  places?: 'all' | 'few';
  /** Label moves per node for the turned view. */
  turnMoves: number;
}
