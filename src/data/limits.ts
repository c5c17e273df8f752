/** Size limits for datasets: refused before they are parsed into the view. */
import type { Problem } from './problem';

/** 10 MiB: 10 × 1024 × 1024 = 10,485,760 bytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_NODES = 20_000;
export const MAX_EDGES = 100_000;

/**
 * Files up to this size get their preview made on the main thread (about 1,500 nodes of a
 * generated graph; parsing takes some 20 ms): sooner than from a worker, which takes 100 ms and
 * more to start. Larger ones get it from the worker, so the page never parses a big file.
 */
export const MAIN_THREAD_PREVIEW_BYTES = 2.5 * 1024 * 1024;

/**
 * A whole number with commas between thousands, as `toLocaleString('en-US')` writes it, without
 * Intl: the first Intl formatting in a page sets up its number formats, some 15–20 ms of the main
 * thread, and FILE_LIMIT_TEXT is made as the app's code (and the first picture's) starts.
 */
export function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The file limit as readers see it, exactly. */
export const FILE_LIMIT_TEXT = `10 MiB (${withThousands(MAX_FILE_BYTES)} bytes)`;

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** A problem if a file of this many bytes is too large to load. */
export function fileSizeProblem(bytes: number): Problem | undefined {
  if (!(bytes > MAX_FILE_BYTES)) return undefined;
  const size = `${withThousands(bytes)} bytes (${mib(bytes)})`;
  return {
    path: '',
    expected: `a file of at most ${FILE_LIMIT_TEXT}`,
    found: `a file of ${size}`,
    message: `the file is too large: ${size}, the limit is ${FILE_LIMIT_TEXT}`,
  };
}

/** Counts nodes and edges of parsed JSON before the full validation runs. */
export function countProblems(json: unknown): Problem[] {
  const problems: Problem[] = [];
  if (typeof json !== 'object' || json === null) return problems;
  const { nodes, edges } = json as { nodes?: unknown; edges?: unknown };
  if (Array.isArray(nodes) && nodes.length > MAX_NODES) {
    problems.push({
      path: 'nodes',
      expected: `at most ${MAX_NODES} nodes`,
      found: `${nodes.length} nodes`,
      message: `too many nodes: ${nodes.length}, the limit is ${MAX_NODES}`,
    });
  }
  if (Array.isArray(edges) && edges.length > MAX_EDGES) {
    problems.push({
      path: 'edges',
      expected: `at most ${MAX_EDGES} edges`,
      found: `${edges.length} edges`,
      message: `too many edges: ${edges.length}, the limit is ${MAX_EDGES}`,
    });
  }
  return problems;
}
