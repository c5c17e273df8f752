import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { quadtree } from 'd3';
import type { Quadtree } from 'd3';
import type { Dataset } from '../../data/schema';
import { degrees } from '../../graph/neighbourhood';
import { useViewModel } from '../../ui/useViewModel';
import { useElementSize } from '../../ui/useElementSize';
import { usePauseWhenHidden } from '../usePauseWhenHidden';
import { useT } from '../../ui/useT';
import { boundsOf, fitTransform } from '../../layout/geometry';
import { symbolRadius } from '../../layout/nodeBox';
import type { LayoutNode } from '../../layout/simulation';
import { prefersReducedMotion } from '../../ui/motion';
import { batchEdges, edgeAt } from './canvasDraw';
import { disposeCache } from './sceneCache';
import { cameraMoving, createPaintState, paintFrame, redrawAtRest } from './paintFrame';
import { useCanvasZoom } from './useCanvasZoom';
import { useLargeLayout } from './useLargeLayout';
import { LayoutProgress } from './LayoutProgress';
import { useAppStore } from '../../store/store';
import { markOnce } from '../marks';
import { ZoomControls } from '../ZoomControls';
import './NetworkCanvas.css';

/** While the layout runs, at most one drawing of its batches per this many ms. */
const BATCH_DRAW_MS = 150;

/**
 * The network on a canvas, for large graphs (see src/layout/scale.ts): the
 * same reading as the SVG view (hover, click, drag, zoom, keyboard focus) at
 * a cost per frame that does not grow with DOM nodes. The layout runs in a
 * worker and each batch of positions is drawn as it arrives; drawing happens
 * only on demand, and pans and zooms reuse the last drawing while it is dear.
 */
export function NetworkCanvas({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const selection = useAppStore((s) => s.selection);
  const hovered = useAppStore((s) => s.hovered);
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(containerRef);
  const hasSize = size.width > 0 && size.height > 0;
  const { layout, positioned, settled, reset } = useLargeLayout(containerRef, dataset, hasSize);
  const [focused, setFocused] = useState<string | null>(null);
  usePauseWhenHidden(containerRef, layout);

  // What is shown and how: the same view model as the SVG renderer (filters, story, selection, hover).
  const { nodes, edges, highlight } = useViewModel(dataset);
  const degree = useMemo(() => degrees(dataset.edges), [dataset]);
  const ordered = useMemo(
    () =>
      nodes
        .map((n) => ({ id: n.id, kind: n.kind, label: n.label[lang] }))
        .toSorted((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0)),
    [nodes, lang, degree],
  );
  const shown = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  const batches = useMemo(() => (layout ? batchEdges(layout, edges) : []), [layout, edges]);
  // Which relations the layout worker's bitmap shows (the filters), in dataset order.
  const visibleMask = useMemo(() => {
    const ids = new Set(edges.map((e) => e.id));
    return Uint8Array.from(dataset.edges, (e) => (ids.has(e.id) ? 1 : 0));
  }, [dataset, edges]);

  // Everything the drawing and the event handlers read, kept current without re-binding.
  const live = useRef({
    paint: createPaintState(),
    tree: null as Quadtree<LayoutNode> | null,
    frame: 0,
    draw: () => {},
    /** The reader has zoomed or panned: stop framing the picture while it settles. */
    touched: false,
    lastBatchDraw: -Infinity,
    batchTimer: null as ReturnType<typeof setTimeout> | null,
  });
  const nodeAtRef = useRef<(sx: number, sy: number) => LayoutNode | undefined>(() => undefined);
  const fitRef = useRef(() => {});
  const focusRef = useRef<(id: string) => void>(() => {});
  const requestDraw = () => {
    if (live.current.frame) return;
    live.current.frame = requestAnimationFrame(() => {
      live.current.frame = 0;
      live.current.draw();
    });
  };
  const draw = () => {
    const canvas = canvasRef.current;
    const container = containerRef.current;
    if (!canvas || !container || !layout || !positioned) return;
    const input = {
      canvas,
      container,
      layout,
      size,
      settled,
      reducedMotion: prefersReducedMotion(),
      visibleMask,
      scene: {
        nodes: ordered,
        edges: batches,
        highlight,
        selected: selection?.type === 'node' ? selection.id : null,
        focused,
      },
    };
    const drawn = paintFrame(live.current.paint, input, requestDraw);
    if (drawn === 'none' || drawn === 'moved') return;
    markOnce('alliance-network:rendered');
    // Settled: the layout has stopped and the relations for this view are drawn too.
    if (settled && drawn === 'complete') markOnce('alliance-network:settled');
  };
  // Every render may change what is drawn (selection, hover, theme, filters).
  useEffect(() => {
    live.current.paint.version++;
    requestDraw();
  });
  useEffect(
    () => () => {
      const { paint, frame, batchTimer } = live.current;
      cancelAnimationFrame(frame);
      if (batchTimer !== null) clearTimeout(batchTimer);
      if (paint.idle !== null) clearTimeout(paint.idle);
      disposeCache(paint.cache);
      // Mounted again (React's StrictMode does so in development): a cancelled frame left here
      // would make every later request think a drawing is already on its way.
      live.current.frame = 0;
      live.current.batchTimer = null;
      paint.idle = null;
      paint.cache = null;
    },
    [],
  );

  // Positions change: redraw, and rebuild the hit-test quadtree lazily.
  useEffect(() => {
    if (!layout) return;
    return layout.onTick(() => {
      live.current.tree = null;
      live.current.paint.version++;
      // While a large graph settles, keep it framed until the reader takes over the camera.
      if (layout.isRunning() && !live.current.touched) fitRef.current();
      // While it moves, a few pictures a second: the main thread stays free for the reader's input.
      const wait = layout.isRunning() ? live.current.lastBatchDraw + BATCH_DRAW_MS - performance.now() : 0;
      if (wait <= 0) {
        live.current.lastBatchDraw = performance.now();
        requestDraw();
      } else if (live.current.batchTimer === null) {
        live.current.batchTimer = setTimeout(() => {
          live.current.batchTimer = null;
          live.current.lastBatchDraw = performance.now();
          requestDraw();
        }, wait);
      }
    });
  });
  // A new bitmap of the relations: draw it.
  useEffect(() => {
    if (!layout) return;
    return layout.onEdges(() => {
      const { paint } = live.current;
      // While the reader moves the camera the moved picture stays: a fresh drawing for each bitmap
      // that arrived made every few frames of a pan dear. The drawing at rest shows the latest one.
      if (cameraMoving(paint)) return redrawAtRest(paint, requestDraw);
      paint.version++;
      requestDraw();
    });
  });
  const nodeAt = (sx: number, sy: number): LayoutNode | undefined => {
    if (!layout || !positioned) return undefined;
    const tr = live.current.paint.transform;
    if (!live.current.tree) {
      live.current.tree = quadtree<LayoutNode>()
        .x((n) => n.x ?? 0)
        .y((n) => n.y ?? 0)
        .addAll(layout.nodes.filter((n) => shown.has(n.id)));
    }
    const x = (sx - tr.x) / tr.k;
    const y = (sy - tr.y) / tr.k;
    const n = live.current.tree.find(x, y, 18 + 6 / tr.k);
    return n && Math.hypot((n.x ?? 0) - x, (n.y ?? 0) - y) <= symbolRadius(n.kind) + 6 / tr.k ? n : undefined;
  };
  useEffect(() => {
    live.current.tree = null;
  }, [shown]);

  const zoom = useCanvasZoom(canvasRef, layout, {
    onZoom(transform, byReader) {
      if (byReader) {
        live.current.touched = true;
        live.current.paint.movedAt = performance.now();
      }
      live.current.paint.transform = transform;
      requestDraw();
    },
    nodeAt: (sx, sy) => nodeAtRef.current(sx, sy),
    transform: () => live.current.paint.transform,
  });

  const fit = () => {
    if (!layout || !positioned) return;
    const placed = layout.nodes.filter((n) => shown.has(n.id));
    const bounds = boundsOf(
      (placed.length > 0 ? placed : layout.nodes).map((n) => ({ x: n.x ?? 0, y: n.y ?? 0, box: n.box })),
    );
    if (bounds && size.width > 0) zoom.setTransform(fitTransform(bounds, size.width, size.height, 16, 1.4));
  };
  const focusNode = (id: string) => {
    const n = layout?.position(id);
    if (!n) return;
    const tr = live.current.paint.transform;
    const k = Math.max(tr.k, 1);
    const sx = tr.x + (n.x ?? 0) * tr.k;
    const sy = tr.y + (n.y ?? 0) * tr.k;
    if (k === tr.k && sx > 60 && sx < size.width - 60 && sy > 60 && sy < size.height - 60) return;
    zoom.setTransform({ x: size.width / 2 - (n.x ?? 0) * k, y: size.height / 2 - (n.y ?? 0) * k, k });
  };
  useLayoutEffect(() => {
    live.current.draw = draw;
    nodeAtRef.current = nodeAt;
    fitRef.current = fit;
    focusRef.current = focusNode;
  });
  // Fit when the first positions arrive, when it settles and when the viewport changes size.
  useEffect(() => {
    if (positioned && hasSize) fitRef.current();
  }, [positioned, hasSize, settled, size.width, size.height]);
  useEffect(() => {
    if (!layout) return;
    const { setCamera } = useAppStore.getState();
    setCamera({
      fit: () => fitRef.current(),
      zoomBy: (f) => zoom.zoomBy(f),
      focusNode: (id) => focusRef.current(id),
      view: () => ({ ...live.current.paint.transform }),
      moveTo: (view) => zoom.setTransform(view),
      drawn: () => {
        const rect = canvasRef.current?.getBoundingClientRect();
        if (!rect) return null;
        return {
          renderer: 'canvas',
          width: rect.width,
          height: rect.height,
          transform: live.current.paint.transform,
          position: (id) => {
            const n = layout.position(id);
            return n ? { x: n.x ?? 0, y: n.y ?? 0 } : undefined;
          },
        };
      },
    });
    return () => setCamera(null);
  }, [layout]); // eslint-disable-line react-hooks/exhaustive-deps -- zoom reads refs bound to this layout

  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const onPointerMove = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (e.buttons !== 0) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const id = nodeAt(e.clientX - rect.left, e.clientY - rect.top)?.id ?? null;
    e.currentTarget.style.cursor = id ? 'pointer' : '';
    if (id !== hovered) hover(id);
  };
  const onClick = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const sx = e.clientX - rect.left;
    const sy = e.clientY - rect.top;
    const n = nodeAt(sx, sy);
    if (n) return select({ type: 'node', id: n.id });
    const tr = live.current.paint.transform;
    const edge = layout && edgeAt(layout, edges, (sx - tr.x) / tr.k, (sy - tr.y) / tr.k, 5 / tr.k);
    select(edge ? { type: 'edge', id: edge.id } : null);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLCanvasElement>) => {
    if (ordered.length === 0) return;
    const i = ordered.findIndex((n) => n.id === focused);
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % ordered.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + ordered.length) % ordered.length;
    else if (e.key === 'Home') next = 0;
    else if ((e.key === 'Enter' || e.key === ' ') && focused) {
      e.preventDefault();
      select({ type: 'node', id: focused });
      return;
    }
    if (next === null) return;
    e.preventDefault();
    const id = ordered[next]!.id;
    setFocused(id);
    focusNode(id);
  };
  const focusedLabel = ordered.find((n) => n.id === focused)?.label;
  void theme; // the palette is read on every full drawing; a theme change re-renders and so redraws

  return (
    <div className="network network-canvas-wrap" ref={containerRef} data-renderer="canvas">
      <canvas
        ref={canvasRef}
        className="network-canvas"
        tabIndex={0}
        role="img"
        aria-label={`${t('networkLabel')}: ${dataset.meta.title[lang]}. ${t('networkSummary', { nodes: nodes.length, edges: edges.length })}`}
        data-ready={layout && positioned ? 'true' : 'false'}
        data-settled={settled ? 'true' : 'false'}
        data-focused={focused ?? undefined}
        onPointerMove={onPointerMove}
        onPointerLeave={() => hover(null)}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onBlur={() => setFocused(null)}
      />
      <p className="visually-hidden" aria-live="polite">
        {focusedLabel ?? ''}
      </p>
      <LayoutProgress />
      <ZoomControls
        onZoomIn={() => {
          live.current.touched = true;
          zoom.zoomBy(1.4);
        }}
        onZoomOut={() => {
          live.current.touched = true;
          zoom.zoomBy(1 / 1.4);
        }}
        onFit={fit}
        onReset={() => {
          reset();
          live.current.touched = false;
          fit();
        }}
      />
    </div>
  );
}
export { NetworkPreview } from './NetworkPreview';
