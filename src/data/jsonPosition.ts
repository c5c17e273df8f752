/**
 * Finds where JSON text stops being valid. Engines differ in what their
 * JSON.parse errors say (V8 often gives no position at all), so the error
 * view computes the place itself. Iterative, so deep nesting cannot overflow.
 */

const WS: ReadonlySet<string> = new Set([' ', '\t', '\n', '\r']);

/** Offset of the first character that makes `text` invalid JSON, or -1 if it is valid. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  // What may come next: a value, or what follows a value inside a container.
  const stack: ('[' | '{')[] = [];
  const skip = () => {
    while (i < n && WS.has(text[i] as string)) i++;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return false;
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') return false;
    i += m[0].length;
    return true;
  };
  // A key and its colon; the value follows.
  const key = (): boolean => {
    skip();
    if (text[i] !== '"' || !string()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  let expectValue = true;
  for (;;) {
    skip();
    const c = text[i];
    if (expectValue) {
      if (c === '"') {
        if (!string()) return i;
      } else if (c === '{' || c === '[') {
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) i++;
        else {
          stack.push(c);
          if (c === '{' && !key()) return i;
          continue;
        }
      } else if (c === 't' || c === 'f' || c === 'n') {
        // Points at the first wrong letter: `tru}` fails at the `}`.
        for (const ch of c === 't' ? 'true' : c === 'f' ? 'false' : 'null') {
          if (text[i] !== ch) return i;
          i++;
        }
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        if (!number()) return i;
      } else return i;
      expectValue = false;
      continue;
    }
    const top = stack.at(-1);
    if (top === undefined) return i < n ? i : -1;
    if (c === ',') {
      i++;
      if (top === '{' && !key()) return i;
      expectValue = true;
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i++;
    } else return i;
  }
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
