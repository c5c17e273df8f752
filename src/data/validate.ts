/**
 * Validation of untrusted datasets: structure through the schema, then the
 * cross-references. Never throws; every problem is reported with its JSON
 * path, what was expected and what was found, all at once up to a cap.
 */
import * as v from 'valibot';
import { crossReferenceProblems } from './crossRefs';
import { jsonErrorOffset, lineColumn } from './jsonPosition';

export { lineColumn } from './jsonPosition';
import { countProblems, fileSizeProblem } from './limits';
import { MISSING, describeValue } from './problem';
import type { Problem } from './problem';
import { Dataset } from './schema';
import type { Dataset as DatasetType } from './schema';

export { MISSING, describeValue, formatProblem } from './problem';
export type { Problem } from './problem';

export type ValidationResult =
  | { ok: true; dataset: DatasetType }
  /** `omitted`: how many more problems there were beyond `MAX_PROBLEMS`. */
  | { ok: false; problems: Problem[]; omitted?: number };

export const MAX_PROBLEMS = 50;

export type Phase = 'reading' | 'parsing' | 'validating';

interface SchemaLike {
  type: string;
  message?: unknown;
  entries?: Record<string, SchemaLike>;
  item?: SchemaLike;
  options?: SchemaLike[];
  wrapped?: SchemaLike;
  pipe?: { kind: string; message?: unknown }[];
}

/** The schema a path leads to, to say what a missing key should hold. */
function schemaAt(path: v.IssuePathItem[]): SchemaLike | undefined {
  let s: SchemaLike | undefined = Dataset as unknown as SchemaLike;
  for (const item of path) {
    while (s?.wrapped) s = s.wrapped;
    if (!s) return undefined;
    const key = item.key as unknown;
    if (s.type === 'array') s = s.item;
    else if (s.entries && typeof key === 'string') s = s.entries[key];
    else if (s.options && typeof key === 'string') {
      const tag = (item.input as { type?: unknown } | undefined)?.type;
      const option: SchemaLike | undefined =
        s.options.find((o) => (o.entries?.type as { literal?: unknown } | undefined)?.literal === tag) ??
        s.options[0];
      s = option?.entries?.[key];
    } else return undefined;
  }
  while (s?.wrapped) s = s.wrapped;
  return s;
}

function expectationOf(s: SchemaLike | undefined): string | undefined {
  if (!s) return undefined;
  const actions = (s.pipe ?? []).filter((a) => a.kind === 'validation' && typeof a.message === 'string');
  const last = actions.at(-1);
  if (last) return last.message as string;
  return typeof s.message === 'string' ? s.message : undefined;
}

function pathOf(items: readonly v.IssuePathItem[] | undefined): string {
  let out = '';
  for (const item of items ?? []) {
    const key = item.key as unknown;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function structuralProblem(issue: v.BaseIssue<unknown>): Problem {
  const items = issue.path ?? [];
  const path = pathOf(items);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return {
      path,
      expected: 'no such key',
      found: `the unknown key ${JSON.stringify(items.at(-1)?.key ?? '')}`,
      message: `unknown key ${JSON.stringify(items.at(-1)?.key ?? '')} (not part of the format; check its spelling)`,
    };
  }
  if (issue.type === 'strict_object' && issue.input === undefined) {
    const key = String(items.at(-1)?.key ?? '');
    return { path, expected: expectationOf(schemaAt(items)) ?? `the key "${key}"`, found: MISSING };
  }
  const expected =
    issue.message && !issue.message.startsWith('Invalid ') ? issue.message : (issue.expected ?? issue.type);
  return { path, expected, found: describeValue(issue.input) };
}

function capped(problems: Problem[]): ValidationResult {
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS), omitted: problems.length - MAX_PROBLEMS };
}

export function validateDataset(input: unknown): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        { path: '', expected: 'a dataset object ({ "version": 1, … })', found: describeValue(input) },
      ],
    };
  }
  const counts = countProblems(input);
  if (counts.length > 0) return { ok: false, problems: counts };
  try {
    const parsed = v.safeParse(Dataset, input, { abortEarly: false });
    if (parsed.success) return { ok: true, dataset: parsed.output };
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const issue of parsed.issues) {
      if (issue.type === 'raw_check') continue; // the cross-references, reported below
      const p = structuralProblem(issue);
      if (seen.has(p.path)) continue; // one problem per place is enough
      seen.add(p.path);
      problems.push(p);
    }
    // A value the schema already refused is not reported again by the cross-references.
    problems.push(...crossReferenceProblems(input).filter((p) => !seen.has(p.path)));
    if (problems.length === 0) {
      problems.push({ path: '', expected: 'a valid dataset', found: 'an invalid one' });
    }
    return capped(problems);
  } catch (error) {
    // The schema should never throw; if it does, report rather than crash the page.
    return {
      ok: false,
      problems: [{ path: '', expected: 'a dataset the validator can read', found: String(error) }],
    };
  }
}

/**
 * Parses JSON text and validates it, refusing oversized files and datasets
 * before the full validation. Malformed JSON reports line and column.
 */
export function parseDataset(input: string, onPhase?: (phase: Phase) => void): ValidationResult {
  // Editors on Windows like to start files with a byte order mark; JSON.parse does not.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const size = fileSizeProblem(text.length);
  if (size) return { ok: false, problems: [size] };
  onPhase?.('parsing');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error)] };
  }
  const counts = countProblems(json);
  if (counts.length > 0) return { ok: false, problems: counts };
  onPhase?.('validating');
  return validateDataset(json);
}

export function jsonSyntaxProblem(text: string, error: unknown): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  let where: { line: number; column: number } | undefined;
  const offset = jsonErrorOffset(text);
  if (offset >= 0) where = lineColumn(text, offset);
  // Engines quote the text around the error; keep only the reason.
  const reason = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/ at line \d+ column \d+.*$/, '')
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, (?:\.\.\.)?"[\s\S]*$/, '')
    .slice(0, 120);
  const at = where ? ` at line ${where.line}, column ${where.column}` : '';
  return {
    path: '',
    expected: 'valid JSON',
    found: `malformed JSON${at}`,
    message: `malformed JSON${at}: ${reason}`,
  };
}
