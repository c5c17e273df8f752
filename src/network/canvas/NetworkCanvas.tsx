import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { drag, quadtree, select as d3select, zoom, zoomIdentity } from 'd3';
import type { Quadtree, ZoomBehavior } from 'd3';
import type { Dataset } from '../../data/schema';
import { degrees } from '../../graph/neighbourhood';
import { useViewModel } from '../../ui/useViewModel';
import { useElementSize } from '../../ui/useElementSize';
import { usePauseWhenHidden } from '../usePauseWhenHidden';
import { useT } from '../../ui/useT';
import { boundsOf, fitTransform } from '../../layout/geometry';
import type { ViewTransform } from '../../layout/geometry';
import { symbolRadius } from '../../layout/nodeBox';
import { createLayout } from '../../layout/simulation';
import type { LayoutEngine, LayoutNode } from '../../layout/simulation';
import { batchEdges, drawNetwork, edgeAt, readPalette } from './canvasDraw';
import { useAppStore } from '../../store/store';
import { markOnce } from '../marks';
import { ZoomControls } from '../ZoomControls';
import './NetworkCanvas.css';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The network on a canvas, for large graphs (see src/layout/scale.ts): the
 * same reading as the SVG view (hover, click, drag, zoom, keyboard focus) at
 * a cost per frame that does not grow with DOM nodes. Draws only on demand.
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
  const [layout, setLayout] = useState<LayoutEngine | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [settled, setSettled] = useState(false);
  // Bumped when "reset layout" rebuilds the layout's node objects.
  const [generation, setGeneration] = useState(0);

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

  // Everything the drawing and the event handlers read, kept current without re-binding.
  const live = useRef({
    transform: { x: 0, y: 0, k: 1 } as ViewTransform,
    tree: null as Quadtree<LayoutNode> | null,
    frame: 0,
    draw: () => {},
    /** The reader has zoomed or panned: stop framing the picture while it settles. */
    touched: false,
  });
  const shown = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  const nodeAtRef = useRef<(sx: number, sy: number) => LayoutNode | undefined>(() => undefined);
  const fitRef = useRef(() => {});
  const focusRef = useRef<(id: string) => void>(() => {});
  const setTransformRef = useRef<(view: ViewTransform) => void>(() => {});

  const hasSize = size.width > 0 && size.height > 0;
  useEffect(() => {
    const rect = containerRef.current?.getBoundingClientRect();
    if (!hasSize || !rect) return;
    const engine = createLayout(
      dataset.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label.de })),
      dataset.edges,
      { width: rect.width, height: rect.height },
    );
    setLayout(engine);
    setSettled(!engine.isRunning());
    const offSettled = engine.onSettled(() => setSettled(true));
    return () => {
      offSettled();
      engine.stop();
    };
  }, [dataset, hasSize]);
  usePauseWhenHidden(containerRef, layout);

  const batches = useMemo(
    () => (layout && generation >= 0 ? batchEdges(layout, edges) : []),
    [layout, edges, generation],
  );
  // The draw function of this render; requestDraw coalesces calls into one frame.
  const motion = !reducedMotion();
  const draw = () => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !layout || !containerRef.current) return;
    if (!settled && !motion) return; // reduced motion: the first picture is the settled one
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const { width, height } = size;
    if (canvas.width !== Math.round(width * dpr)) canvas.width = Math.round(width * dpr);
    if (canvas.height !== Math.round(height * dpr)) canvas.height = Math.round(height * dpr);
    drawNetwork(
      ctx,
      {
        width,
        height,
        dpr,
        transform: live.current.transform,
        layout,
        nodes: ordered,
        edges: batches,
        highlight,
        selected: selection?.type === 'node' ? selection.id : null,
        focused,
      },
      readPalette(containerRef.current),
    );
    markOnce('alliance-network:rendered');
    if (settled) markOnce('alliance-network:settled');
  };
  const requestDraw = () => {
    if (live.current.frame) return;
    live.current.frame = requestAnimationFrame(() => {
      live.current.frame = 0;
      live.current.draw();
    });
  };
  useEffect(() => {
    requestDraw();
  });
  useEffect(() => () => cancelAnimationFrame(live.current.frame), []);

  // Positions change: redraw, and rebuild the hit-test quadtree lazily.
  useEffect(() => {
    if (!layout) return;
    return layout.onTick(() => {
      live.current.tree = null;
      // While a large graph settles, keep it framed until the reader takes over the camera.
      if (layout.isRunning() && !live.current.touched) fitRef.current();
      requestDraw();
    });
  });
  const nodeAt = (sx: number, sy: number): LayoutNode | undefined => {
    if (!layout) return undefined;
    const tr = live.current.transform;
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

  // Zoom, pan and drag, bound once per layout.
  const zoomRef = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !layout) return;
    const sel = d3select(canvas);
    const behavior = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.02, 8])
      .on('zoom', (event: { transform: ViewTransform; sourceEvent: Event | null }) => {
        if (event.sourceEvent) live.current.touched = true;
        live.current.transform = { x: event.transform.x, y: event.transform.y, k: event.transform.k };
        canvas.dataset.zoom = String(Math.round(event.transform.k * 1000) / 1000);
        requestDraw();
      });
    const dragBehavior = drag<HTMLCanvasElement, unknown, LayoutNode>()
      // No node under the pointer: no subject, so d3-drag lets d3-zoom pan instead (d3 treats null as "no drag").
      .subject((event: { x: number; y: number }) => nodeAtRef.current(event.x, event.y) as LayoutNode)
      .on('drag', (event: { subject: LayoutNode; x: number; y: number; dx: number; dy: number }) => {
        const tr = live.current.transform;
        const n = event.subject;
        if (n.fx == null) layout.dragStart(n.id);
        layout.dragTo(n.id, (n.x ?? 0) + event.dx / tr.k, (n.y ?? 0) + event.dy / tr.k);
      })
      .on('end', (event: { subject: LayoutNode }) => layout.dragEnd(event.subject.id));
    sel.call(dragBehavior).call(behavior).on('dblclick.zoom', null);
    zoomRef.current = behavior;
    return () => {
      sel.on('.zoom', null).on('.drag', null);
      zoomRef.current = null;
    };
  }, [layout]); // eslint-disable-line react-hooks/exhaustive-deps -- handlers read `live`

  const zoomBy = (factor: number) => {
    live.current.touched = true;
    if (canvasRef.current) zoomRef.current?.scaleBy(d3select(canvasRef.current), factor);
  };
  const setTransform = (tr: ViewTransform) => {
    const canvas = canvasRef.current;
    if (canvas && zoomRef.current) {
      zoomRef.current.transform(d3select(canvas), zoomIdentity.translate(tr.x, tr.y).scale(tr.k));
    }
  };
  const fit = () => {
    if (!layout) return;
    const placed = layout.nodes.filter((n) => shown.has(n.id));
    const bounds = boundsOf(
      (placed.length > 0 ? placed : layout.nodes).map((n) => ({ x: n.x ?? 0, y: n.y ?? 0, box: n.box })),
    );
    if (bounds && size.width > 0) setTransform(fitTransform(bounds, size.width, size.height, 16, 1.4));
  };
  const focusNode = (id: string) => {
    const n = layout?.position(id);
    if (!n) return;
    const tr = live.current.transform;
    const k = Math.max(tr.k, 1);
    const sx = tr.x + (n.x ?? 0) * tr.k;
    const sy = tr.y + (n.y ?? 0) * tr.k;
    if (k === tr.k && sx > 60 && sx < size.width - 60 && sy > 60 && sy < size.height - 60) return;
    setTransform({ x: size.width / 2 - (n.x ?? 0) * k, y: size.height / 2 - (n.y ?? 0) * k, k });
  };
  useLayoutEffect(() => {
    live.current.draw = draw;
    nodeAtRef.current = nodeAt;
    fitRef.current = fit;
    focusRef.current = focusNode;
    setTransformRef.current = setTransform;
  });
  // Fit when the layout arrives, when it settles and when the viewport changes size.
  useEffect(() => {
    if (layout && hasSize) fitRef.current();
  }, [layout, hasSize, settled, size.width, size.height]);
  useEffect(() => {
    if (!layout) return;
    const { setCamera } = useAppStore.getState();
    setCamera({
      fit: () => fitRef.current(),
      zoomBy: (f) => {
        if (canvasRef.current) zoomRef.current?.scaleBy(d3select(canvasRef.current), f);
      },
      focusNode: (id) => focusRef.current(id),
      view: () => ({ ...live.current.transform }),
      moveTo: (view) => setTransformRef.current(view),
    });
    return () => setCamera(null);
  }, [layout]);

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
    const tr = live.current.transform;
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
  void theme; // the palette is read on every draw; a theme change re-renders and so redraws

  return (
    <div className="network network-canvas-wrap" ref={containerRef} data-renderer="canvas">
      <canvas
        ref={canvasRef}
        className="network-canvas"
        tabIndex={0}
        role="img"
        aria-label={`${t('networkLabel')}: ${dataset.meta.title[lang]}. ${t('networkSummary', { nodes: nodes.length, edges: edges.length })}`}
        data-ready={layout ? 'true' : 'false'}
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
      <ZoomControls
        onZoomIn={() => zoomBy(1.4)}
        onZoomOut={() => zoomBy(1 / 1.4)}
        onFit={fit}
        onReset={() => {
          layout?.reset();
          setGeneration((g) => g + 1);
          setSettled(!layout?.isRunning());
          fit();
        }}
      />
    </div>
  );
}
