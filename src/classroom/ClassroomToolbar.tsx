import type { Dataset } from '../data/schema';
import { useT } from '../ui/useT';
import { enterFullscreen } from './fullscreen';
import { useAppStore } from '../store/store';
import { useExport } from './useExport';

/** Story, presentation, export and print: the tools for class. Export code loads on first use. */
export function ClassroomToolbar({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const storyOpen = useAppStore((s) => s.storyStep !== null);
  const storyId = useAppStore((s) => s.storyId);
  const presenting = useAppStore((s) => s.presenting);
  const setPresenting = useAppStore((s) => s.setPresenting);
  const { busy, failed, run: runExport } = useExport();
  const hasStory = (dataset.story?.length ?? 0) > 0;

  return (
    <div className="classroom-toolbar" role="group" aria-label={t('classroom')}>
      {hasStory && (
        <button
          type="button"
          data-action="story"
          aria-pressed={storyOpen && storyId === null}
          onClick={() =>
            storyOpen && storyId === null
              ? useAppStore.getState().closeStory()
              : useAppStore.getState().openStory(0, null)
          }
        >
          {t('story')}
        </button>
      )}
      {/* Further stories of the dataset, e.g. "Das Bündnisnetz": each its own button. */}
      {(dataset.stories ?? []).map((story) => (
        <button
          key={story.id}
          type="button"
          data-action="open-story"
          data-story-id={story.id}
          aria-pressed={storyOpen && storyId === story.id}
          onClick={() =>
            storyOpen && storyId === story.id
              ? useAppStore.getState().closeStory()
              : useAppStore.getState().openStory(0, story.id)
          }
        >
          {story.title[lang]}
        </button>
      ))}
      <button
        type="button"
        data-action="present"
        aria-pressed={presenting}
        onClick={() => {
          // Ask while the click still counts as a user gesture; presentation mode falls back if refused.
          const request = enterFullscreen();
          if (hasStory && !storyOpen) useAppStore.getState().openStory(0);
          setPresenting(true, request);
        }}
      >
        {t('present')}
      </button>
      {/* While presenting, the presentation bar has the export buttons (one of each on the page). */}
      {!presenting && (
        <span className="classroom-export" role="group" aria-label={t('exportLabel')}>
          <button
            type="button"
            data-action="export-svg"
            title={t('exportSvg')}
            aria-label={t('exportSvg')}
            aria-busy={busy === 'svg'}
            onClick={() => void runExport('svg')}
          >
            SVG
          </button>
          <button
            type="button"
            data-action="export-png"
            title={t('exportPng')}
            aria-label={t('exportPng')}
            aria-busy={busy === 'png'}
            onClick={() => void runExport('png')}
          >
            PNG
          </button>
          {storyOpen && (
            <button
              type="button"
              data-action="export-slide"
              title={t('exportSlide')}
              aria-label={t('exportSlide')}
              aria-busy={busy === 'slide'}
              onClick={() => void runExport('slide')}
            >
              {t('slide')}
            </button>
          )}
        </span>
      )}
      <button type="button" data-action="print" onClick={() => window.print()}>
        {t('print')}
      </button>
      {failed && (
        <span className="classroom-error" role="alert">
          {t('exportFailed')}
        </span>
      )}
    </div>
  );
}
