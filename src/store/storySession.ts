/**
 * Opening and leaving the guided story. The story never touches the reader's
 * filters; the selection is put aside while the story runs and comes back when
 * the reader returns to free exploration.
 */
import { clampStep } from '../graph/story';
import { useAppStore } from './store';
import type { Selection } from './store';

let saved: { selection: Selection } | null = null;

function storyLength(): number {
  return useAppStore.getState().dataset?.story?.length ?? 0;
}

/** Opens the story at `step` (0-based, clamped); keeps the reader's selection for later. */
export function openStory(step = 0): void {
  const s = useAppStore.getState();
  const index = clampStep(step, storyLength());
  if (index === null) return;
  if (s.storyStep === null) {
    saved = { selection: s.selection };
    s.select(null);
  }
  s.setStoryStep(index);
}

/** Moves by `delta` steps; stays at the first or last step. */
export function stepBy(delta: number): void {
  const { storyStep } = useAppStore.getState();
  if (storyStep === null) return;
  openStory(storyStep + delta);
}

/** Back to free exploration, with the selection the reader had. */
export function closeStory(): void {
  const s = useAppStore.getState();
  if (s.storyStep === null) return;
  s.setStoryStep(null);
  if (saved) s.select(saved.selection);
  saved = null;
}
