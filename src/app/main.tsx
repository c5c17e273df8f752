import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { startAutoHeight } from '../embed/resize';
import { applyUrlState, syncUrlWithStore } from './urlSync';
import { langFromNavigator } from '../data/lang';
import { loadArticleDataset, loadInitialDataset, useLoadProgress } from '../data-loading/datasetLoading';
import { loadCanvasRenderer } from '../network/NetworkRenderer';
import { storySteps } from '../graph/story';
import { useAppStore } from '../store/store';
import { parseUrlState } from '../store/urlState';
import type { UrlState } from '../store/urlState';
import { prerenderedFits } from './prerender/boot';
import { firstPictureUnderWay } from '../data-loading/firstPictureHandover';
import './styles.css';
import './prerender/prerender.css';

/** Once the dataset is there: the node, the story step and the presentation the URL names. */
function applyUrlSelection(fromUrl: UrlState): void {
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
}

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

/** Runs `run` once, after the tree it sits in has been committed (hydrated). */
function AfterCommit({ run }: { run: () => void }) {
  useEffect(run, [run]);
  return null;
}

// A reader's dataset is loading: fetch the canvas renderer meanwhile, in case it is large (the module
// is small beside such a file, and a graph of 300 nodes or more would otherwise wait for it).
useLoadProgress.subscribe((s) => {
  if (s.progress) void loadCanvasRenderer();
});

const search = window.location.search;
const lang =
  parseUrlState(search).state.lang ?? langFromNavigator(navigator.languages ?? [navigator.language]);
useAppStore.getState().setLang(lang);
const root = document.getElementById('root');

if (root && prerenderedFits(root, search, lang)) {
  // The article view is in the HTML (src/app/prerender): take it over without drawing anew. The store
  // holds what the build rendered with (the article dataset, the language) until the app has hydrated;
  // then the rest of the URL (filters, selection, story step, ...) applies as any later change would.
  let started = false;
  const afterHydration = () => {
    if (started) return;
    started = true;
    const fromUrl = applyUrlState(search);
    startAutoHeight();
    applyUrlSelection(fromUrl);
  };
  void loadArticleDataset().then(() => {
    if (!useAppStore.getState().dataset) {
      // The dataset could not be loaded: show the error view instead of a picture that cannot work.
      root.replaceChildren();
      createRoot(root).render(<App />);
      afterHydration();
      return;
    }
    hydrateRoot(
      root,
      <StrictMode>
        <App />
        <AfterCommit run={afterHydration} />
      </StrictMode>,
    );
  });
} else if (root) {
  // The first picture of a `data=` file, when it is under way, goes before the app's start: on a
  // machine with few cores both would share the main thread, and the reader would see neither sooner.
  void firstPictureUnderWay().then(() => startFromScratch(root));
}

/** Another dataset, the embed layout, or no prerendered markup: render from scratch. */
function startFromScratch(container: HTMLElement) {
  container.replaceChildren();
  delete container.dataset.prerendered;
  const fromUrl = applyUrlState(search);
  // Embed mode: the compact layout has its natural height, reported to the parent frame.
  if (fromUrl.embed) document.documentElement.dataset.embed = 'true';
  startAutoHeight();
  void loadInitialDataset(fromUrl).then(() => applyUrlSelection(fromUrl));
  // Rendered in slices (a transition yields to the browser every few milliseconds), so the load
  // started above hands its file to the worker as soon as it arrives, not after the whole page.
  const app = createRoot(container);
  startTransition(() =>
    app.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
