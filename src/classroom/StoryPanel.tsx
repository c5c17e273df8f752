import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../data/schema';
import { findStory, storySteps, storyView } from '../graph/story';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { focusFirst } from '../ui/focus';
import { storyStepAnnouncement } from '../i18n/storyText';
import { EvidenceList } from '../explore/EvidenceList';
import { StoryControls } from './StoryControls';
import { StepLegend } from './StepLegend';
import { useClassroomT } from './useClassroomT';
import './story.css';

/** The guided story: one step's title, text and evidence, with the controls. Loaded lazily. */
export function StoryPanel({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const storyStep = useAppStore((s) => s.storyStep);
  const storyId = useAppStore((s) => s.storyId);
  const presenting = useAppStore((s) => s.presenting);
  const view = useMemo(() => storyView(dataset, storyStep ?? 0, storyId), [dataset, storyStep, storyId]);
  const further = findStory(dataset, storyId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ct = useClassroomT();
  const [answerLines, setAnswerLines] = useState(true);
  useEffect(() => {
    const root = document.documentElement;
    if (answerLines) delete root.dataset.answerLines;
    else root.dataset.answerLines = 'off';
    return () => {
      delete root.dataset.answerLines;
    };
  }, [answerLines]);
  // Entering presentation hides the header with the button that started it: the story heading takes focus.
  useEffect(() => {
    if (presenting) headingRef.current?.focus({ preventScroll: true });
  }, [presenting]);
  // The live region reads each step: "Step 5 of 7: Threats.", the text, then what it shows.
  const announceStep = useEffectEvent((index: number) => {
    const text = storyStepAnnouncement(dataset, index, lang, storyId);
    if (text) useAppStore.getState().announce(text);
  });
  useEffect(() => {
    if (storyStep !== null) announceStep(storyStep);
  }, [storyStep, storyId]);
  if (!view) return null;
  const { step, index } = view;

  return (
    <section
      className="story-panel"
      aria-labelledby="story-title"
      data-story-step={index + 1}
      data-story-id={storyId ?? undefined}
    >
      <div className="story-head">
        <p className="story-kicker">{further ? `${t('story')}: ${further.title[lang]}` : t('story')}</p>
        <button
          type="button"
          className="story-exit"
          data-action="story-exit"
          onClick={() => {
            useAppStore.getState().closeStory();
            // Back to the button that opens the story; while presenting (no header) the network.
            focusFirst([
              document.querySelector(
                storyId === null ? '[data-action="story"]' : `[data-story-id="${storyId}"][data-action]`,
              ),
              document.getElementById('relations'),
            ]);
          }}
        >
          {t('storyExit')}
        </button>
      </div>
      <h2 id="story-title" className="story-title" dir="auto" tabIndex={-1} ref={headingRef}>
        {step.title[lang]}
      </h2>
      <p className="story-text" dir="auto">
        {step.text[lang]}
      </p>
      {step.question && (
        <div className="story-question" data-story-question>
          <p className="story-question-label">{ct('question')}</p>
          <p className="story-question-text" dir="auto">
            {step.question[lang]}
          </p>
        </div>
      )}
      <StoryControls steps={storySteps(dataset, storyId)} index={index} />
      <StepLegend dataset={dataset} view={view} />
      {step.evidence && step.evidence.length > 0 && (
        // Open while presenting: the room reads the sources with the step.
        <details className="story-evidence" open={presenting || undefined} key={String(presenting)}>
          <summary>{t('evidence')}</summary>
          <EvidenceList evidence={step.evidence} />
        </details>
      )}
      {step.question && (
        // The handout (print) has lines for the answers under the question, unless switched off here.
        <label className="story-answer-lines">
          <input
            type="checkbox"
            checked={answerLines}
            data-action="answer-lines"
            onChange={(e) => setAnswerLines(e.currentTarget.checked)}
          />{' '}
          {ct('answerLines')}
        </label>
      )}
      <p className="story-keys">{t('storyKeys')}</p>
    </section>
  );
}
