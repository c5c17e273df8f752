import type { StoryStep } from '../data/schema';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/store';

/** Previous / next, the "3 / 7" indicator and one button per step to jump. */
export function StoryControls({ steps, index }: { steps: readonly StoryStep[]; index: number }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const total = steps.length;
  return (
    <div className="story-controls">
      <div className="story-nav">
        <button
          type="button"
          className="story-button"
          data-action="story-prev"
          onClick={() => useAppStore.getState().stepStory(-1)}
          disabled={index === 0}
        >
          <span aria-hidden="true">← </span>
          {t('storyPrev')}
        </button>
        <span
          className="story-counter"
          data-story-counter
          aria-label={t('storyStep', { n: index + 1, total })}
        >{`${index + 1} / ${total}`}</span>
        <button
          type="button"
          className="story-button story-button-next"
          data-action="story-next"
          onClick={() => useAppStore.getState().stepStory(1)}
          disabled={index === total - 1}
        >
          {t('storyNext')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <ol className="story-dots" aria-label={t('storySteps')}>
        {steps.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              className="story-dot"
              data-story-goto={i + 1}
              aria-current={i === index ? 'step' : undefined}
              aria-label={t('storyGoTo', { n: i + 1, title: step.title[lang] })}
              title={step.title[lang]}
              onClick={() => useAppStore.getState().openStory(i)}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
