/**
 * What dataset text may contain, and how long it may be. Text is shown to
 * readers, drawn into the network and written into exported SVG and PNG
 * files, so it must be well-formed Unicode without control characters (tab
 * and newline excepted) and without the bidirectional embedding, override and
 * isolate controls, which would reverse the text around a label. Limits keep
 * one field from stalling the page.
 */
import { withThousands } from './limits';

/** Maximum lengths, in characters (UTF-16 code units: an emoji counts as two). */
export const TEXT_LIMITS = {
  /** Node and edge labels: drawn in the network. */
  label: 100,
  /** Titles of the dataset and of story steps. */
  title: 200,
  /** Descriptions of the dataset, of nodes and of edges, and the text of a story step. */
  description: 2000,
  /** A story step's question or task for the class. */
  question: 500,
  /** Article quotes and their translations. */
  quote: 1000,
  /** Background notes. */
  note: 1000,
  /** The source's name, a reference's or source's title. */
  name: 300,
  /** Links (`meta.source.url`, `reference.url`). */
  url: 2000,
} as const;

/**
 * The characters refused in text, as a JSON Schema pattern (no flags): C0
 * controls other than tab (U+0009) and newline (U+000A), DEL and the C1
 * controls (U+007F–U+009F), the bidirectional embeddings and overrides
 * (U+202A–U+202E) and isolates (U+2066–U+2069).
 */
export const REFUSED_CHARACTERS =
  '[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]';

// The same, plus unpaired surrogates (in `u` mode a surrogate class only matches unpaired ones).
const REFUSED = new RegExp(REFUSED_CHARACTERS.replace(/\]$/, '\\uD800-\\uDFFF]'), 'u');

const BIDI_NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** True if `value` has none of the refused characters and no unpaired surrogate. */
export function isCleanText(value: string): boolean {
  return !REFUSED.test(value);
}

const codePoint = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `value` is refused, as a sentence without the path, or undefined if it is clean. */
export function refusedTextMessage(value: string): string | undefined {
  const match = REFUSED.exec(value);
  if (!match) return undefined;
  const c = match[0].charCodeAt(0);
  const at = `at character ${match.index + 1}`;
  if (c >= 0xd800 && c <= 0xdfff) {
    return `ill-formed Unicode: an unpaired surrogate (${codePoint(c)}) ${at}; text must be well-formed Unicode`;
  }
  const bidi = BIDI_NAMES[c];
  if (bidi) {
    return `the bidirectional control character ${codePoint(c)} (${bidi}) ${at} is not allowed: it would reorder the text around it`;
  }
  return `the control character ${codePoint(c)} ${at} is not allowed (only tab and newline are)`;
}

/** The sentence for text over its limit. */
export function tooLongMessage(length: number, limit: number): string {
  return `too long: ${withThousands(length)} characters, the limit is ${withThousands(limit)}`;
}
