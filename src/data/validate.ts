/**
 * Validation of untrusted datasets: structure through the schema, then the
 * cross-references. Never throws; every problem is reported with its JSON
 * path, what was expected and what was found, all at once up to a cap.
 * Files (JSON text) go through `parseDataset` in `parse.ts` first.
 */
import * as v from 'valibot';
import { crossReferenceProblems } from './crossRefs';
import { countProblems } from './limits';
import { MISSING, describeValue, pathStep } from './problem';
import type { Problem } from './problem';
import { Dataset } from './schema';
import type { Dataset as DatasetType } from './schema';
import { isCleanText, refusedTextMessage, tooLongMessage } from './textRules';

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
  // The first rule says what belongs there ("non-empty English text"), later ones refine it.
  const first = (s.pipe ?? []).find((a) => a.kind === 'validation' && typeof a.message === 'string');
  if (first) return first.message as string;
  return typeof s.message === 'string' ? s.message : undefined;
}

function pathOf(items: readonly v.IssuePathItem[] | undefined): string {
  let out = '';
  for (const item of items ?? []) {
    const key = item.key as unknown;
    out += pathStep(typeof key === 'number' ? key : String(key), out === '');
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
      found: `the unknown key ${describeValue(String(items.at(-1)?.key ?? ''))}`,
      message: `unknown key ${describeValue(String(items.at(-1)?.key ?? ''))} (not part of the format; check its spelling)`,
    };
  }
  const text = typeof issue.input === 'string' ? issue.input : undefined;
  if (text !== undefined && issue.type === 'max_length') {
    const limit = Number((issue as { requirement?: unknown }).requirement);
    return {
      path,
      expected: issue.message,
      found: describeValue(text),
      message: tooLongMessage(text.length, limit),
    };
  }
  if (
    text !== undefined &&
    issue.type === 'check' &&
    (issue as { requirement?: unknown }).requirement === isCleanText
  ) {
    const message = refusedTextMessage(text);
    if (message) return { path, expected: issue.message, found: describeValue(text), message };
  }
  if (issue.type === 'strict_object' && issue.input === undefined) {
    const key = String(items.at(-1)?.key ?? '');
    return { path, expected: expectationOf(schemaAt(items)) ?? `the key "${key}"`, found: MISSING };
  }
  const expected =
    issue.message && !issue.message.startsWith('Invalid ') ? issue.message : (issue.expected ?? issue.type);
  return { path, expected, found: describeValue(issue.input) };
}

/** Problems as a result, at most `MAX_PROBLEMS` of them, counting the rest. */
export function capped(problems: Problem[], alreadyOmitted = 0): ValidationResult {
  if (problems.length <= MAX_PROBLEMS) {
    return alreadyOmitted > 0 ? { ok: false, problems, omitted: alreadyOmitted } : { ok: false, problems };
  }
  const omitted = problems.length - MAX_PROBLEMS + alreadyOmitted;
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS), omitted };
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
