import { FILTER_GROUPS } from '../data/kinds';

/** Arrowheads, one per filter group so each takes its group's colour. */
export function EdgeMarkers() {
  return (
    <defs>
      {FILTER_GROUPS.map((group) => (
        <marker
          key={group}
          id={`an-arrow-${group}`}
          className={`arrow group-${group}`}
          viewBox="0 0 10 10"
          refX="1"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0,0L10,5L0,10Z" />
        </marker>
      ))}
    </defs>
  );
}
