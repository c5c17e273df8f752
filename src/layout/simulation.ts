/**
 * The force layout, deterministic and outside React: the same data and
 * viewport give the same picture on every load. It is pre-warmed
 * synchronously (the first picture is already settled), and only runs again
 * while the reader drags a node; listeners get each tick so the renderer can
 * write positions straight to the DOM.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { Simulation, SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { NodeKind } from '../data/kinds';
import { forceBoxCollide, separate } from './forceBoxCollide';
import { nodeBox } from './nodeBox';
import type { NodeBox } from './nodeBox';
import { hashString, seededRandom } from './random';

export interface LayoutInputNode {
  id: string;
  kind: NodeKind;
  /** The longest label the node may show (either language), for spacing. */
  label: string;
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
  stop(): void;
}

const PREWARM_TICKS = 320;
// Tuned on the article dataset for 350×467 (phone) to 1700×800 (wide) viewports:
// the pull towards the centre is stronger across the viewport's short side, so
// the picture takes the viewport's shape and fits at a legible zoom.
const PULL = 0.07;
const PULL_EXP = 2;
const CHARGE = -200;

function initialPositions(inputs: readonly LayoutInputNode[], options: LayoutOptions): LayoutNode[] {
  // Same phyllotaxis start as d3-force, stretched to the viewport's aspect.
  const aspect = Math.max(0.5, Math.min(2.5, options.width / Math.max(1, options.height)));
  const sx = Math.sqrt(aspect);
  const sy = 1 / sx;
  return inputs.map((n, i) => {
    const radius = 14 * Math.sqrt(0.5 + i);
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    return {
      id: n.id,
      kind: n.kind,
      box: nodeBox(n.kind, n.label),
      x: radius * Math.cos(angle) * sx,
      y: radius * Math.sin(angle) * sy,
    };
  });
}

export function createLayout(
  inputNodes: readonly LayoutInputNode[],
  inputEdges: readonly LayoutInputEdge[],
  options: LayoutOptions,
): LayoutEngine {
  const seed = options.seed ?? hashString(inputNodes.map((n) => n.id).join(','));
  const tickListeners = new Set<Listener>();
  const settledListeners = new Set<Listener>();
  let running = false;
  let nodes: LayoutNode[] = [];
  let byId = new Map<string, LayoutNode>();
  let simulation: Simulation<LayoutNode, SimulationLinkDatum<LayoutNode>>;

  function build() {
    simulation?.stop();
    nodes = initialPositions(inputNodes, options);
    byId = new Map(nodes.map((n) => [n.id, n]));
    const links = inputEdges
      .filter((e) => byId.has(e.source) && byId.has(e.target) && e.source !== e.target)
      .map((e) => ({ source: e.source, target: e.target }));
    // Pull harder along the shorter side so the picture fills the viewport.
    const aspect = options.width / Math.max(1, options.height);
    const pull = PULL;
    simulation = forceSimulation<LayoutNode>(nodes)
      .randomSource(seededRandom(seed))
      .force(
        'link',
        forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(links)
          .id((d) => d.id)
          .distance(70)
          .strength(0.4),
      )
      .force('charge', forceManyBody<LayoutNode>().strength(CHARGE).distanceMax(600))
      .force('x', forceX<LayoutNode>(0).strength(pull * Math.min(4, Math.max(0.5, 1 / aspect) ** PULL_EXP)))
      .force('y', forceY<LayoutNode>(0).strength(pull * Math.min(4, Math.max(0.5, aspect) ** PULL_EXP)))
      .force('boxes', forceBoxCollide(0.7))
      .stop();
    simulation.tick(PREWARM_TICKS);
    resolveOverlaps();
    simulation.on('tick', () => {
      for (const l of tickListeners) l();
    });
    simulation.on('end', () => {
      running = false;
      resolveOverlaps();
      for (const l of tickListeners) l();
      for (const l of settledListeners) l();
    });
  }

  function resolveOverlaps() {
    for (let i = 0; i < 200 && separate(nodes, 1) > 0; i++);
  }

  function heat(alphaTarget: number) {
    simulation.alphaTarget(alphaTarget);
    if (!running) {
      running = true;
      simulation.alpha(Math.max(simulation.alpha(), 0.3)).restart();
    }
  }

  build();

  return {
    get nodes() {
      return nodes;
    },
    position: (id) => byId.get(id),
    onTick(listener) {
      tickListeners.add(listener);
      return () => tickListeners.delete(listener);
    },
    onSettled(listener) {
      settledListeners.add(listener);
      return () => settledListeners.delete(listener);
    },
    isRunning: () => running,
    dragStart(id) {
      const n = byId.get(id);
      if (!n) return;
      n.fx = n.x;
      n.fy = n.y;
      heat(0.25);
    },
    dragTo(id, x, y) {
      const n = byId.get(id);
      if (!n) return;
      n.fx = x;
      n.fy = y;
      if (!running) heat(0.25);
    },
    dragEnd() {
      // The node keeps fx/fy: it stays where the reader dropped it until reset.
      simulation.alphaTarget(0);
    },
    place(id, x, y) {
      const n = byId.get(id);
      if (!n) return;
      n.x = n.fx = x;
      n.y = n.fy = y;
      for (const l of tickListeners) l();
    },
    reset() {
      running = false;
      build();
      for (const l of tickListeners) l();
      for (const l of settledListeners) l();
    },
    stop() {
      running = false;
      simulation.stop();
    },
  };
}
