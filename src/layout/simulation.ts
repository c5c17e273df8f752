/**
 * The force layout, deterministic and outside React: the same data and
 * viewport give the same picture on every load. Small graphs are pre-warmed
 * synchronously (the first picture is already settled) and only run again
 * while the reader drags a node; listeners get each tick so the renderer can
 * write positions straight to the DOM. Large graphs (ASYNC_LAYOUT_MIN_NODES)
 * settle in short time slices between frames, so the page never freezes, and
 * can be paused while nobody can see them.
 *
 * Nodes marked `later` (an optional layer, off by default) are placed after
 * the others, around them: the others take exactly the places they would take
 * without them, and keep them when the layer is switched on.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3';
import type { Simulation, SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import type { NodeKind } from '../data/kinds';
import { forceBoxCollide, separate } from './forceBoxCollide';
import { nodeBox, symbolRadius } from './nodeBox';
import type { NodeBox } from './nodeBox';
import { moveLaterOutwards, pinAndSurround } from './later';
import { listeners } from './listeners';
import { hashString, seededRandom } from './random';
import { ASYNC_LAYOUT_MIN_NODES, CANVAS_MIN_NODES } from './scale';

export interface LayoutInputNode {
  id: string;
  kind: NodeKind;
  /** The longest label the node may show (either language), for spacing. */
  label: string;
  /** Placed after the other nodes, around them, without moving them (small graphs). */
  later?: boolean;
}

export interface LayoutInputEdge {
  id: string;
  source: string;
  target: string;
}

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  kind: NodeKind;
  box: NodeBox;
}

export interface LayoutOptions {
  width: number;
  height: number;
  seed?: number;
  /** Settle before returning ("sync") or in time slices ("async"); by default by graph size. */
  mode?: 'sync' | 'async';
  /** Reserve room for symbols only, not labels (large graphs; labels are placed by the renderer). */
  compact?: boolean;
  /**
   * Start from these positions, already arranged (src/layout/arrangement.ts):
   * nothing is simulated until a node is dragged, and `reset` returns here.
   */
  initial?: ReadonlyMap<string, { x: number; y: number }>;
}

type Listener = () => void;

export interface LayoutEngine {
  readonly nodes: readonly LayoutNode[];
  position(id: string): LayoutNode | undefined;
  /** Called after every tick while the simulation runs. */
  onTick(listener: Listener): () => void;
  /** Called whenever the simulation comes to rest. */
  onSettled(listener: Listener): () => void;
  isRunning(): boolean;
  dragStart(id: string): void;
  dragTo(id: string, x: number, y: number): void;
  dragEnd(id: string): void;
  /** Pins a node at a point without running the simulation (reduced motion: nothing else moves). */
  place(id: string, x: number, y: number): void;
  /** Forgets dragged positions and returns to the initial, deterministic layout. */
  reset(): void;
  /** Suspends all work (hidden tab, embed scrolled out of view); `resume` continues it. */
  pause(): void;
  resume(): void;
  /** Simulation ticks computed so far (for benchmarks). */
  ticks(): number;
  stop(): void;
}

const PREWARM_TICKS = 320;
/** Second phase of a layout with `later` nodes: only those move. */
const LATER_TICKS = 120;
/** Large graphs: fewer ticks (each costs more) and a time budget per slice. */
const LARGE_TICKS = 120;
const SLICE_MS = 12;
// Tuned on the article dataset for 350×467 (phone) to 1700×800 (wide) viewports:
// the pull towards the centre is stronger across the viewport's short side, so
// the picture takes the viewport's shape and fits at a legible zoom.
const PULL = 0.07;
const PULL_EXP = 2;
const CHARGE = -200;

function compactBox(kind: NodeKind): NodeBox {
  const r = symbolRadius(kind) + 3;
  return { halfWidth: r, top: r, bottom: r };
}

function initialPositions(
  inputs: readonly LayoutInputNode[],
  options: LayoutOptions,
  compact: boolean,
): LayoutNode[] {
  // Same phyllotaxis start as d3-force, stretched to the viewport's aspect.
  const aspect = Math.max(0.5, Math.min(2.5, options.width / Math.max(1, options.height)));
  const sx = Math.sqrt(aspect);
  const sy = 1 / sx;
  return inputs.map((n, i) => {
    const radius = 14 * Math.sqrt(0.5 + i);
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    const given = options.initial?.get(n.id);
    return {
      id: n.id,
      kind: n.kind,
      box: compact ? compactBox(n.kind) : nodeBox(n.kind, n.label),
      x: given ? given.x : radius * Math.cos(angle) * sx,
      y: given ? given.y : radius * Math.sin(angle) * sy,
    };
  });
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

export function createLayout(
  inputNodes: readonly LayoutInputNode[],
  inputEdges: readonly LayoutInputEdge[],
  options: LayoutOptions,
): LayoutEngine {
  const firstNodes = inputNodes.filter((n) => !n.later);
  const seed = options.seed ?? hashString(firstNodes.map((n) => n.id).join(','));
  const large = inputNodes.length >= ASYNC_LAYOUT_MIN_NODES;
  const inTwoPhases = firstNodes.length < inputNodes.length && firstNodes.length > 0 && !large;
  const mode = options.mode ?? (large ? 'async' : 'sync');
  const compact = options.compact ?? inputNodes.length >= CANVAS_MIN_NODES;
  const ticked = listeners();
  const settled = listeners();
  let running = false;
  // Async settling: a pending slice, and whether the engine is paused.
  let settling = false;
  let slice: ReturnType<typeof setTimeout> | null = null;
  let paused = false;
  let simulationWasRunning = false;
  let tickCount = 0;
  let nodes: LayoutNode[] = [];
  let byId = new Map<string, LayoutNode>();
  let simulation: Simulation<LayoutNode, SimulationLinkDatum<LayoutNode>>;

  function build() {
    simulation?.stop();
    cancelSlice();
    nodes = initialPositions(inputNodes, options, compact);
    byId = new Map(nodes.map((n) => [n.id, n]));
    if (inTwoPhases && !options.initial) placeFirstNodes();
    const links = inputEdges
      .filter((e) => byId.has(e.source) && byId.has(e.target) && e.source !== e.target)
      .map((e) => ({ source: e.source, target: e.target }));
    // Pull harder along the shorter side so the picture fills the viewport.
    const aspect = options.width / Math.max(1, options.height);
    const pull = large ? PULL / 2 : PULL;
    simulation = forceSimulation<LayoutNode>(nodes)
      .randomSource(seededRandom(seed))
      .force(
        'link',
        forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(links)
          .id((d) => d.id)
          .distance(large ? 40 : 70)
          .strength(large ? 0.2 : 0.4),
      )
      .force(
        'charge',
        forceManyBody<LayoutNode>()
          .strength(large ? -60 : CHARGE)
          .distanceMax(large ? Infinity : 600)
          .theta(large ? 1.2 : 0.9),
      )
      .force('x', forceX<LayoutNode>(0).strength(pull * Math.min(4, Math.max(0.5, 1 / aspect) ** PULL_EXP)))
      .force('y', forceY<LayoutNode>(0).strength(pull * Math.min(4, Math.max(0.5, aspect) ** PULL_EXP)))
      // Symbol-only boxes are squares: d3's circle collision (a quadtree) keeps them apart faster.
      .force(
        'boxes',
        compact ? forceCollide<LayoutNode>((d) => d.box.halfWidth).strength(0.8) : forceBoxCollide(0.7),
      )
      .stop();
    if (large) simulation.alphaDecay(1 - simulation.alphaMin() ** (1 / LARGE_TICKS));
    simulation.on('tick', ticked.emit);
    simulation.on('end', () => {
      running = false;
      resolveOverlaps();
      ticked.emit();
      settled.emit();
    });
    if (options.initial) {
      // Arranged already: the simulation only wakes for dragging.
      simulation.alpha(0);
    } else if (inTwoPhases) {
      // The later nodes settle around the pinned first ones (fewer nodes move: fewer ticks),
      // then the first ones are let go.
      const decay = simulation.alphaDecay();
      simulation.alphaDecay(1 - simulation.alphaMin() ** (1 / LATER_TICKS));
      simulation.tick(LATER_TICKS);
      simulation.alphaDecay(decay);
      tickCount += LATER_TICKS;
      resolveOverlaps();
      moveLaterOutwards(nodes);
      for (const n of nodes) n.fx = n.fy = undefined;
    } else if (mode === 'sync' && !large) {
      simulation.tick(PREWARM_TICKS);
      tickCount += PREWARM_TICKS;
      resolveOverlaps();
    } else if (mode === 'sync') {
      tickUntil(Infinity);
      resolveOverlaps();
    } else {
      settling = true;
      running = true;
      scheduleSlice();
    }
  }

  /** Phase one: the first nodes alone, exactly as a layout without the later ones; pinned there. */
  function placeFirstNodes() {
    const first = createLayout(firstNodes, inputEdges, { ...options, seed, mode: 'sync', compact });
    first.stop();
    pinAndSurround(nodes, inputEdges, (id) => first.position(id));
  }

  function cancelSlice() {
    if (slice !== null) clearTimeout(slice);
    slice = null;
  }

  function scheduleSlice() {
    if (paused || slice !== null) return;
    slice = setTimeout(runSlice, 0);
  }

  /** Ticks until the layout has cooled down (true) or the deadline has passed (false). */
  function tickUntil(deadline: number): boolean {
    do {
      simulation.tick();
      tickCount++;
    } while (simulation.alpha() >= simulation.alphaMin() && now() < deadline);
    return simulation.alpha() < simulation.alphaMin();
  }

  /** Ticks for up to SLICE_MS, then yields to the browser (input, painting). */
  function runSlice() {
    slice = null;
    if (!settling || paused) return;
    if (tickUntil(now() + SLICE_MS)) {
      settling = false;
      running = false;
      resolveOverlaps();
      ticked.emit();
      settled.emit();
    } else {
      ticked.emit();
      scheduleSlice();
    }
  }

  function resolveOverlaps() {
    for (let i = 0; i < (large ? 20 : 200) && separate(nodes, 1) > 0; i++);
  }

  function heat(alphaTarget: number) {
    simulation.alphaTarget(alphaTarget);
    if (!running) {
      running = true;
      simulation.alpha(Math.max(simulation.alpha(), 0.3));
      if (paused) simulationWasRunning = true;
      else simulation.restart();
    }
  }

  build();

  return {
    get nodes() {
      return nodes;
    },
    position: (id) => byId.get(id),
    onTick: ticked.add,
    onSettled: settled.add,
    isRunning: () => running,
    dragStart(id) {
      const n = byId.get(id);
      if (!n) return;
      n.fx = n.x;
      n.fy = n.y;
      // Large graphs: the dragged node moves alone (re-running thousands of nodes per frame costs too much).
      if (!large) heat(0.25);
    },
    dragTo(id, x, y) {
      const n = byId.get(id);
      if (!n) return;
      n.fx = x;
      n.fy = y;
      if (large) {
        n.x = x;
        n.y = y;
        ticked.emit();
      } else if (!running) heat(0.25);
    },
    dragEnd() {
      // The node keeps fx/fy: it stays where the reader dropped it until reset.
      if (!large) simulation.alphaTarget(0);
    },
    place(id, x, y) {
      const n = byId.get(id);
      if (!n) return;
      n.x = n.fx = x;
      n.y = n.fy = y;
      ticked.emit();
    },
    reset() {
      running = false;
      settling = false;
      build();
      ticked.emit();
      if (mode === 'sync') settled.emit();
    },
    pause() {
      if (paused) return;
      paused = true;
      cancelSlice();
      if (running && !settling) {
        simulationWasRunning = true;
        simulation.stop();
      }
    },
    resume() {
      if (!paused) return;
      paused = false;
      if (settling) scheduleSlice();
      if (simulationWasRunning) {
        simulationWasRunning = false;
        simulation.restart();
      }
    },
    ticks: () => tickCount,
    stop() {
      running = false;
      settling = false;
      cancelSlice();
      simulation.stop();
    },
  };
}
