/**
 * Application state and the small actions that change it. Derived views (what
 * is shown and how) are pure functions in src/graph (see graph/viewModel.ts),
 * computed from this state; actions that change the story, the presentation
 * or the selection do everything that change implies, here, not in effects.
 */
import { createStore, useStore } from 'zustand';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { Lang } from '../data/lang';
import type { Dataset } from '../data/schema';
import type { Problem } from '../data/validate';
import { clampStep, storySteps } from '../graph/story';
import type { Selection } from '../graph/viewModel';
import type { ViewTransform } from '../layout/geometry';
import type { Camera, FocusOptions } from './camera';
import type { Theme } from './urlState';

export type { Camera, FocusOptions, Selection, Theme };

export interface LoadError {
  /** Where the data came from, e.g. the file name or URL. */
  source: string;
  problems: Problem[];
  /** How many more problems there were beyond the ones listed. */
  omitted?: number;
}

export interface AppState {
  dataset: Dataset | null;
  loadError: LoadError | null;
  lang: Lang;
  theme: Theme;
  hidden: ReadonlySet<string>;
  selection: Selection;
  hovered: string | null;
  query: string;
  /** Compact layout for an iframe (`embed=1`). */
  embed: boolean;
  /** The open story step (0-based), or null while exploring freely. */
  storyStep: number | null;
  /** Which story: null for the dataset's main `story`, else the id of one of its `stories`. */
  storyId: string | null;
  /** Optional layers switched on (`layers=`), e.g. the wider alliance network. */
  layers: ReadonlySet<string>;
  /** The network as it stood at the end of this year (`until=`), or null for the latest state. */
  until: number | null;
  /** Presentation mode for a projector (`present=1`). */
  presenting: boolean;
  /** Where the shown dataset came from: null for the article dataset, else a URL or file name. */
  dataSource: string | null;
  /** The network's camera while a network is drawn (the network feature puts it here). */
  camera: Camera | null;
  /** The open detail panel, which the camera keeps nodes clear of. */
  detailPanel: HTMLElement | null;
  /** A node to bring into view as soon as there is a camera (e.g. `select=` in the URL). */
  pendingFocus: string | null;
  /** What the story put aside: the reader's selection and view, given back on leaving it. */
  beforeStory: { selection: Selection; view: ViewTransform | null } | null;
  /** The reader's view from before the story, for the camera to return to once the story closes. */
  returnView: ViewTransform | null;
  /** What a feature asks the live region to read (e.g. the story's step), beside its own announcements. */
  announcement: string;
  /** The fullscreen request of the click that started presenting (a second ask would be refused). */
  fullscreenRequest: Promise<boolean> | null;
}

export interface AppActions {
  showDataset(dataset: Dataset): void;
  showLoadError(error: LoadError | null): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  toggleHidden(id: string): void;
  setHidden(ids: Iterable<string>): void;
  select(selection: Selection): void;
  hover(nodeId: string | null): void;
  setQuery(query: string): void;
  setEmbed(embed: boolean): void;
  setStoryStep(step: number | null): void;
  /**
   * Opens a story at `step` (0-based, clamped): the main story (`null`), one of
   * the dataset's further `stories` by id, or by default the one already chosen.
   * Puts the reader's selection and view aside.
   */
  openStory(step?: number, storyId?: string | null): void;
  /** Moves by `delta` steps; stays at the first or last step. */
  stepStory(delta: number): void;
  /** Back to free exploration, with the selection and view the reader had. */
  closeStory(): void;
  setPresenting(presenting: boolean, fullscreenRequest?: Promise<boolean> | null): void;
  setLayers(ids: Iterable<string>): void;
  toggleLayer(id: string): void;
  setUntil(year: number | null): void;
  setDataSource(source: string | null): void;
  /** Has the live region read `text` (politely). */
  announce(text: string): void;
  setCamera(camera: Camera | null): void;
  setDetailPanel(element: HTMLElement | null): void;
  /** The camera went back to `returnView` (or no longer needs to). */
  clearReturnView(): void;
  /** Brings a node into view (beside the detail panel), now or once the network is drawn. */
  focusNode(id: string, options?: FocusOptions): void;
}

export type AppStore = AppState & AppActions;

export const initialState: AppState = {
  dataset: null,
  loadError: null,
  lang: 'de',
  theme: 'auto',
  hidden: new Set(),
  selection: null,
  hovered: null,
  query: '',
  embed: false,
  storyStep: null,
  storyId: null,
  layers: new Set(),
  until: null,
  presenting: false,
  dataSource: null,
  camera: null,
  detailPanel: null,
  pendingFocus: null,
  beforeStory: null,
  fullscreenRequest: null,
  returnView: null,
  announcement: '',
};

function panelRect(s: AppState): FocusOptions['avoid'] {
  return s.detailPanel?.getBoundingClientRect();
}

const api = createStore<AppStore>()((set, get) => ({
  ...initialState,
  showDataset: (dataset) =>
    set({
      dataset,
      loadError: null,
      selection: null,
      hovered: null,
      storyStep: null,
      storyId: null,
      beforeStory: null,
    }),
  showLoadError: (loadError) => set({ loadError }),
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  toggleHidden: (id) =>
    set((s) => {
      const hidden = new Set(s.hidden);
      if (hidden.has(id)) hidden.delete(id);
      else hidden.add(id);
      return { hidden };
    }),
  setHidden: (ids) => set({ hidden: new Set(ids) }),
  select: (selection) => set({ selection }),
  hover: (hovered) => set({ hovered }),
  setQuery: (query) => set({ query }),
  setEmbed: (embed) => set({ embed }),
  setStoryStep: (storyStep) => set({ storyStep }),
  openStory: (step = 0, storyId = get().storyId) => {
    const s = get();
    const index = clampStep(step, s.dataset ? storySteps(s.dataset, storyId).length : 0);
    if (index === null) return;
    if (s.storyStep === null)
      set({
        beforeStory: { selection: s.selection, view: s.camera?.view() ?? null },
        selection: null,
        storyStep: index,
        storyId,
      });
    else set({ storyStep: index, storyId });
  },
  stepStory: (delta) => {
    const { storyStep, openStory } = get();
    if (storyStep !== null) openStory(storyStep + delta);
  },
  closeStory: () => {
    const { storyStep, beforeStory } = get();
    if (storyStep === null) return;
    set({
      storyStep: null,
      storyId: null,
      selection: beforeStory?.selection ?? null,
      returnView: beforeStory?.view ?? null,
      beforeStory: null,
    });
  },
  setPresenting: (presenting, fullscreenRequest = null) =>
    set({ presenting, fullscreenRequest: presenting ? fullscreenRequest : null }),
  setDataSource: (dataSource) => set({ dataSource }),
  announce: (announcement) => set({ announcement }),
  setLayers: (ids) => set({ layers: new Set(ids) }),
  toggleLayer: (id) =>
    set((s) => {
      const layers = new Set(s.layers);
      if (layers.has(id)) layers.delete(id);
      else layers.add(id);
      return { layers };
    }),
  setUntil: (until) => set({ until }),
  setCamera: (camera) => {
    const { pendingFocus } = get();
    set({ camera, pendingFocus: camera ? null : pendingFocus });
    if (camera && pendingFocus) camera.focusNode(pendingFocus, { avoid: panelRect(get()) });
  },
  setDetailPanel: (detailPanel) => set({ detailPanel }),
  clearReturnView: () => set({ returnView: null }),
  focusNode: (id, options) => {
    const s = get();
    if (s.camera) s.camera.focusNode(id, { avoid: panelRect(s), ...options });
    else set({ pendingFocus: id });
  },
}));

/**
 * The React binding. Unlike zustand's `create`, the server snapshot is the
 * current state, not the initial one: the build prerenders the article view
 * (src/app/prerender) with the dataset in the store, and the browser hydrates
 * that markup after putting the same dataset in the store, so the server
 * render and the hydration render read the same state.
 */
const hydratable = { ...api, getInitialState: api.getState };
function useAppStoreHook(): AppStore;
function useAppStoreHook<T>(selector: (state: AppStore) => T): T;
function useAppStoreHook<T>(selector?: (state: AppStore) => T) {
  return useStore(hydratable, selector ?? ((s: AppStore) => s as unknown as T));
}
export const useAppStore: UseBoundStore<StoreApi<AppStore>> = Object.assign(useAppStoreHook, api);
