/**
 * Where the app changes strategy as graphs grow (see README, "Performance").
 * Up to ASYNC_LAYOUT_MIN_NODES nodes the layout is computed before the first
 * picture; larger graphs settle in time slices so the page stays responsive.
 * From CANVAS_MIN_NODES nodes the network is drawn on a canvas instead of SVG,
 * nodes only reserve room for their symbol, and labels are shown where they
 * fit, most connected nodes first.
 */
export const ASYNC_LAYOUT_MIN_NODES = 300;
export const CANVAS_MIN_NODES = 300;

export function prefersCanvas(nodeCount: number): boolean {
  return nodeCount >= CANVAS_MIN_NODES;
}
