/**
 * Strings only the classroom tools use (story panel, presentation, handout,
 * the story's live announcements): they load with those tools, not with the
 * first view. `en` is typed against `de`, as in strings.ts.
 */
import type { Lang } from '../data/lang';

const de = {
  stepLegend: 'In diesem Schritt',
  againInStep: 'wieder hervorgehoben',
  storyShown: 'Gezeigt: {items}',
  question: 'Frage an die Klasse',
};

export type ClassroomKey = keyof typeof de;

const en: Record<ClassroomKey, string> = {
  stepLegend: 'In this step',
  againInStep: 'highlighted again',
  storyShown: 'Shown: {items}',
  question: 'Question for the class',
};

export const CLASSROOM_STRINGS: Record<Lang, Record<ClassroomKey, string>> = { de, en };
