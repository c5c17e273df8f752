/** One problem found in a dataset, and how it reads. */

export interface Problem {
  /** JSON path such as `edges[12].target` ("" for the whole document). */
  path: string;
  /** What the format expects there, e.g. `a node id`. */
  expected: string;
  /** What the file has there, e.g. `"kr"` (see `describeValue`), or `missing`. */
  found: string;
  /** A whole sentence for problems that do not read as "found is not expected" (malformed JSON, limits). */
  message?: string;
}

/** What `found` says when a required key is absent. */
export const MISSING = 'missing';

/**
 * One line per problem, e.g. `edges[12].target: "kr" is not a node id` or
 * `nodes[0].label.en: missing, expected non-empty English text`.
 */
export function formatProblem(p: Problem): string {
  const text =
    p.message ??
    (p.found === MISSING ? `missing, expected ${p.expected}` : `${p.found} is not ${p.expected}`);
  return p.path === '' ? text : `${p.path}: ${text}`;
}

/** Short, safe rendering of an arbitrary value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return MISSING;
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const s = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return JSON.stringify(s);
  }
  return String(value);
}
