import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAutoHeight } from '../embed/resize';
import { applyUrlState, syncUrlWithStore } from './urlSync';
import { langFromNavigator } from '../data/lang';
import { loadInitialDataset } from '../data-loading/datasetLoading';
import { storySteps } from '../graph/story';
import { useAppStore } from '../store/store';
import './styles.css';

useAppStore.getState().setLang(langFromNavigator(navigator.languages ?? [navigator.language]));
const fromUrl = applyUrlState(window.location.search);
// Embed mode: the compact layout has its natural height, reported to the parent frame.
if (fromUrl.embed) document.documentElement.dataset.embed = 'true';
startAutoHeight();
void loadInitialDataset(fromUrl).then(() => {
  // A node named in the URL is selected once the data is there.
  const { dataset, select, focusNode } = useAppStore.getState();
  if (fromUrl.select) {
    if (dataset?.nodes.some((n) => n.id === fromUrl.select)) {
      select({ type: 'node', id: fromUrl.select });
      // Brought into view beside its detail panel as soon as the network is drawn.
      focusNode(fromUrl.select);
    } else
      console.warn(`Alliance Network: ignoring select=${JSON.stringify(fromUrl.select)} (no such node).`);
  }
  // The story (main, or `story=<id>`) and its step (1-based) named in the URL open once the data is there.
  if (fromUrl.step || fromUrl.story) openStoryFromUrl(fromUrl.story ?? null, fromUrl.step ?? 1);
  // Presenting means telling the story: `present=1` without a step starts at the first.
  const s = useAppStore.getState();
  if (s.presenting && s.storyStep === null) s.openStory(0);
  syncUrlWithStore(fromUrl);
});

function openStoryFromUrl(storyId: string | null, step: number): void {
  const { dataset, openStory } = useAppStore.getState();
  const steps = dataset ? storySteps(dataset, storyId).length : 0;
  const name = storyId === null ? `step=${step}` : `story=${storyId}`;
  if (steps === 0) console.warn(`Alliance Network: ignoring ${name} (no such story in this dataset).`);
  else {
    if (step > steps) console.warn(`Alliance Network: step=${step}: the story has ${steps} steps.`);
    openStory(Math.min(step, steps) - 1, storyId);
  }
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
