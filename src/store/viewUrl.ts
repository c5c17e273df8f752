/** The reader's view as URL state: what the address bar, Share and Embed carry. */
import type { AppState } from './store';
import type { UrlState } from './urlState';

export function urlStateOf(s: AppState, langFromUrl: boolean): UrlState {
  return {
    lang: langFromUrl ? s.lang : undefined,
    theme: s.theme,
    hide: [...s.hidden],
    select: s.selection?.type === 'node' ? s.selection.id : undefined,
    q: s.query || undefined,
    embed: s.embed || undefined,
    step: s.storyStep === null ? undefined : s.storyStep + 1,
    story: s.storyStep === null || s.storyId === null ? undefined : s.storyId,
    layers: [...s.layers],
    until: s.until ?? undefined,
    present: s.presenting || undefined,
    // A reader's local file cannot be named in a link (its source starts with "file:").
    data: s.dataSource?.startsWith('file:') ? undefined : (s.dataSource ?? undefined),
  };
}
