/**
 * `text` without a leading byte order mark (editors on Windows like to write one; JSON.parse refuses
 * it). A module of its own: the first view's loader needs it without the rest of ./encoding.ts.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
