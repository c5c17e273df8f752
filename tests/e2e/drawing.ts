// Reads the drawn network from the page, in screen pixels, for the readability measures of
// src/layout/readability (the same functions the unit tests and the bench use): symbol and label
// boxes (getBoundingClientRect), relation paths sampled along their length (getPointAtLength,
// mapped to the screen), node centres, and the drawing's frame. Shared by the browser tests and
// the bench.
import type { Frame, Page } from '@playwright/test';
import type { Drawing } from '../../src/layout/readability/measures';

export interface ReadDrawing extends Drawing {
  /** Node centres (the middle of each symbol's box), for the Procrustes residual. */
  centres: { id: string; x: number; y: number }[];
  /** Height of each label's box (px): one line of text, or two. */
  labelHeights: { id: string; height: number; lines: number }[];
  orientation: string;
}

/** Samples per pixel of path length (a point every 2 px). */
const STEP = 2;

/**
 * The in-page reader, as source text: a function compiled by a test runner or tsx may carry helper
 * calls (e.g. esbuild's `__name`) that do not exist in the page.
 */
const IN_PAGE = `(() => {
  const step = ${STEP};
  const box = (r) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom });
  const svg = document.querySelector('svg.network-svg');
  const nodes = [...document.querySelectorAll('[data-node-id]')];
  const symbols = nodes.map((g) => ({ id: g.dataset.nodeId, box: box(g.querySelector('.node-symbol').getBoundingClientRect()) }));
  const labels = nodes.map((g) => {
    const text = g.querySelector('.node-label');
    return { id: g.dataset.nodeId, box: box(text.getBoundingClientRect()), lines: Math.max(1, text.querySelectorAll('tspan').length) };
  });
  const edges = [...document.querySelectorAll('[data-edge-id]')].map((g) => {
    const path = g.querySelector('.edge-line');
    const m = path.getScreenCTM();
    const length = path.getTotalLength();
    const count = Math.max(2, Math.ceil((length * m.a) / step));
    const points = [];
    for (let i = 0; i <= count; i++) {
      const p = path.getPointAtLength((length * i) / count);
      points.push(p.x * m.a + p.y * m.c + m.e, p.x * m.b + p.y * m.d + m.f);
    }
    return { id: g.dataset.edgeId, points, source: g.dataset.edgeSource, target: g.dataset.edgeTarget };
  });
  return {
    nodes: symbols,
    labels: labels.map(({ id, box: b }) => ({ id, box: b })),
    edges,
    frame: box(svg.getBoundingClientRect()),
    centres: symbols.map(({ id, box: b }) => ({ id, x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 })),
    labelHeights: labels.map(({ id, box: b, lines }) => ({ id, height: b.y1 - b.y0, lines })),
    orientation: svg.dataset.orientation ?? '',
  };
})()`;

export function readDrawing(target: Page | Frame): Promise<ReadDrawing> {
  return target.evaluate(IN_PAGE) as Promise<ReadDrawing>;
}
