/** Size limits for datasets: refused before they are parsed into the view. */
import type { Problem } from './problem';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_NODES = 20_000;
export const MAX_EDGES = 100_000;

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A problem if a file of this many bytes is too large to load. */
export function fileSizeProblem(bytes: number): Problem | undefined {
  if (!(bytes > MAX_FILE_BYTES)) return undefined;
  return {
    path: '',
    expected: 'a file of at most 10 MB',
    found: `a file of ${mb(bytes)}`,
    message: `the file is too large: ${mb(bytes)}, the limit is 10 MB`,
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
