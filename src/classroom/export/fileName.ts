/**
 * File names that say what an export shows, e.g.
 * `alliance-network-us-japan-threats-hidden.png` or
 * `alliance-network-us-japan-step-3-headquarters.svg`. Pure, ASCII only.
 */
const PREFIX = 'alliance-network';
const STOP_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'der',
  'die',
  'das',
  'des',
  'und',
  'ein',
  'eine',
]);

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\./g, '') // U.S. → us
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface ExportSubject {
  /** The dataset's title in the reader's language. */
  title: string;
  /** The open story step, if any. */
  step?: { index: number; id: string } | null;
  /** The selected node or relation id, if any. */
  selected?: string | null;
  /** Hidden filter groups and node kinds (ignored while the story is open). */
  hidden?: readonly string[];
}

export function exportFileName(subject: ExportSubject, ext: 'svg' | 'png'): string {
  const prefixWords = new Set(PREFIX.split('-'));
  const titleWords = slug(subject.title)
    .split('-')
    .filter((w) => w && !STOP_WORDS.has(w) && !prefixWords.has(w));
  const parts = [PREFIX, ...titleWords];
  if (subject.step) parts.push('step', String(subject.step.index + 1), slug(subject.step.id));
  else {
    if (subject.selected) parts.push(slug(subject.selected));
    const hidden = [...(subject.hidden ?? [])].map(slug).filter(Boolean).toSorted();
    if (hidden.length > 0) parts.push(...hidden, 'hidden');
  }
  const name = parts.filter(Boolean).join('-').slice(0, 120).replace(/-+$/, '');
  return `${name}.${ext}`;
}
