import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import type { Dataset } from '../data/schema';
import { findStory, storySteps, storyView } from '../graph/story';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { focusFirst } from '../ui/focus';
import { storyStepAnnouncement } from '../i18n/storyText';
import { EvidenceList } from '../explore/EvidenceList';
import { StoryControls } from './StoryControls';
import { StepLegend } from './StepLegend';
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
              document.querySelector('[data-action="story"]'),
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
      <StoryControls steps={storySteps(dataset, storyId)} index={index} />
      <StepLegend dataset={dataset} view={view} />
      {step.evidence && step.evidence.length > 0 && (
        // Open while presenting: the room reads the sources with the step.
        <details className="story-evidence" open={presenting || undefined} key={String(presenting)}>
          <summary>{t('evidence')}</summary>
          <EvidenceList evidence={step.evidence} />
        </details>
      )}
      <p className="story-keys">{t('storyKeys')}</p>
    </section>
  );
}
