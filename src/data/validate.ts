/**
 * Validation of untrusted datasets: structure through the schema, then the
 * cross-references it cannot express. Never throws; every problem is reported
 * with its JSON path, what was expected and what was found.
 */
import * as v from 'valibot';
import { jsonErrorOffset, lineColumn } from './jsonPosition';
import { Dataset } from './schema';
import type { Dataset as DatasetType } from './schema';

export interface Problem {
  /** JSON path such as `edges[12].target` ("" for the whole document). */
  path: string;
  expected: string;
  found: string;
}

export type ValidationResult = { ok: true; dataset: DatasetType } | { ok: false; problems: Problem[] };

export const MAX_PROBLEMS = 50;

export function formatProblem(p: Problem): string {
  const where = p.path === '' ? '(document)' : p.path;
  return `${where}: expected ${p.expected}, found ${p.found}`;
}

/** Short, safe rendering of an arbitrary value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(s);
  }
  return String(value);
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function expectedOf(issue: v.BaseIssue<unknown>): string {
  // Our own messages already read as "expected …"; valibot's generic ones say
  // e.g. "Invalid type: Expected string but received 1".
  if (issue.message && !issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'no such key';
  if (issue.type === 'picklist' || issue.type === 'literal' || issue.type === 'variant') {
    return `one of ${issue.expected ?? '?'}`;
  }
  return issue.expected ?? issue.type;
}

function structuralProblems(issues: v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => {
    const path = pathOf(issue);
    const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
    return {
      path,
      expected: unknownKey ? 'no such key' : expectedOf(issue),
      found: unknownKey ? 'an unknown key' : describeValue(issue.input),
    };
  });
}

function referenceProblems(data: DatasetType): Problem[] {
  const problems: Problem[] = [];
  const nodeIds = new Set<string>();
  data.nodes.forEach((node, i) => {
    if (nodeIds.has(node.id)) {
      problems.push({ path: `nodes[${i}].id`, expected: 'a unique node id', found: `"${node.id}" again` });
    }
    nodeIds.add(node.id);
  });
  const edgeIds = new Set<string>();
  data.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id)) {
      problems.push({ path: `edges[${i}].id`, expected: 'a unique edge id', found: `"${edge.id}" again` });
    }
    edgeIds.add(edge.id);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) {
        problems.push({
          path: `edges[${i}].${end}`,
          expected: 'a node id',
          found: `"${edge[end]}", which is not a node id`,
        });
      }
    }
  });
  data.story?.forEach((step, i) => {
    step.nodes.forEach((id, j) => {
      if (!nodeIds.has(id)) {
        problems.push({
          path: `story[${i}].nodes[${j}]`,
          expected: 'a node id',
          found: `"${id}", which is not a node id`,
        });
      }
    });
    step.edges.forEach((id, j) => {
      if (!edgeIds.has(id)) {
        problems.push({
          path: `story[${i}].edges[${j}]`,
          expected: 'an edge id',
          found: `"${id}", which is not an edge id`,
        });
      }
    });
    if (step.focus !== undefined && !nodeIds.has(step.focus)) {
      problems.push({
        path: `story[${i}].focus`,
        expected: 'a node id',
        found: `"${step.focus}", which is not a node id`,
      });
    }
  });
  return problems;
}

export function validateDataset(input: unknown): ValidationResult {
  try {
    const parsed = v.safeParse(Dataset, input, { abortEarly: false });
    if (!parsed.success) {
      return { ok: false, problems: structuralProblems(parsed.issues).slice(0, MAX_PROBLEMS) };
    }
    const problems = referenceProblems(parsed.output);
    if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
    return { ok: true, dataset: parsed.output };
  } catch (error) {
    // The schema should never throw; if it does, report rather than crash the page.
    return {
      ok: false,
      problems: [{ path: '', expected: 'a dataset the validator can read', found: String(error) }],
    };
  }
}

/** Parses JSON text and validates it; malformed JSON reports line and column. */
export function parseDataset(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error)] };
  }
  return validateDataset(json);
}

export function jsonSyntaxProblem(text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(text);
  const where =
    offset >= 0 ? (({ line, column }) => ` at line ${line}, column ${column}`)(lineColumn(text, offset)) : '';
  const near =
    offset >= 0 && offset < text.length ? ` near ${JSON.stringify(text.slice(offset, offset + 12))}` : '';
  const detail = offset >= text.length ? ' (the text ends too early)' : near;
  return { path: '', expected: 'valid JSON', found: `malformed JSON${where}${detail || ` (${message})`}` };
}
