import { useEffect, useState } from 'react';
import { useT } from '../ui/useT';
import { enterFullscreen, exitFullscreen } from './fullscreen';
import { useAppStore } from '../store/store';
import { focusFirst, focusIsLost } from '../ui/focus';
import { useExport } from './useExport';
import './presentation.css';

const IDLE_MS = 2500;

/**
 * Presentation mode for a projector (loaded lazily): fullscreen, or a fixed
 * full-window layout where fullscreen is refused; only the story and the
 * network stay; big type; the pointer hides when idle; Escape leaves.
 */
export function PresentationMode() {
  const t = useT();
  const setPresenting = useAppStore((s) => s.setPresenting);
  const [contrast, setContrast] = useState(false);
  const { busy, failed, run: runExport } = useExport();
  const storyOpen = useAppStore((s) => s.storyStep !== null);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.presenting = 'true';
    let usedApi = Boolean(document.fullscreenElement);
    root.dataset.fullscreen = usedApi ? 'api' : 'fallback';
    // A click on "Present" already asked for fullscreen; `present=1` in a link tries here.
    void (useAppStore.getState().fullscreenRequest ?? enterFullscreen()).then((ok) => {
      usedApi ||= ok;
      root.dataset.fullscreen = usedApi ? 'api' : 'fallback';
    });

    const onFullscreenChange = () => {
      if (document.fullscreenElement) {
        usedApi = true;
        root.dataset.fullscreen = 'api';
      } else if (usedApi) {
        // The browser handles Escape itself in fullscreen: leaving fullscreen leaves the presentation.
        setPresenting(false);
      }
    };
    let timer = 0;
    const wake = () => {
      delete root.dataset.pointerIdle;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        root.dataset.pointerIdle = 'true';
      }, IDLE_MS);
    };
    wake();
    // The header with the Present button hides: focus goes to the story heading (StoryPanel
    // moves it there), or to the network when the dataset tells no story.
    if (!useAppStore.getState().dataset?.story?.length) focusFirst([document.getElementById('relations')]);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
      window.clearTimeout(timer);
      delete root.dataset.presenting;
      delete root.dataset.fullscreen;
      delete root.dataset.pointerIdle;
      exitFullscreen();
      // Leaving by the bar's button (now gone): back to the button that started presenting.
      if (focusIsLost()) focusFirst([document.querySelector('[data-action="present"]')]);
    };
  }, [setPresenting]);

  useEffect(() => {
    const root = document.documentElement;
    if (contrast) root.dataset.contrast = 'high';
    else delete root.dataset.contrast;
    return () => {
      delete root.dataset.contrast;
    };
  }, [contrast]);

  return (
    <div className="presentation-bar" role="group" aria-label={t('present')}>
      {/* Save the slide being shown, without leaving the presentation. */}
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
      <button
        type="button"
        data-action="contrast"
        aria-pressed={contrast}
        onClick={() => setContrast((c) => !c)}
      >
        {t('highContrast')}
      </button>
      <button type="button" data-action="present-exit" onClick={() => setPresenting(false)}>
        {t('presentExit')} <kbd>Esc</kbd>
      </button>
      {failed && (
        <span className="classroom-error" role="alert">
          {t('exportFailed')}
        </span>
      )}
    </div>
  );
}
