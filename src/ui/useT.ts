import { useAppStore } from '../store/store';
import { STRINGS, format } from '../i18n/strings';
import type { StringKey } from '../i18n/strings';

/** The current language's strings, with `{placeholder}` substitution. */
export function useT() {
  const lang = useAppStore((s) => s.lang);
  return (key: StringKey, values?: Record<string, string | number>) =>
    values ? format(STRINGS[lang][key], values) : STRINGS[lang][key];
}
