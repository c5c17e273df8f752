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
  handoutStepRelations: 'Beziehungen in diesem Schritt und Belege',
  handoutEarlier: 'Außerdem gezeigt (aus früheren Schritten)',
  answerLines: 'Antwortzeilen beim Drucken',
};

export type ClassroomKey = keyof typeof de;

const en: Record<ClassroomKey, string> = {
  stepLegend: 'In this step',
  againInStep: 'highlighted again',
  storyShown: 'Shown: {items}',
  question: 'Question for the class',
  handoutStepRelations: 'Relations in this step, with evidence',
  handoutEarlier: 'Also shown (from earlier steps)',
  answerLines: 'Answer lines when printing',
};

export const CLASSROOM_STRINGS: Record<Lang, Record<ClassroomKey, string>> = { de, en };
