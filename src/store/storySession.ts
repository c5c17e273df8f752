/**
 * Opening and leaving the guided story. The story never touches the reader's
 * filters; the selection is put aside while the story runs and comes back when
 * the reader returns to free exploration.
 */
import { clampStep, storySteps } from '../graph/story';
import { useAppStore } from './store';
import type { Selection } from './store';

let saved: { selection: Selection } | null = null;

function storyLength(storyId: string | null): number {
  const { dataset } = useAppStore.getState();
  return dataset ? storySteps(dataset, storyId).length : 0;
}

/**
 * Opens a story at `step` (0-based, clamped): the main story (`null`), one of
 * the dataset's further `stories` by id, or by default the one already chosen.
 * Keeps the reader's selection for later.
 */
export function openStory(step = 0, storyId: string | null = useAppStore.getState().storyId): void {
  const s = useAppStore.getState();
  const index = clampStep(step, storyLength(storyId));
  if (index === null) return;
  if (s.storyId !== storyId) s.setStoryId(storyId);
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
  s.setStoryId(null);
  if (saved) s.select(saved.selection);
  saved = null;
}
