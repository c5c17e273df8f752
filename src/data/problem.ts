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
  /**
   * For problems the error view words in the reader's language: `redirected`
   * (the server sent the request to another site, `host` if the browser told).
   */
  reason?: { code: 'redirected'; host: string };
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

/**
 * Invisible characters that JSON.stringify leaves as they are but that would
 * change how a message reads: C1 controls, zero-width and direction marks,
 * bidirectional embeddings, overrides and isolates, line separators, BOM.
 */
const INVISIBLE = /[\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A string quoted for a message: shortened, with control, invisible and
 * direction characters (and unpaired surrogates) written as `\uXXXX`, so a
 * hostile value can neither hide nor reorder the message around it.
 */
export function quoteText(value: string, max = 60): string {
  let s = value.length > max ? `${value.slice(0, max)}…` : value;
  // Do not cut a surrogate pair in half: that would itself be ill-formed.
  if (value.length > max && /[\uD800-\uDBFF]$/.test(value.slice(0, max))) s = `${value.slice(0, max - 1)}…`;
  return JSON.stringify(s).replace(INVISIBLE, hex);
}

/** One step of a JSON path: `.label`, `[3]`, or `["odd key"]` for keys that are not plain names. */
export function pathStep(key: string | number, first: boolean): string {
  if (typeof key === 'number') return `[${key}]`;
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return first ? key : `.${key}`;
  return `[${quoteText(key)}]`;
}

/** Short, safe rendering of an arbitrary value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return MISSING;
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return quoteText(value);
  return String(value);
}
