/**
 * Layers and dates, the rules beyond the schema's structure: every `layer` a
 * node, relation or story names is declared in `meta.layers` (once), every
 * date is a real calendar date, and a relation does not end before it began.
 * Lenient like crossRefs.ts: it reads whatever is there.
 */
import type { Problem } from './problem';

type Rec = Record<string, unknown>;
const isRec = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function layerProblems(input: Rec): Problem[] {
  const problems: Problem[] = [];
  const meta = isRec(input.meta) ? input.meta : {};
  const declared = new Map<string, number>();
  items(meta.layers).forEach((layer, i) => {
    if (!isRec(layer) || typeof layer.id !== 'string') return;
    const seen = declared.get(layer.id);
    if (seen === undefined) declared.set(layer.id, i);
    else
      problems.push({
        path: `meta.layers[${i}].id`,
        expected: `a unique layer id (meta.layers[${seen}] has it too)`,
        found: JSON.stringify(layer.id),
      });
  });
  const names = [...declared.keys()];
  const expected =
    names.length === 0
      ? 'a layer declared in meta.layers (the dataset declares none)'
      : `a layer declared in meta.layers (${names.join(', ')})`;
  const check = (value: unknown, path: string) => {
    if (typeof value === 'string' && !declared.has(value))
      problems.push({ path, expected, found: JSON.stringify(value) });
  };
  items(input.nodes).forEach((n, i) => isRec(n) && check(n.layer, `nodes[${i}].layer`));
  items(input.edges).forEach((e, i) => isRec(e) && check(e.layer, `edges[${i}].layer`));
  items(input.stories).forEach((story, i) => {
    if (isRec(story)) items(story.layers).forEach((id, j) => check(id, `stories[${i}].layers[${j}]`));
  });
  return problems;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date of the form YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar, else null. */
export function parsePartialDate(value: string): { year: number; month?: number; day?: number } | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month !== undefined && day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return { year, month, day };
}

/** Sortable key: a partial date counts as its first day ("1954" = 1954-01-01). */
function key(d: { year: number; month?: number; day?: number }): number {
  return d.year * 10000 + (d.month ?? 1) * 100 + (d.day ?? 1);
}

export function dateProblems(edges: unknown[]): Problem[] {
  const problems: Problem[] = [];
  edges.forEach((edge, i) => {
    if (!isRec(edge)) return;
    const parsed: Record<'date' | 'end', ReturnType<typeof parsePartialDate>> = { date: null, end: null };
    for (const field of ['date', 'end'] as const) {
      const value = edge[field];
      // Strings that do not even look like a date are reported by the schema.
      if (typeof value !== 'string' || !DATE.test(value)) continue;
      parsed[field] = parsePartialDate(value);
      if (!parsed[field])
        problems.push({
          path: `edges[${i}].${field}`,
          expected: 'a real calendar date',
          found: JSON.stringify(value),
        });
    }
    if (parsed.date && parsed.end && key(parsed.end) < key(parsed.date)) {
      problems.push({
        path: `edges[${i}].end`,
        expected: `a date on or after the relation's date (${String(edge.date)})`,
        found: JSON.stringify(edge.end),
      });
    }
  });
  return problems;
}
