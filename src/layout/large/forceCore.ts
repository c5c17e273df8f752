/**
 * The force layout for large graphs (from CANVAS_MIN_NODES nodes), on typed
 * arrays so it runs in a Web Worker and hands its positions over without
 * copying objects. It starts from pivot MDS (./pivotMds.ts) rather than a
 * spiral, so it needs a few hundred cheap ticks instead of thousands:
 * - links: d3-force's spring (strength 1 / smaller degree, bias by degree);
 * - charge: Barnes–Hut on a quadtree rebuilt each tick, with an opening angle
 *   that grows with the graph (θ 0.9 up to 1.3);
 * - a pull towards the centre shaped by the viewport, and circle collision on
 *   a grid so symbols never overlap.
 * The same input and seed give the same picture. Pure: no DOM, no timers.
 */
import { adjacency, pivotMds } from './pivotMds';
import { seededRandom } from '../random';

export interface ForceInput {
  n: number;
  /** Relations as pairs of node indices. */
  source: Int32Array;
  target: Int32Array;
  /** Room each node takes (its symbol with a margin), in layout units. */
  radius: Float32Array;
  width: number;
  height: number;
  seed: number;
}

export interface ForceLayout {
  readonly n: number;
  /** Positions, interleaved x, y (read-only for callers). */
  readonly xy: Float64Array;
  /** Per node: 1 while pinned (read-only for callers). */
  readonly pinned: Uint8Array;
  /** Runs one tick; true once the layout has settled. */
  tick(): boolean;
  settled(): boolean;
  /** 0 … 1: how far the layout is towards settled. */
  progress(): number;
  ticks(): number;
  /** Holds node i at (x, y) until `unpin`. */
  pin(i: number, x: number, y: number): void;
  unpin(i: number): void;
  /** Back to the first picture (pins forgotten), to settle again. */
  reset(): void;
}

export const LINK_DISTANCE = 36;
const CHARGE = -70;
const ALPHA_START = 0.5;
const ALPHA_MIN = 0.003;
const VELOCITY_KEEP = 0.6;
const PULL = 0.02;
const COLLIDE_BELOW = Math.sqrt(ALPHA_START * ALPHA_MIN);

/** Ticks until settled: fewer for bigger graphs (each costs more, and the start is already good). */
export function tickBudget(n: number): number {
  return n <= 1000 ? 260 : n <= 3000 ? 220 : 180;
}

function openingAngle(n: number): number {
  return n <= 1000 ? 0.9 : n <= 3000 ? 1.1 : 1.3;
}

/**
 * Where the layout starts: pivot MDS, with a seeded jitter that spreads nodes at equal
 * distances to every pivot. Pure; the preview of a file still being checked starts here too.
 */
export function startPositions(input: ForceInput, adj = adjacency(input.n, input.source, input.target)) {
  const random = seededRandom(input.seed);
  const xy = pivotMds(input.n, adj, { edgeLength: LINK_DISTANCE, landscape: aspectOf(input) >= 1 });
  spreadTo(xy, input.n, START_SPREAD * Math.sqrt(input.n));
  for (let i = 0; i < xy.length; i++) xy[i] = xy[i]! + (random() - 0.5) * LINK_DISTANCE * 0.5;
  return xy;
}

/**
 * How far from their centre nodes start, on average (root mean square), per √n layout units.
 * Pivot MDS packs a densely linked graph into a disc of some 45 units whatever its size, while
 * the forces settle it at about 12.5 √n (generated graphs of 400 to 5,000 nodes): started there,
 * the preview showed a blob of overlapping symbols and the first ticks blew it apart.
 */
const START_SPREAD = 11;

/** Scales `xy` about its centre so its root mean square radius is at least `radius`. */
function spreadTo(xy: Float64Array, n: number, radius: number): void {
  if (n < 2) return;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += xy[2 * i]!;
    cy += xy[2 * i + 1]!;
  }
  cx /= n;
  cy /= n;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (xy[2 * i]! - cx) ** 2 + (xy[2 * i + 1]! - cy) ** 2;
  const rms = Math.sqrt(sum / n);
  if (rms === 0 || rms >= radius) return;
  const k = radius / rms;
  for (let i = 0; i < n; i++) {
    xy[2 * i] = cx + (xy[2 * i]! - cx) * k;
    xy[2 * i + 1] = cy + (xy[2 * i + 1]! - cy) * k;
  }
}

function aspectOf(input: ForceInput): number {
  return Math.max(0.5, Math.min(2.5, input.width / Math.max(1, input.height)));
}

/**
 * `initial`: positions to start from the first time (a preview the reader already sees);
 * a reset starts from `startPositions` again.
 */
export function createForceLayout(input: ForceInput, initial?: ArrayLike<number>): ForceLayout {
  const { n, source, target, radius } = input;
  const m = source.length;
  const adj = adjacency(n, source, target);
  const degree = new Int32Array(n);
  for (let i = 0; i < n; i++) degree[i] = adj.offsets[i + 1]! - adj.offsets[i]!;
  const strength = new Float64Array(m);
  const bias = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const ds = degree[source[e]!]!;
    const dt = degree[target[e]!]!;
    strength[e] = 1 / Math.max(1, Math.min(ds, dt));
    bias[e] = ds / Math.max(1, ds + dt);
  }
  const aspect = aspectOf(input);
  const pullX = PULL * Math.min(4, Math.max(0.5, 1 / aspect) ** 2);
  const pullY = PULL * Math.min(4, Math.max(0.5, aspect) ** 2);
  const theta2 = openingAngle(n) ** 2;
  const total = tickBudget(n);
  const decay = 1 - (ALPHA_MIN / ALPHA_START) ** (1 / total);
  let maxRadius = 1;
  for (let i = 0; i < n; i++) maxRadius = Math.max(maxRadius, radius[i]!);

  const xy = new Float64Array(2 * n);
  const vel = new Float64Array(2 * n);
  const pinned = new Uint8Array(n);
  const pinXY = new Float64Array(2 * n);
  let alpha = ALPHA_START;
  let tickCount = 0;
  let done = false;

  function start(from: ArrayLike<number> = startPositions(input, adj)) {
    xy.set(from);
    vel.fill(0);
    pinned.fill(0);
    alpha = ALPHA_START;
    tickCount = 0;
    done = n === 0;
  }

  // Quadtree in flat arrays, rebuilt every tick: per cell its four children
  // (-1: none), its point (a leaf) or -1, its width, charge and centre of charge.
  let cap = 4 * n + 64;
  let child = new Int32Array(4 * cap);
  let point = new Int32Array(cap);
  let width = new Float64Array(cap);
  let charge = new Float64Array(cap);
  let cx = new Float64Array(cap);
  let cy = new Float64Array(cap);
  const nextInLeaf = new Int32Array(n);
  const stack = new Int32Array(4 * 64 + 8);
  let cells = 0;

  function grow() {
    cap *= 2;
    const c2 = new Int32Array(4 * cap);
    c2.set(child);
    child = c2;
    const p2 = new Int32Array(cap);
    p2.set(point);
    point = p2;
    const widen = (a: Float64Array) => {
      const next = new Float64Array(cap);
      next.set(a);
      return next;
    };
    width = widen(width);
    charge = widen(charge);
    cx = widen(cx);
    cy = widen(cy);
  }

  function newCell(w: number): number {
    if (cells >= cap) grow();
    const c = cells++;
    child.fill(-1, 4 * c, 4 * c + 4);
    point[c] = -1;
    width[c] = w;
    charge[c] = 0;
    cx[c] = 0;
    cy[c] = 0;
    return c;
  }

  const isEmpty = (c: number) =>
    child[4 * c] === -1 && child[4 * c + 1] === -1 && child[4 * c + 2] === -1 && child[4 * c + 3] === -1;

  function buildTree(): { x0: number; y0: number } {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    const size = Math.max(x1 - x0, y1 - y0, 1) * 1.0001;
    cells = 0;
    newCell(size);
    for (let i = 0; i < n; i++) {
      nextInLeaf[i] = -1;
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      let c = 0;
      let bx = x0;
      let by = y0;
      let depth = 0;
      for (;;) {
        const w = width[c]!;
        const p = point[c]!;
        const h = w / 2;
        if (p === -1 && isEmpty(c)) {
          point[c] = i; // an empty leaf
          break;
        }
        if (p >= 0) {
          // A leaf: split it, unless the points coincide (then chain them).
          if (depth > 48 || (xy[2 * p] === x && xy[2 * p + 1] === y)) {
            nextInLeaf[i] = nextInLeaf[p]!;
            nextInLeaf[p] = i;
            break;
          }
          point[c] = -1;
          const qx = xy[2 * p]! >= bx + h ? 1 : 0;
          const qy = xy[2 * p + 1]! >= by + h ? 1 : 0;
          const leaf = newCell(h);
          point[leaf] = p;
          child[4 * c + qx + 2 * qy] = leaf;
        }
        const qx = x >= bx + h ? 1 : 0;
        const qy = y >= by + h ? 1 : 0;
        bx += qx * h;
        by += qy * h;
        let next = child[4 * c + qx + 2 * qy]!;
        if (next === -1) {
          next = newCell(h);
          child[4 * c + qx + 2 * qy] = next;
        }
        c = next;
        depth++;
      }
    }
    // Charges bottom-up: children always come after their parent in the pool.
    for (let c = cells - 1; c >= 0; c--) {
      let q = 0;
      let sx = 0;
      let sy = 0;
      if (point[c]! >= 0) {
        for (let p = point[c]!; p !== -1; p = nextInLeaf[p]!) {
          q += CHARGE;
          sx += CHARGE * xy[2 * p]!;
          sy += CHARGE * xy[2 * p + 1]!;
        }
      } else {
        for (let j = 0; j < 4; j++) {
          const k = child[4 * c + j]!;
          if (k < 0) continue;
          q += charge[k]!;
          sx += charge[k]! * cx[k]!;
          sy += charge[k]! * cy[k]!;
        }
      }
      charge[c] = q;
      cx[c] = q !== 0 ? sx / q : 0;
      cy[c] = q !== 0 ? sy / q : 0;
    }
    return { x0, y0 };
  }

  function applyCharge() {
    buildTree();
    for (let i = 0; i < n; i++) {
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top]!;
        const q = charge[c]!;
        if (q === 0) continue;
        let dx = cx[c]! - x;
        let dy = cy[c]! - y;
        let l = dx * dx + dy * dy;
        const w = width[c]!;
        const leaf = point[c]! >= 0;
        if (!leaf && (w * w) / theta2 >= l) {
          for (let j = 0; j < 4; j++) if (child[4 * c + j]! >= 0) stack[top++] = child[4 * c + j]!;
          continue;
        }
        if (leaf) {
          // Exact, point by point (skipping the node itself).
          for (let p = point[c]!; p !== -1; p = nextInLeaf[p]!) {
            if (p === i) continue;
            dx = xy[2 * p]! - x;
            dy = xy[2 * p + 1]! - y;
            l = dx * dx + dy * dy;
            if (l < 1) {
              dx = ((p - i) % 7) * 0.1 + 0.05; // coincident: push apart deterministically
              dy = ((i - p) % 5) * 0.1 + 0.05;
              l = 1;
            }
            fx += (dx * CHARGE) / l;
            fy += (dy * CHARGE) / l;
          }
          continue;
        }
        if (l < 1) l = 1;
        fx += (dx * q) / l;
        fy += (dy * q) / l;
      }
      vel[2 * i]! += fx * alpha;
      vel[2 * i + 1]! += fy * alpha;
    }
  }

  function applyLinks() {
    for (let e = 0; e < m; e++) {
      const s = source[e]!;
      const t = target[e]!;
      if (s === t) continue;
      let dx = xy[2 * t]! + vel[2 * t]! - xy[2 * s]! - vel[2 * s]!;
      let dy = xy[2 * t + 1]! + vel[2 * t + 1]! - xy[2 * s + 1]! - vel[2 * s + 1]!;
      let l = Math.sqrt(dx * dx + dy * dy) || 1e-3;
      l = ((l - LINK_DISTANCE) / l) * alpha * strength[e]!;
      dx *= l;
      dy *= l;
      const b = bias[e]!;
      vel[2 * t]! -= dx * b;
      vel[2 * t + 1]! -= dy * b;
      vel[2 * s]! += dx * (1 - b);
      vel[2 * s + 1]! += dy * (1 - b);
    }
  }

  // Collision on a uniform grid (cells at least as wide as the largest symbol's
  // diameter), nodes chained per cell in flat arrays: O(n) per tick.
  const nextInCell = new Int32Array(n);
  const cellOf = new Int32Array(n);
  let heads = new Int32Array(0);
  function applyCollision() {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = xy[2 * i]! + vel[2 * i]!;
      const y = xy[2 * i + 1]! + vel[2 * i + 1]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    const size = Math.max(2 * maxRadius, Math.sqrt(((x1 - x0 + 1) * (y1 - y0 + 1)) / Math.max(1, n)));
    const cols = Math.floor((x1 - x0) / size) + 1;
    const rows = Math.floor((y1 - y0) / size) + 1;
    if (heads.length < cols * rows) heads = new Int32Array(cols * rows);
    heads.fill(-1, 0, cols * rows);
    for (let i = 0; i < n; i++) {
      const k =
        Math.floor((xy[2 * i + 1]! + vel[2 * i + 1]! - y0) / size) * cols +
        Math.floor((xy[2 * i]! + vel[2 * i]! - x0) / size);
      cellOf[i] = k;
      nextInCell[i] = heads[k]!;
      heads[k] = i;
    }
    for (let i = 0; i < n; i++) {
      const xi = xy[2 * i]! + vel[2 * i]!;
      const yi = xy[2 * i + 1]! + vel[2 * i + 1]!;
      const ri = radius[i]!;
      const col = cellOf[i]! % cols;
      const row = (cellOf[i]! - col) / cols;
      for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
        for (let q = Math.max(0, col - 1); q <= Math.min(cols - 1, col + 1); q++) {
          for (let j = heads[r * cols + q]!; j !== -1; j = nextInCell[j]!) {
            if (j <= i) continue;
            const reach = ri + radius[j]!;
            let dx = xi - xy[2 * j]! - vel[2 * j]!;
            let dy = yi - xy[2 * j + 1]! - vel[2 * j + 1]!;
            let l = dx * dx + dy * dy;
            if (l >= reach * reach) continue;
            if (l === 0) {
              dx = 0.01 * (1 + (i % 3));
              dy = 0.01 * (1 + (j % 3));
              l = dx * dx + dy * dy;
            }
            l = Math.sqrt(l);
            const push = ((reach - l) / l) * 0.7;
            const rj = radius[j]! * radius[j]!;
            const share = rj / (ri * ri + rj);
            vel[2 * i]! += dx * push * share;
            vel[2 * i + 1]! += dy * push * share;
            vel[2 * j]! -= dx * push * (1 - share);
            vel[2 * j + 1]! -= dy * push * (1 - share);
          }
        }
      }
    }
  }

  function tick(): boolean {
    if (done) return true;
    alpha += (0 - alpha) * decay;
    applyLinks();
    applyCharge();
    for (let i = 0; i < n; i++) {
      vel[2 * i]! += -xy[2 * i]! * pullX * alpha;
      vel[2 * i + 1]! += -xy[2 * i + 1]! * pullY * alpha;
    }
    // Symbols are kept apart once the picture has unfolded (early on, nodes
    // still pile up where pivot MDS put them, and charge spreads them anyway).
    if (alpha < COLLIDE_BELOW) applyCollision();
    for (let i = 0; i < n; i++) {
      if (pinned[i]) {
        xy[2 * i] = pinXY[2 * i]!;
        xy[2 * i + 1] = pinXY[2 * i + 1]!;
        vel[2 * i] = vel[2 * i + 1] = 0;
        continue;
      }
      vel[2 * i]! *= VELOCITY_KEEP;
      vel[2 * i + 1]! *= VELOCITY_KEEP;
      xy[2 * i]! += vel[2 * i]!;
      xy[2 * i + 1]! += vel[2 * i + 1]!;
    }
    tickCount++;
    if (alpha < ALPHA_MIN) done = true;
    return done;
  }

  start(initial && initial.length === 2 * n ? initial : undefined);

  return {
    n,
    xy,
    pinned,
    tick,
    settled: () => done,
    progress: () =>
      done ? 1 : Math.min(0.99, Math.log(alpha / ALPHA_START) / Math.log(ALPHA_MIN / ALPHA_START)),
    ticks: () => tickCount,
    pin(i, x, y) {
      if (i < 0 || i >= n) return;
      pinned[i] = 1;
      pinXY[2 * i] = xy[2 * i] = x;
      pinXY[2 * i + 1] = xy[2 * i + 1] = y;
    },
    unpin(i) {
      if (i >= 0 && i < n) pinned[i] = 0;
    },
    reset: start,
  };
}
