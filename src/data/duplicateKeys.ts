/**
 * JSON.parse keeps the last of two equal keys in an object and says nothing;
 * other programs keep the first. A dataset that repeats a key would read
 * differently elsewhere, so each repetition is reported with its path.
 * Runs on text that JSON.parse accepted; iterative, so nesting cannot overflow.
 */
import { pathStep, quoteText } from './problem';
import type { Problem } from './problem';

/**
 * An object's keys so far: an array while there are a handful (most objects; an array
 * halves the scan's time against a Set), a Set past that (a hostile object with 100,000
 * keys must not cost their square).
 */
interface ObjectFrame {
  kind: 'object';
  keys: string[];
  many: Set<string> | null;
  key: string;
}
type Frame = ObjectFrame | { kind: 'array'; index: number };

const ARRAY_KEYS = 16;

/** Adds `key` to the object's keys; false if it was there already. */
function addKey(frame: ObjectFrame, key: string): boolean {
  if (frame.many) return frame.many.size !== frame.many.add(key).size;
  if (frame.keys.includes(key)) return false;
  frame.keys.push(key);
  if (frame.keys.length > ARRAY_KEYS) frame.many = new Set(frame.keys);
  return true;
}

/**
 * The path of the value the innermost frame is at (its current key or index), built only
 * when a repetition is found rather than for every object and array of the file.
 */
function pathOf(stack: Frame[]): string {
  let path = '';
  for (const frame of stack) path += pathStep(frame.kind === 'object' ? frame.key : frame.index, path === '');
  return path;
}

/** Every repeated key in the (valid) JSON text, up to `limit`. */
export function duplicateKeyProblems(text: string, limit = Infinity): Problem[] {
  const problems: Problem[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n && problems.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = stack.at(-1);
      if (!expectKey || top?.kind !== 'object') continue;
      const raw = text.slice(start + 1, i);
      const key = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : raw;
      expectKey = false;
      top.key = key;
      if (addKey(top, key)) continue;
      problems.push({
        path: pathOf(stack),
        expected: 'a key that appears once in its object',
        found: 'a repeated key',
        message: `duplicate key ${quoteText(key)}: a key may appear only once in an object (programs disagree on which value counts)`,
      });
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push(
        c === 0x7b ? { kind: 'object', keys: [], many: null, key: '' } : { kind: 'array', index: 0 },
      );
      expectKey = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top?.kind === 'array') top.index++;
      else expectKey = true;
    }
  }
  return problems;
}
