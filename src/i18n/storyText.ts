/**
 * A story step read aloud by the live region: "Step 5 of 7: Threats.", the
 * step's text, then what it shows ("Shown: China threatens Japan; …"). Pure;
 * loaded with the story, not with the first view.
 */
import type { Dataset } from '../data/schema';
import type { Lang } from '../data/lang';
import { storyView } from '../graph/story';
import { relationSentence } from './describe';
import { CLASSROOM_STRINGS } from './classroomStrings';
import { STRINGS, format } from './strings';

/** Ends a sentence with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…:]["“”»«)]?$/u.test(t) ? t : `${t}.`;
}

export interface StoryAnnouncementInput {
  /** 1-based step number. */
  n: number;
  total: number;
  title: string;
  text: string;
  /** What the step shows: its relations as sentences, then nodes it shows without a relation. */
  shown: readonly string[];
  /** The question or task for the class, if the step has one. */
  question?: string;
}

/** "Step 5 of 7: Threats. The article names … Shown: China threatens Japan; …": a story step, read aloud. */
export function storyAnnouncement(lang: Lang, input: StoryAnnouncementInput): string {
  const s = { ...STRINGS[lang], ...CLASSROOM_STRINGS[lang] };
  const parts = [
    sentence(`${format(s.storyStep, { n: input.n, total: input.total })}: ${input.title}`),
    sentence(input.text),
  ];
  if (input.shown.length > 0) parts.push(sentence(format(s.storyShown, { items: input.shown.join('; ') })));
  if (input.question) parts.push(sentence(`${s.question}: ${input.question}`));
  return parts.join(' ');
}

/** The announcement of story step `step` (0-based) of the dataset, in `lang`; null without a story. */
export function storyStepAnnouncement(
  dataset: Dataset,
  step: number,
  lang: Lang,
  storyId: string | null = null,
): string | null {
  const view = storyView(dataset, step, storyId);
  if (!view) return null;
  const nodeById = new Map(dataset.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(dataset.edges.map((e) => [e.id, e]));
  const name = (id: string) => nodeById.get(id)?.label[lang] ?? id;
  // The step's relations in the order the step names them, then its nodes that no relation names.
  const edges = view.step.edges.flatMap((id) => {
    const e = edgeById.get(id);
    return e && view.highlightEdges.has(id) ? [e] : [];
  });
  const ends = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = [...new Set([...(view.focus ? [view.focus] : []), ...view.step.nodes])].filter(
    (id) => view.highlightNodes.has(id) && !ends.has(id),
  );
  return storyAnnouncement(lang, {
    n: view.index + 1,
    total: view.total,
    title: view.step.title[lang],
    text: view.step.text[lang],
    shown: [...edges.map((e) => relationSentence(e, lang, name)), ...nodes.map(name)],
    question: view.step.question?.[lang],
  });
}
