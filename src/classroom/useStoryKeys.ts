import { useEffect } from 'react';
import { openStory, stepBy } from '../store/storySession';

/** Keys that presenter clickers send, and Home/End; ignored while the reader types. */
export function storyKeyAction(key: string, shift: boolean): 'next' | 'prev' | 'first' | 'last' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** While mounted (the story is open), the keys step through the story of `total` steps. */
export function useStoryKeys(total: number): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const action = storyKeyAction(e.key, e.shiftKey);
      if (!action) return;
      // Also keeps Space from clicking a focused button and the page from scrolling.
      e.preventDefault();
      if (action === 'next') stepBy(1);
      else if (action === 'prev') stepBy(-1);
      else if (action === 'first') openStory(0);
      else openStory(total - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [total]);
}
