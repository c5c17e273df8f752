import { useEffect } from 'react';
import { storySteps } from '../graph/story';
import { useAppStore } from '../store/store';
import { appKeyAction, focusKind } from './keymap';

/** The app's global keys (see keymap.ts), on one listener. */
export function useAppKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useAppStore.getState();
      const action = appKeyAction(
        {
          key: e.key,
          shiftKey: e.shiftKey,
          altKey: e.altKey,
          ctrlKey: e.ctrlKey,
          metaKey: e.metaKey,
          defaultPrevented: e.defaultPrevented,
          focus: focusKind(e.target),
        },
        { storyOpen: s.storyStep !== null, presenting: s.presenting },
      );
      if (!action) return;
      switch (action) {
        case 'leave-presentation':
          s.setPresenting(false);
          s.select(null);
          return;
        case 'clear-selection':
          s.select(null);
          return;
      }
      // Story keys: also keep the page from scrolling.
      e.preventDefault();
      if (action === 'story-next') s.stepStory(1);
      else if (action === 'story-prev') s.stepStory(-1);
      else if (action === 'story-first') s.openStory(0);
      else s.openStory((s.dataset ? storySteps(s.dataset, s.storyId).length : 1) - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
