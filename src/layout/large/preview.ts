/**
 * The preview of a large graph, made from a file's structure while its text is still being
 * checked: where the layout will start (pivot MDS, ./forceCore.ts), which nodes each relation
 * joins, and the kinds for colour. Read defensively from the parsed JSON (nothing is checked
 * yet): a node without an id or a relation to nowhere is drawn as a harmless point or not at
 * all, and no text of the file is kept, so nothing the file says reaches the page before it
 * has been checked. The layout of the checked dataset starts from these very positions.
 */
import { withoutByteOrderMark } from '../../data/byteOrderMark';
import { EDGE_KINDS, FILTER_GROUPS, NODE_KINDS } from '../../data/kinds';
import { startPositions } from './forceCore';
import { forceInputOf } from './largeLayout';
import { prefersCanvas } from '../scale';

export interface GraphPreview {
  n: number;
  /** Positions, x and y interleaved, in layout units. */
  xy: Float32Array;
  /** Both ends of each relation (a relation to nowhere joins node 0 to itself and is not drawn). */
  source: Int32Array;
  target: Int32Array;
  /** Index in NODE_KINDS of each node's kind, 255 for none. */
  nodeKind: Uint8Array;
  /** Index in FILTER_GROUPS of each relation's group, 255 for none. */
  edgeGroup: Uint8Array;
}

const NONE = 255;

const field = (value: unknown, key: string): string => {
  if (typeof value !== 'object' || value === null) return '';
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : '';
};

function groupIndex(kind: string): number {
  if (!Object.hasOwn(EDGE_KINDS, kind)) return NONE;
  return FILTER_GROUPS.indexOf(EDGE_KINDS[kind as keyof typeof EDGE_KINDS].group);
}

/** What a preview is made from: the graph's structure, without any text of the file. */
export interface PreviewInput {
  input: ReturnType<typeof forceInputOf>;
  nodeKind: Uint8Array;
  edgeGroup: Uint8Array;
}

/**
 * The structure of parsed JSON that looks like a graph large enough for the canvas renderer,
 * else null (small graphs are drawn at once when checked; anything else waits for the check).
 * Nothing of the JSON is kept, so the page may drop it before the positions are worked out.
 */
export function previewInput(json: unknown, frame: { width: number; height: number }): PreviewInput | null {
  if (typeof json !== 'object' || json === null) return null;
  const { nodes, edges } = json as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(nodes) || !Array.isArray(edges) || !prefersCanvas(nodes.length)) return null;
  // One plain loop each (this runs once per file, before the browser has optimised it).
  const kindIndex = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));
  const read: { id: string; kind: string }[] = [];
  const nodeKind = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const kind = field(nodes[i], 'kind');
    read.push({ id: field(nodes[i], 'id'), kind });
    nodeKind[i] = kindIndex.get(kind) ?? NONE;
  }
  const ends: { source: string; target: string }[] = [];
  const edgeGroup = new Uint8Array(edges.length);
  for (let j = 0; j < edges.length; j++) {
    const edge: unknown = edges[j];
    ends.push({ source: field(edge, 'source'), target: field(edge, 'target') });
    edgeGroup[j] = groupIndex(field(edge, 'kind'));
  }
  return { input: forceInputOf(read, ends, frame), nodeKind, edgeGroup };
}

/** The preview of that structure: where the layout starts. */
export function layoutPreview({ input, nodeKind, edgeGroup }: PreviewInput): GraphPreview {
  return {
    n: input.n,
    // A typed array's copy (not Float32Array.from, which iterates).
    xy: new Float32Array(startPositions(input)),
    source: input.source,
    target: input.target,
    nodeKind,
    edgeGroup,
  };
}

/**
 * The preview of a file's text (a byte order mark is ignored), made on the page: parsed and read,
 * then `pause()` (a task boundary, so the parsed JSON is garbage before the start positions are
 * worked out and neither step blocks the page long), then laid out. Null when it is no large graph.
 */
export async function previewOfText(
  text: string,
  frame: { width: number; height: number },
  pause: () => Promise<unknown>,
): Promise<GraphPreview | null> {
  const read = previewInput(JSON.parse(withoutByteOrderMark(text)), frame);
  if (!read) return null;
  await pause();
  return layoutPreview(read);
}

/** Both steps at once (the worker, which keeps the JSON for its check anyway). */
export function graphPreview(json: unknown, frame: { width: number; height: number }): GraphPreview | null {
  const read = previewInput(json, frame);
  return read && layoutPreview(read);
}
