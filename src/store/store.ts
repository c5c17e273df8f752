/**
 * Application state and the small actions that change it. Derived views (what
 * is visible, neighbourhoods, search hits) are pure functions in src/graph,
 * computed by components from this state.
 */
import { create } from 'zustand';
import type { Dataset } from '../data/schema';
import type { Problem } from '../data/validate';
import type { Lang } from '../i18n/strings';

export type Theme = 'light' | 'dark' | 'auto';
export type Selection = { type: 'node' | 'edge'; id: string } | null;

export interface LoadError {
  /** Where the data came from, e.g. the file name or URL. */
  source: string;
  problems: Problem[];
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
}));
