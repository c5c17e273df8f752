/**
 * d3-interpolate's interpolateZoom (van Wijk and Nuij, "Smooth and efficient zooming and
 * panning", 2003): the one part of d3-interpolate that d3-zoom and the camera use. The same
 * arithmetic as d3-interpolate 3 (ISC licence, Copyright 2010-2021 Mike Bostock), with types.
 * vite.config.ts resolves d3-zoom's import of d3-interpolate to this module, so the rest of
 * d3-interpolate, and d3-color with it, stay out of the first view.
 */

/** A view: [centre x, centre y, width]. */
export type ZoomView = [number, number, number];

export interface ZoomPath {
  (t: number): ZoomView;
  /** The recommended duration of the move, in milliseconds. */
  duration: number;
}

export interface ZoomInterpolator {
  (p0: ZoomView, p1: ZoomView): ZoomPath;
  rho(rho: number): ZoomInterpolator;
}

const EPSILON2 = 1e-12;

const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1);

function zoomRho(rho: number, rho2: number, rho4: number): ZoomInterpolator {
  function zoom(p0: ZoomView, p1: ZoomView): ZoomPath {
    const [ux0, uy0, w0] = p0;
    const [ux1, uy1, w1] = p1;
    const dx = ux1 - ux0;
    const dy = uy1 - uy0;
    const d2 = dx * dx + dy * dy;
    let S: number;
    let path: (t: number) => ZoomView;
    if (d2 < EPSILON2) {
      // Special case for u0 ≅ u1.
      S = Math.log(w1 / w0) / rho;
      path = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(rho * t * S)];
    } else {
      const d1 = Math.sqrt(d2);
      const b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1);
      const b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1);
      const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
      const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
      S = (r1 - r0) / rho;
      path = (t) => {
        const s = t * S;
        const coshr0 = cosh(r0);
        const u = (w0 / (rho2 * d1)) * (coshr0 * tanh(rho * s + r0) - sinh(r0));
        return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(rho * s + r0)];
      };
    }
    return Object.assign(path, { duration: (Math.abs(S) * 1000 * rho) / Math.SQRT2 });
  }
  zoom.rho = (r: number) => {
    const r1 = Math.max(1e-3, +r);
    const r2 = r1 * r1;
    return zoomRho(r1, r2, r2 * r2);
  };
  return zoom;
}

export const interpolateZoom: ZoomInterpolator = zoomRho(Math.SQRT2, 2, 4);
