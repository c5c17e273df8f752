/**
 * Readers' files: JSON text checked as a file (size, encoding, syntax with
 * line and column, duplicate keys), then validated (`validate.ts`). Used in
 * the worker, on the main thread where workers are unavailable, and by
 * `npm run validate`; kept apart from `validate.ts` so the first view, which
 * only validates the bundled article, does not carry it.
 */
import { duplicateKeyProblems } from './duplicateKeys';
import { withoutByteOrderMark } from './byteOrderMark';
import { encodingProblem } from './encoding';
import { jsonErrorOffset, lineColumn } from './jsonPosition';
import { MAX_FILE_BYTES, countProblems, fileSizeProblem } from './limits';
import type { Problem } from './problem';
import { capped, validateDataset } from './validate';
import type { Phase, ValidationResult } from './validate';

export { lineColumn } from './jsonPosition';

/**
 * Parses JSON text and validates it, refusing oversized files and datasets
 * before the full validation. Malformed JSON reports line and column.
 */
export function parseDataset(
  input: string,
  onPhase?: (phase: Phase) => void,
  /** Called with the parsed JSON once it is known to be within the limits, before validation. */
  onParsed?: (json: unknown) => void,
  /** The file's size in bytes when the caller knows it (a blob's): then not counted from the text. */
  bytes?: number,
): ValidationResult {
  const text = withoutByteOrderMark(input);
  // A UTF-8 file has at least as many bytes as its text has characters: count exactly only when it
  // may matter, and only when not known (counting a 9 MB text takes 25–40 ms before the parse).
  const size =
    bytes !== undefined
      ? fileSizeProblem(bytes)
      : text.length * 3 > MAX_FILE_BYTES
        ? fileSizeProblem(utf8Length(text))
        : undefined;
  if (size) return { ok: false, problems: [size] };
  const encoding = encodingProblem(text);
  if (encoding) return { ok: false, problems: [encoding] };
  onPhase?.('parsing');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error)] };
  }
  const counts = countProblems(json);
  if (counts.length > 0) return { ok: false, problems: counts };
  onParsed?.(json);
  onPhase?.('validating');
  const duplicates = duplicateKeyProblems(text);
  const result = validateDataset(json);
  if (duplicates.length === 0) return result;
  return capped(
    [...duplicates, ...(result.ok ? [] : result.problems)],
    result.ok ? 0 : (result.omitted ?? 0),
  );
}

/** Bytes of `text` in UTF-8 (unpaired surrogates count as the 3 bytes of U+FFFD). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
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
