import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAutoHeight } from '../embed/resize';
import { applyUrlState, syncUrlWithStore } from './urlSync';
import { langFromNavigator } from '../data/lang';
import { loadInitialDataset } from '../data-loading/datasetLoading';
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
  // The story step named in the URL (1-based) opens once the story is there.
  if (fromUrl.step) {
    const steps = useAppStore.getState().dataset?.story?.length ?? 0;
    if (steps === 0)
      console.warn(`Alliance Network: ignoring step=${fromUrl.step} (this dataset has no story).`);
    else {
      if (fromUrl.step > steps)
        console.warn(`Alliance Network: step=${fromUrl.step}: the story has ${steps} steps.`);
      useAppStore.getState().openStory(Math.min(fromUrl.step, steps) - 1);
    }
  }
  // Presenting means telling the story: `present=1` without a step starts at the first.
  const s = useAppStore.getState();
  if (s.presenting && s.storyStep === null) s.openStory(0);
  syncUrlWithStore(fromUrl);
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
