import { CLASSROOM_STRINGS } from '../i18n/classroomStrings';
import type { ClassroomKey } from '../i18n/classroomStrings';
import { format } from '../i18n/strings';
import { useAppStore } from '../store/store';

/** The classroom tools' own strings (i18n/classroomStrings.ts) in the current language. */
export function useClassroomT() {
  const lang = useAppStore((s) => s.lang);
  return (key: ClassroomKey, values?: Record<string, string | number>) =>
    values ? format(CLASSROOM_STRINGS[lang][key], values) : CLASSROOM_STRINGS[lang][key];
}
