/**
 * Application state and the small actions that change it. Derived views (what
 * is visible, neighbourhoods, search hits) are pure functions in src/graph,
 * computed by components from this state.
 */
import { create } from 'zustand';
import type { Dataset } from '../data/schema';
import type { Problem } from '../data/validate';
import type { Lang } from '../data/lang';

import type { Theme } from './urlState';

export type { Theme };
export type Selection = { type: 'node' | 'edge'; id: string } | null;

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
  setStoryId(id: string | null): void;
  setLayers(ids: Iterable<string>): void;
  toggleLayer(id: string): void;
  setUntil(year: number | null): void;
  setPresenting(presenting: boolean): void;
  setDataSource(source: string | null): void;
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
};

export const useAppStore = create<AppStore>()((set) => ({
  ...initialState,
  showDataset: (dataset) => set({ dataset, loadError: null, selection: null, hovered: null }),
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
  setStoryId: (storyId) => set({ storyId }),
  setLayers: (ids) => set({ layers: new Set(ids) }),
  toggleLayer: (id) =>
    set((s) => {
      const layers = new Set(s.layers);
      if (layers.has(id)) layers.delete(id);
      else layers.add(id);
      return { layers };
    }),
  setUntil: (until) => set({ until }),
  setPresenting: (presenting) => set({ presenting }),
  setDataSource: (dataSource) => set({ dataSource }),
}));
