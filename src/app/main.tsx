import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { focusWhenReady } from './focusFromUrl';
import { startAutoHeight } from '../embed/resize';
import { applyUrlState, syncUrlWithStore } from './urlSync';
import { langFromNavigator } from '../data/lang';
import { loadInitialDataset } from '../data-loading/datasetLoading';
import { useAppStore } from '../store/store';
import { openStory } from '../store/storySession';
import { findStory, storySteps } from '../graph/story';
import './styles.css';

useAppStore.getState().setLang(langFromNavigator(navigator.languages ?? [navigator.language]));
const fromUrl = applyUrlState(window.location.search);
// Embed mode: the compact layout has its natural height, reported to the parent frame.
if (fromUrl.embed) document.documentElement.dataset.embed = 'true';
startAutoHeight();
void loadInitialDataset(fromUrl).then(() => {
  // A node named in the URL is selected once the data is there.
  const { dataset, select } = useAppStore.getState();
  if (fromUrl.select) {
    if (dataset?.nodes.some((n) => n.id === fromUrl.select)) {
      select({ type: 'node', id: fromUrl.select });
      focusWhenReady(fromUrl.select);
    } else
      console.warn(`Alliance Network: ignoring select=${JSON.stringify(fromUrl.select)} (no such node).`);
  }
  // The story (main, or `story=<id>`) and its step (1-based) named in the URL open once the data is there.
  if (fromUrl.step || fromUrl.story) openStoryFromUrl(fromUrl.story ?? null, fromUrl.step ?? 1);
  syncUrlWithStore(fromUrl);
});

function openStoryFromUrl(storyId: string | null, step: number): void {
  const dataset = useAppStore.getState().dataset;
  if (!dataset) return;
  const name = storyId === null ? 'this dataset has no story' : `this dataset has no story "${storyId}"`;
  if (storyId !== null && !findStory(dataset, storyId)) {
    console.warn(`Alliance Network: ignoring story=${storyId} (${name}).`);
    return;
  }
  const steps = storySteps(dataset, storyId).length;
  if (steps === 0) {
    console.warn(`Alliance Network: ignoring step=${step} (${name}).`);
    return;
  }
  if (step > steps) console.warn(`Alliance Network: step=${step}: the story has ${steps} steps.`);
  openStory(Math.min(step, steps) - 1, storyId);
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
