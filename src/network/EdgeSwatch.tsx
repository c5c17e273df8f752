import { EDGE_KINDS } from '../data/kinds';
import type { EdgeKind } from '../data/kinds';

/** A short sample of a relation kind's line (with its arrowhead), for legends. */
export function EdgeSwatch({ kind }: { kind: EdgeKind }) {
  const { directed, group } = EDGE_KINDS[kind];
  return (
    <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
      <g className={`edge edge-${kind} group-${group}`}>
        <path
          className="edge-line"
          d={directed ? 'M1,6L26,6' : 'M1,6L35,6'}
          markerEnd={directed ? `url(#an-arrow-${group})` : undefined}
        />
      </g>
    </svg>
  );
}
