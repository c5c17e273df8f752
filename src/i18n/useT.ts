import { useAppStore } from '../store/store';
import { STRINGS, format } from './strings';
import type { StringKey } from './strings';

/** The current language's strings, with `{placeholder}` substitution. */
export function useT() {
  const lang = useAppStore((s) => s.lang);
  return (key: StringKey, values?: Record<string, string | number>) =>
    values ? format(STRINGS[lang][key], values) : STRINGS[lang][key];
}
