import { useLayerView } from '../../ui/useViewModel';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { EDGE_KINDS } from '../../data/kinds';
import type { Dataset } from '../../data/schema';
import { degrees } from '../../graph/neighbourhood';
import { groupsInUse, nodeKindsInUse } from '../../graph/filters';
import { useElementSize } from '../../ui/useElementSize';
import { useHydrated } from '../../ui/useHydrated';
import { usePrinting } from '../../ui/usePrinting';
import { useViewModel } from '../../ui/useViewModel';
import { edgeMark, nodeMark } from '../../graph/viewModel';
import { networkSummary, nodeAriaLabel, relationVerb } from '../../i18n/describe';
import { usePauseWhenHidden } from '../usePauseWhenHidden';
import { useT } from '../../ui/useT';
import { frameTransform, minScaleFor, overviewTransform } from '../../layout/frame';
import type { ViewTransform } from '../../layout/geometry';
import { symbolRadius } from '../../layout/nodeBox';
import { overviewBox, viewBoxOf } from '../../layout/arrangement';
import { FOCUS_RING } from '../../layout/arrangedEngine';
import type { ArrangedEngine } from '../../layout/arrangedEngine';
import { useArrangedLayout } from './useArrangedLayout';
import { animateTo } from '../camera/animate';
import { bindDrag } from './drag';
import { applyPositions, edgeD, nodeTransform } from './positions';
import type { DrawnElements } from './positions';
import { bindZoom } from '../camera/zoom';
import type { ZoomControl } from '../camera/zoom';
import { useAppStore } from '../../store/store';
import { EdgeMarkers } from '../EdgeMarkers';
import { NodeSymbol } from '../NodeSymbol';
import { NodeHitArea } from '../NodeHitArea';
import { NodeLabel } from '../NodeLabel';
import { markOnce } from '../marks';
import { ZoomControls } from '../ZoomControls';
import { ZOOM_STEP, useNetworkKeyboard } from './useNetworkKeyboard';
import { useFitOnResize } from './useFitOnResize';
import { useNetworkCamera } from './useNetworkCamera';

/**
 * The network in SVG, once its arrangement is there (at once for the article;
 * readers' graphs are arranged first, an empty drawing marked not ready meanwhile).
 */
export function NetworkView({ dataset }: { dataset: Dataset }) {
  const layout = useArrangedLayout(dataset);
  if (!layout) {
    return (
      <div className="network">
        <svg className="network-svg" data-ready="false" aria-hidden="true" />
      </div>
    );
  }
  return <NetworkDrawing dataset={dataset} layout={layout} />;
}

function NetworkDrawing({ dataset, layout }: { dataset: Dataset; layout: ArrangedEngine }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const hidden = useAppStore((s) => s.hidden);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const storyStep = useAppStore((s) => s.storyStep);
  const presenting = useAppStore((s) => s.presenting);

  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomControl | null>(null);
  const drawn = useRef<DrawnElements>({ nodes: new Map(), edges: new Map() });
  const keysRef = useRef<HTMLParagraphElement>(null);
  const size = useElementSize(containerRef);
  // The drawing's own size as its viewBox: the same picture on screen, and scaled to fit on paper.
  const svgSize = useElementSize(svgRef);
  // False in the markup prerendered at build time and while hydrating it; true once the app runs.
  const mounted = useHydrated();
  const printing = usePrinting();

  // What is shown and how (filters, story step, selection, hover): the one view model.
  const vm = useViewModel(dataset);
  const { story, nodes, edges, highlight } = vm;
  // The reader's layers and year decide what exists.
  const view = useLayerView(dataset);
  const nodeById = useMemo(() => new Map(dataset.nodes.map((n) => [n.id, n])), [dataset]);

  // One arrangement per dataset, the same on every screen (and in the prerendered HTML): precomputed
  // for the article, else computed during render, deterministically; filters never re-run it,
  // screens only move the camera. Relations follow its routes, labels its places.
  useEffect(() => () => layout.stop(), [layout]);
  usePauseWhenHidden(containerRef, layout);

  useEffect(() => {
    const svg = svgRef.current;
    const viewport = viewportRef.current;
    if (!svg || !viewport) return;
    const control = bindZoom(svg, viewport);
    zoomRef.current = control;
    return () => {
      control.destroy();
      zoomRef.current = null;
    };
  }, []);

  const fit = useCallback(
    (animate = false): ViewTransform | undefined => {
      const svg = svgRef.current;
      if (!svg || !zoomRef.current) return undefined;
      // In the story the camera frames the step's nodes; otherwise everything shown.
      const shown = story ? story.highlightNodes : new Set(nodes.map((n) => n.id));
      const rect = svg.getBoundingClientRect();
      if (!story && !presenting) {
        // The overview: framed exactly as the prerendered picture (the SVG's viewBox) was.
        const box = overviewBox(layout, shown);
        if (!box || rect.width <= 0) return undefined;
        const target = overviewTransform(box, rect.width, rect.height);
        animateTo(zoomRef.current, target, rect, animate);
        return target;
      }
      const bounds = layout.extent(shown.size > 0 ? shown : null);
      if (!bounds || rect.width <= 0) return undefined;
      const mode = presenting ? 'present' : story ? 'story' : 'free';
      const target = frameTransform(bounds, rect.width, rect.height, mode);
      animateTo(zoomRef.current, target, rect, animate, minScaleFor(mode));
      return target;
    },
    [layout, nodes, story, presenting],
  );

  // Fit on load and whenever the viewport changes size, unless the reader moved the view.
  const fitRef = useFitOnResize({ layout, size, fit, view: () => zoomRef.current?.current() });

  // The story's camera moves, and the camera other components use (search, keyboard, panels).
  useNetworkCamera({ layout, svgRef, zoomRef, fitRef, storyStep, presenting });

  // Positions after every commit (new elements) and on every tick (movement).
  useLayoutEffect(() => {
    applyPositions(layout, drawn.current);
    const viewport = viewportRef.current;
    if (viewport) bindDrag(viewport, drawn.current.nodes.values(), layout);
  });
  useEffect(() => {
    const off = layout.onTick(() => applyPositions(layout, drawn.current));
    return () => {
      off();
    };
  }, [layout]);
  useEffect(() => {
    const raf = requestAnimationFrame(() => {
      markOnce('alliance-network:rendered');
      if (!layout.isRunning()) markOnce('alliance-network:settled');
    });
    const off = layout.onSettled(() => markOnce('alliance-network:settled'));
    return () => {
      cancelAnimationFrame(raf);
      off();
    };
  }, [layout]);

  const nodeRef = (id: string) => (el: SVGGElement | null) => {
    if (el) drawn.current.nodes.set(id, el);
    else drawn.current.nodes.delete(id);
  };
  const edgeRef = (edge: Dataset['edges'][number]) => (el: SVGGElement | null) => {
    if (el) drawn.current.edges.set(edge.id, { group: el, edge });
    else drawn.current.edges.delete(edge.id);
  };

  // Before the first measurement (the prerendered HTML, hydration) the SVG frames the overview itself,
  // and on paper it frames everything shown (the print stylesheet sets the camera aside).
  // The overview is the default view (without optional layers), as the camera's first fit frames it.
  const overview = useMemo(() => {
    const box = overviewBox(layout, new Set(dataset.nodes.filter((n) => !n.layer).map((n) => n.id)));
    return box ? viewBoxOf(box) : undefined;
  }, [layout, dataset]);
  const paper = printing ? overviewBox(layout, new Set(nodes.map((n) => n.id))) : null;
  const relationCounts = degrees(edges);
  const summary = networkSummary(lang, {
    nodes: nodes.length,
    edges: edges.length,
    groups: groupsInUse(view.edges),
    kinds: nodeKindsInUse(view.nodes),
    hidden,
  });
  const keyboard = useNetworkKeyboard({
    nodes,
    layout,
    element: (id) => drawn.current.nodes.get(id),
    zoomBy: (factor) => zoomRef.current?.zoomBy(factor),
    fit: () => fitRef.current(),
    keyHelp: () => keysRef.current,
  });

  return (
    <div className="network" ref={containerRef} data-story={story ? story.index + 1 : undefined}>
      <svg
        ref={svgRef}
        className="network-svg"
        role="group"
        aria-label={`${t('networkLabel')}: ${dataset.meta.title[lang]}. ${summary}`}
        aria-describedby="network-keys"
        data-ready={mounted ? 'true' : 'false'}
        data-network-summary={summary}
        viewBox={
          paper ? viewBoxOf(paper) : svgSize.width > 0 ? `0 0 ${svgSize.width} ${svgSize.height}` : overview
        }
      >
        <EdgeMarkers />
        {/* A click on the empty background clears the selection (Escape does the same from the keyboard). */}
        <rect className="network-bg" width="100%" height="100%" onClick={() => select(null)} />
        <g ref={viewportRef} className="viewport">
          <g className="edges" aria-hidden="true">
            {edges.map((edge) => {
              const state = highlight ? (highlight.edges.has(edge.id) ? 'is-highlight' : 'is-dim') : '';
              // In a story: what the step brings in, or highlights again.
              const mark = edgeMark(vm, edge.id);
              const selected = selection?.type === 'edge' && selection.id === edge.id;
              return (
                <g
                  key={edge.id}
                  ref={edgeRef(edge)}
                  className={`edge edge-${edge.kind} group-${EDGE_KINDS[edge.kind].group} ${edge.layer ? 'in-layer' : ''} ${state} ${mark ? `is-${mark}` : ''} ${selected ? 'is-selected' : ''}`}
                  data-edge-id={edge.id}
                  data-layer={edge.layer}
                  data-edge-kind={edge.kind}
                  data-edge-source={edge.source}
                  data-edge-target={edge.target}
                  onClick={() => select({ type: 'edge', id: edge.id })}
                >
                  <path className="edge-hit" d={edgeD(layout, edge)} />
                  <path
                    className="edge-line"
                    d={edgeD(layout, edge)}
                    markerEnd={
                      EDGE_KINDS[edge.kind].directed
                        ? `url(#an-arrow-${EDGE_KINDS[edge.kind].group})`
                        : undefined
                    }
                  />
                  {/* Presenting: the step's relations carry their words, for a room that cannot hover. */}
                  {presenting && mark && <text className="edge-label">{relationVerb(edge, lang)}</text>}
                </g>
              );
            })}
          </g>
          <g className="nodes">
            {nodes.map((node) => {
              const state = highlight ? (highlight.nodes.has(node.id) ? 'is-highlight' : 'is-dim') : '';
              const mark = nodeMark(vm, node.id);
              const selected = selection?.type === 'node' && selection.id === node.id;
              const r = symbolRadius(node.kind);
              return (
                <g
                  key={node.id}
                  ref={nodeRef(node.id)}
                  className={`node node-${node.kind} ${node.layer ? 'in-layer' : ''} ${state} ${mark ? `is-${mark}` : ''} ${selected ? 'is-selected' : ''}`}
                  transform={nodeTransform(layout, node.id)}
                  data-node-id={node.id}
                  data-layer={node.layer}
                  data-node-kind={node.kind}
                  onClick={() => select({ type: 'node', id: node.id })}
                  onPointerEnter={() => hover(node.id)}
                  onPointerLeave={() => hover(null)}
                  role="button"
                  tabIndex={keyboard.tabStop === node.id ? 0 : -1}
                  data-focused={keyboard.focused === node.id ? 'true' : undefined}
                  aria-label={nodeAriaLabel(
                    lang,
                    node.label[lang],
                    node.kind,
                    relationCounts.get(node.id) ?? 0,
                    // The name says what the story step highlights (and whether it is new in it).
                    mark === 'new' ? 'new' : mark ? 'highlighted' : null,
                  )}
                  onKeyDown={keyboard.onKeyDown}
                  onFocus={(e) => keyboard.onNodeFocus(node.id, e)}
                  onBlur={() => keyboard.onNodeBlur(node.id)}
                >
                  <circle className="node-focus-ring" r={r + FOCUS_RING} />
                  {mark === 'new' && <circle className="node-new-ring" r={r + 4} />}
                  <NodeHitArea node={node} placement={layout.labelPlacement(node.id)} />
                  <NodeSymbol kind={node.kind} />
                  <NodeLabel
                    kind={node.kind}
                    text={nodeById.get(node.id)?.label[lang] ?? ''}
                    placement={layout.labelPlacement(node.id)}
                  />
                </g>
              );
            })}
          </g>
        </g>
      </svg>
      <p id="network-keys" className="network-keys" ref={keysRef}>
        {t('networkKeys')}
      </p>
      <ZoomControls
        onZoomIn={() => zoomRef.current?.zoomBy(ZOOM_STEP)}
        onZoomOut={() => zoomRef.current?.zoomBy(1 / ZOOM_STEP)}
        onFit={() => fitRef.current()}
        onReset={() => {
          layout?.reset();
          fitRef.current();
        }}
      />
    </div>
  );
}
