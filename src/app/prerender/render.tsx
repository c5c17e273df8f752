/**
 * The server side of the first picture: renders the app's article view to
 * HTML at build time (run in Node by ./vitePlugin.ts). The browser hydrates
 * this markup (src/app/main.tsx) with the same dataset and language in the
 * store, so the first render there produces the same tree.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import type { Lang } from '../../data/lang';
import { parseDataset } from '../../data/parse';
import { initialState, useAppStore } from '../../store/store';
import { App } from '../App';

/** The app as it first renders in the browser for `datasetJson` in `lang`. */
export function renderApp(datasetJson: string, lang: Lang): string {
  const result = parseDataset(datasetJson);
  if (!result.ok)
    throw new Error(`prerender: the article dataset is invalid: ${JSON.stringify(result.problems)}`);
  useAppStore.setState({ ...initialState, dataset: result.dataset, lang });
  try {
    return renderToString(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  } finally {
    useAppStore.setState(initialState);
  }
}
