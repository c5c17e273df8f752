import type { NodeKind } from '../data/kinds';
import { symbolRadius } from '../layout/nodeBox';
import { symbolPath } from '../layout/symbols';

export function NodeSymbol({ kind, radius }: { kind: NodeKind; radius?: number }) {
  const r = radius ?? symbolRadius(kind);
  return <path className={`node-symbol kind-${kind}`} d={symbolPath(kind, r)} />;
}
