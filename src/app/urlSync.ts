/**
 * Keeps the address bar and the store in step: the URL's state is applied
 * once at start, then every change is written back with replaceState (no
 * reload, no history spam).
 */
import { useAppStore } from '../store/store';
import type { AppState } from '../store/store';
import { HOST_PARAMS, parseUrlState, serializeUrlState } from '../store/urlState';
import type { UrlState } from '../store/urlState';
import { urlStateOf } from '../store/viewUrl';

export function applyUrlState(search: string): UrlState {
  const { state, warnings } = parseUrlState(search);
  for (const w of warnings) console.warn(w);
  const s = useAppStore.getState();
  if (state.lang) s.setLang(state.lang);
  if (state.theme) s.setTheme(state.theme);
  if (state.hide) s.setHidden(state.hide);
  if (state.q) s.setQuery(state.q);
  if (state.layers) s.setLayers(state.layers);
  if (state.until !== undefined) s.setUntil(state.until);
  // pym.Parent adds childId: a page it frames wants the embed layout unless embed=0 says otherwise.
  const framedByPym = new URLSearchParams(search).has('childId') && state.embed !== false;
  if (state.embed || framedByPym) {
    s.setEmbed(true);
    state.embed = true;
  }
  if (state.present) s.setPresenting(true);
  return state;
}

/** Writes the store's view into the URL whenever it changes. Returns an unsubscribe. */
export function syncUrlWithStore(initial: UrlState): () => void {
  // The language goes into the URL once the reader chose one (or the link named one).
  let langChosen = initial.lang !== undefined;
  let lastLang = useAppStore.getState().lang;
  const write = (s: AppState) => {
    if (s.lang !== lastLang) {
      langChosen = true;
      lastLang = s.lang;
    }
    const search = serializeUrlState(urlStateOf(s, langChosen));
    // Keep parameters that belong to the host (e.g. Pym.js's childId).
    const current = new URLSearchParams(window.location.search);
    const next = new URLSearchParams(search);
    for (const key of HOST_PARAMS) {
      const v = current.get(key);
      if (v !== null) next.set(key, v);
    }
    const query = next.toString().replace(/%2C/g, ',');
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      try {
        window.history.replaceState(window.history.state, '', url);
      } catch {
        // Some sandboxed iframes refuse history changes; the view still works.
      }
    }
  };
  const unsubscribe = useAppStore.subscribe(write);
  // A step the story does not have (`step=9` of 7, or a dataset without a story) is corrected at once.
  const now = useAppStore.getState();
  if (initial.step !== undefined && initial.step !== (now.storyStep ?? -1) + 1) write(now);
  return unsubscribe;
}
