import type { Dataset } from '../data/schema';
import { storyView } from '../graph/story';
import { useAppStore } from '../store/store';
import { useT } from '../ui/useT';
import { useClassroomT } from './useClassroomT';

/**
 * The top of a story handout, only on paper: which step, its title and text,
 * and the question for the class with lines for the answers (unless the
 * teacher switched them off in the story panel), above the network of that step. Loaded after
 * the first picture, with the printed relations (App.tsx).
 */
export function PrintStep({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const ct = useClassroomT();
  const lang = useAppStore((s) => s.lang);
  const storyStep = useAppStore((s) => s.storyStep);
  const storyId = useAppStore((s) => s.storyId);
  const view = storyStep === null ? null : storyView(dataset, storyStep, storyId);
  if (!view) return null;
  return (
    <section className="print-step print-only" data-print-step={view.index + 1}>
      <p className="print-step-position">{t('storyStep', { n: view.index + 1, total: view.total })}</p>
      <h2 className="print-step-title">{view.step.title[lang]}</h2>
      <p className="print-step-text">{view.step.text[lang]}</p>
      {view.step.question && (
        <div className="print-question" data-print-question>
          <p className="print-question-label">{ct('question')}</p>
          <p className="print-question-text">{view.step.question[lang]}</p>
          {/* Lines to write the answer on (switched off in the story panel: html[data-answer-lines=off]). */}
          <div className="answer-lines" data-answer-lines>
            <span />
            <span />
            <span />
            <span />
          </div>
        </div>
      )}
    </section>
  );
}
