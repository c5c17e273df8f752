/**
 * Similarity Procrustes: how far apart two drawings of the same nodes are
 * after the best translation, rotation, reflection and uniform scale.
 */
export interface Placed {
  id: string;
  x: number;
  y: number;
}

/**
 * The root-mean-square distance left between matched points after the best
 * similarity transform of `a` onto `b`, relative to the root-mean-square
 * radius of `b` (0 = the same picture, 1 = unrelated). Symmetric. Points are
 * matched by id; ids in only one drawing are ignored.
 */
export function procrustesResidual(a: readonly Placed[], b: readonly Placed[]): number {
  const byId = new Map(b.map((p) => [p.id, p]));
  const pairs: [Placed, Placed][] = [];
  for (const p of a) {
    const q = byId.get(p.id);
    if (q) pairs.push([p, q]);
  }
  if (pairs.length < 2) return 0;
  const n = pairs.length;
  let ax = 0;
  let ay = 0;
  let bx = 0;
  let by = 0;
  for (const [p, q] of pairs) {
    ax += p.x / n;
    ay += p.y / n;
    bx += q.x / n;
    by += q.y / n;
  }
  let na = 0;
  let nb = 0;
  // M = Σ a bᵀ of the centred points.
  let m11 = 0;
  let m12 = 0;
  let m21 = 0;
  let m22 = 0;
  for (const [p, q] of pairs) {
    const px = p.x - ax;
    const py = p.y - ay;
    const qx = q.x - bx;
    const qy = q.y - by;
    na += px * px + py * py;
    nb += qx * qx + qy * qy;
    m11 += px * qx;
    m12 += px * qy;
    m21 += py * qx;
    m22 += py * qy;
  }
  if (na === 0 || nb === 0) return na === nb ? 0 : 1;
  const s = Math.sqrt(na * nb);
  // Sum of the singular values of M: 2·max(Q, R), the best rotation (Q) or reflection (R).
  const q = Math.hypot((m11 + m22) / 2, (m21 - m12) / 2);
  const r = Math.hypot((m11 - m22) / 2, (m21 + m12) / 2);
  const fit = (2 * Math.max(q, r)) / s;
  return Math.sqrt(Math.max(0, 1 - fit * fit));
}
