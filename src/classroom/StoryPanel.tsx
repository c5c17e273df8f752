import { useMemo } from 'react';
import type { Dataset } from '../data/schema';
import { findStory, storySteps, storyView } from '../graph/story';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';
import { EvidenceList } from '../explore/EvidenceList';
import { StoryControls } from './StoryControls';
import './story.css';

/** The guided story: one step's title, text and evidence, with the controls. Loaded lazily. */
export function StoryPanel({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const storyStep = useAppStore((s) => s.storyStep);
  const storyId = useAppStore((s) => s.storyId);
  const view = useMemo(() => storyView(dataset, storyStep ?? 0, storyId), [dataset, storyStep, storyId]);
  const further = findStory(dataset, storyId);
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
          onClick={() => useAppStore.getState().closeStory()}
        >
          {t('storyExit')}
        </button>
      </div>
      <div aria-live="polite">
        <h2 id="story-title" className="story-title" dir="auto">
          {step.title[lang]}
        </h2>
        <p className="story-text" dir="auto">
          {step.text[lang]}
        </p>
      </div>
      <StoryControls steps={storySteps(dataset, storyId)} index={index} />
      {step.evidence && step.evidence.length > 0 && (
        <details className="story-evidence">
          <summary>{t('evidence')}</summary>
          <EvidenceList evidence={step.evidence} />
        </details>
      )}
      <p className="story-keys">{t('storyKeys')}</p>
    </section>
  );
}
