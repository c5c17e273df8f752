/**
 * JSON.parse keeps the last of two equal keys in an object and says nothing;
 * other programs keep the first. A dataset that repeats a key would read
 * differently elsewhere, so each repetition is reported with its path.
 * Runs on text that JSON.parse accepted; iterative, so nesting cannot overflow.
 */
import { pathStep, quoteText } from './problem';
import type { Problem } from './problem';

type Frame =
  | { kind: 'object'; path: string; keys: Set<string>; key: string }
  | { kind: 'array'; path: string; index: number };

function childPath(frame: Frame | undefined): string {
  if (!frame) return '';
  const first = frame.path === '';
  return frame.path + pathStep(frame.kind === 'object' ? frame.key : frame.index, first);
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
      if (!top.keys.has(key)) {
        top.keys.add(key);
        continue;
      }
      const path = childPath(top);
      problems.push({
        path,
        expected: 'a key that appears once in its object',
        found: 'a repeated key',
        message: `duplicate key ${quoteText(key)}: a key may appear only once in an object (programs disagree on which value counts)`,
      });
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const path = childPath(stack.at(-1));
      stack.push(
        c === 0x7b ? { kind: 'object', path, keys: new Set(), key: '' } : { kind: 'array', path, index: 0 },
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
