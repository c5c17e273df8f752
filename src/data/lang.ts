/**
 * The two languages every dataset text and every UI string is written in.
 * Lives with the data (the lowest layer that needs it): datasets, search, the
 * store and the URL state all speak of a `Lang`.
 */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function pickLang(value: string | null | undefined): Lang | undefined {
  return value === 'de' || value === 'en' ? value : undefined;
}

/** German for de-*, English otherwise. */
export function langFromNavigator(languages: readonly string[]): Lang {
  const first = languages[0] ?? 'en';
  return first.toLowerCase().startsWith('de') ? 'de' : 'en';
}
