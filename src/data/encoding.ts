/**
 * Datasets are UTF-8 (as JSON requires). A file saved as UTF-16 or UTF-32,
 * read as UTF-8, starts with NUL characters between its first characters
 * (a JSON file starts with ASCII: `{` or white space), and, if it has a byte
 * order mark, with two replacement characters. This names the encoding
 * instead of leaving the reader with "Unexpected token".
 */
import type { Problem } from './problem';

/** The encoding of text that was really UTF-16 or UTF-32, read as UTF-8; undefined if it looks like UTF-8. */
export function misreadEncoding(text: string): string | undefined {
  const bom = text.startsWith('\uFFFD\uFFFD');
  const head = bom ? text.slice(2) : text;
  const nul = (i: number) => head.charCodeAt(i) === 0;
  if (head.length < 2) return undefined;
  let name: string | undefined;
  if (nul(0) && nul(1) && nul(2) && !nul(3)) name = 'UTF-32 (big-endian)';
  else if (!nul(0) && nul(1) && nul(2) && nul(3)) name = 'UTF-32 (little-endian)';
  else if (nul(0) && !nul(1)) name = 'UTF-16 (big-endian)';
  else if (!nul(0) && nul(1)) name = 'UTF-16 (little-endian)';
  if (!name) return undefined;
  return `${name} ${bom ? 'with' : 'without'} a byte order mark`;
}

/** A problem if the text was decoded from a file that is not UTF-8. */
export function encodingProblem(text: string): Problem | undefined {
  const encoding = misreadEncoding(text);
  if (!encoding) return undefined;
  return {
    path: '',
    expected: 'a UTF-8 file',
    found: `a file in ${encoding}`,
    message: `the file is encoded as ${encoding}, not UTF-8: save it as UTF-8`,
  };
}
