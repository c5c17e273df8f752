/**
 * The layout engine of an arrangement (graphs drawn in SVG): positions come
 * from `layoutDataset`, nothing simulates. The screen picks the view (upright
 * or turned, see arrange/orientation.ts); a dragged node moves alone and stays
 * where it is dropped until `reset`. Implements the same `LayoutEngine`
 * interface as the force simulation, so camera, keyboard and drag work alike.
 */
import type { NodeKind } from '../data/kinds';
import { nodeExtent } from './arrange/candidates';
import { orient, viewOf } from './arrange/orientation';
import type { View } from './arrange/orientation';
import { routePoints } from './arrange/scene';
import type { DatasetLayout, LabelPlacement, Orientation, Point } from './arrange/types';
import type { Bounds } from './geometry';
import type { NodeBox } from './nodeBox';
import { symbolRadius } from './nodeBox';

/** How far a node's focus ring reaches beyond its symbol's radius (see NetworkView). */
export const FOCUS_RING = 6;
import type { LayoutEngine, LayoutNode } from './simulation';

export interface ArrangedEngine extends LayoutEngine {
  readonly arrangement: DatasetLayout;
  orientation(): Orientation;
  /** Shows the other view (positions turned, labels placed for it); listeners hear a tick. */
  setOrientation(orientation: Orientation): void;
  labelPlacement(id: string): LabelPlacement | undefined;
  /** A relation's bend (sagitta / length; 0 = straight). */
  bend(edgeId: string): number;
  /** The extent of the given nodes' symbols and labels and of the curves among them (all if null). */
  extent(ids: ReadonlySet<string> | null): Bounds | null;
}

interface EngineEdge {
  id: string;
  source: string;
  target: string;
}

const union = (a: Bounds | null, b: Bounds): Bounds =>
  a
    ? {
        minX: Math.min(a.minX, b.minX),
        minY: Math.min(a.minY, b.minY),
        maxX: Math.max(a.maxX, b.maxX),
        maxY: Math.max(a.maxY, b.maxY),
      }
    : b;

function boxOf(kind: NodeKind, label: LabelPlacement | undefined): NodeBox {
  const x = nodeExtent(kind);
  const b = label?.box ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
  return {
    halfWidth: Math.max(-x.left, x.right, -b.x0, b.x1),
    top: Math.max(-x.top, -b.y0),
    bottom: Math.max(x.bottom, b.y1),
  };
}

export function createArrangedEngine(
  arrangement: DatasetLayout,
  nodes: readonly { id: string; kind: NodeKind }[],
  edges: readonly EngineEdge[],
  initial: Orientation = 'upright',
): ArrangedEngine {
  let orientation: Orientation = arrangement.turned ? initial : 'upright';
  let view: View = viewOf(arrangement, orientation);
  // Dropped nodes, in upright coordinates (they turn with the view).
  const dropped = new Map<string, Point>();
  const listeners = new Set<() => void>();
  const list: LayoutNode[] = nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    box: { halfWidth: 0, top: 0, bottom: 0 },
  }));
  const byId = new Map(list.map((n) => [n.id, n]));

  const place = () => {
    view = viewOf(arrangement, orientation);
    for (const n of list) {
      const p = dropped.has(n.id) ? orient(dropped.get(n.id)!, orientation) : view.positions[n.id];
      n.x = p?.x ?? 0;
      n.y = p?.y ?? 0;
      n.fx = dropped.has(n.id) ? n.x : null;
      n.fy = dropped.has(n.id) ? n.y : null;
      n.box = boxOf(n.kind, view.labelPlacements[n.id]);
    }
  };
  const emit = () => {
    for (const l of listeners) l();
  };
  const drop = (id: string, x: number, y: number) => {
    if (!byId.has(id)) return;
    // Back to upright coordinates: the inverse of (x, y) → (y, −x).
    dropped.set(id, orientation === 'turned' ? { x: -y, y: x } : { x, y });
    place();
    emit();
  };
  place();

  return {
    arrangement,
    get nodes() {
      return list;
    },
    position: (id) => byId.get(id),
    onTick(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // Always at rest: there is nothing to wait for.
    onSettled: () => () => {},
    isRunning: () => false,
    dragStart: () => {},
    dragTo: drop,
    dragEnd: () => {},
    place: drop,
    reset() {
      dropped.clear();
      place();
      emit();
    },
    pause: () => {},
    resume: () => {},
    ticks: () => 0,
    stop: () => listeners.clear(),
    orientation: () => orientation,
    setOrientation(next) {
      const o = arrangement.turned ? next : 'upright';
      if (o === orientation) return;
      orientation = o;
      place();
      emit();
    },
    labelPlacement: (id) => view.labelPlacements[id],
    bend: (edgeId) => arrangement.edgeRoutes[edgeId]?.bend ?? 0,
    extent(ids) {
      let b: Bounds | null = null;
      for (const n of list) {
        if (ids && !ids.has(n.id)) continue;
        const x = n.x ?? 0;
        const y = n.y ?? 0;
        const s = nodeExtent(n.kind);
        // The focus ring (symbol radius + 6) is part of the node's drawing too.
        const ring = symbolRadius(n.kind) + FOCUS_RING;
        b = union(b, {
          minX: x + Math.min(s.left, -ring),
          minY: y + Math.min(s.top, -ring),
          maxX: x + Math.max(s.right, ring),
          maxY: y + Math.max(s.bottom, ring),
        });
        const l = view.labelPlacements[n.id]?.box;
        if (l) b = union(b, { minX: x + l.x0, minY: y + l.y0, maxX: x + l.x1, maxY: y + l.y1 });
      }
      for (const e of edges) {
        const bend = arrangement.edgeRoutes[e.id]?.bend ?? 0;
        if (bend === 0 || (ids && (!ids.has(e.source) || !ids.has(e.target)))) continue;
        const a = byId.get(e.source);
        const c = byId.get(e.target);
        if (!a || !c) continue;
        const p = routePoints(a.x ?? 0, a.y ?? 0, c.x ?? 0, c.y ?? 0, bend);
        for (let i = 0; i < p.length; i += 2) {
          b = union(b, { minX: p[i]!, minY: p[i + 1]!, maxX: p[i]!, maxY: p[i + 1]! });
        }
      }
      return b;
    },
  };
}
