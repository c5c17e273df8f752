import { useEffect, useState } from 'react';
import { useT } from '../ui/useT';
import { enterFullscreen, exitFullscreen } from './fullscreen';
import { useAppStore } from '../store/store';
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
    </div>
  );
}
