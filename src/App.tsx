import { useEffect } from 'react';
import defaultDatasetUrl from '../data/alliance-network.json?url';
import { loadDatasetFromUrl } from './data/load';
import { useAppStore } from './store/store';
import { Credit } from './components/Credit';
import { DetailPanel } from './components/DetailPanel';
import { ErrorView } from './components/ErrorView';
import { FilterPanel } from './components/FilterPanel';
import { Header } from './components/Header';
import { Legend } from './components/Legend';
import { NetworkStage } from './components/NetworkStage';
import { SearchBox } from './components/SearchBox';
import { useT } from './i18n/useT';

export async function loadDefaultDataset(): Promise<void> {
  const result = await loadDatasetFromUrl(defaultDatasetUrl);
  const { showDataset, showLoadError } = useAppStore.getState();
  if (result.ok) showDataset(result.dataset);
  else showLoadError({ source: 'alliance-network.json', problems: result.problems });
}

/**
 * Loads a dataset named by `data=<url>` (same origin only; used by the benchmarks
 * and by links to other datasets). Anything else is reported, never fetched.
 */
export async function loadDataset(url: string): Promise<void> {
  const { showDataset, showLoadError, setDataSource } = useAppStore.getState();
  let resolved: URL;
  try {
    resolved = new URL(url, window.location.href);
  } catch {
    resolved = new URL('about:blank');
  }
  if (resolved.origin !== window.location.origin) {
    showLoadError({
      source: url,
      problems: [{ path: '', expected: 'a dataset URL on this site', found: `"${url}"` }],
    });
    return;
  }
  const result = await loadDatasetFromUrl(resolved.href);
  if (result.ok) {
    setDataSource(url);
    showDataset(result.dataset);
  } else showLoadError({ source: url, problems: result.problems });
}

export function App() {
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const loadError = useAppStore((s) => s.loadError);
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const select = useAppStore((s) => s.select);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    if (dataset) document.title = `${dataset.meta.title[lang]} – Alliance Network`;
  }, [dataset, lang]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select]);

  return (
    <div className="app">
      <Header dataset={dataset} />
      {loadError && (
        <ErrorView
          error={loadError}
          onBack={dataset ? () => useAppStore.getState().showLoadError(null) : undefined}
        />
      )}
      {!dataset && !loadError && <p className="loading">{t('loading')}</p>}
      {dataset && !loadError && (
        <main className="layout">
          <div className="sidebar">
            <SearchBox dataset={dataset} />
            <FilterPanel dataset={dataset} />
            <Legend dataset={dataset} />
          </div>
          <div className="stage">
            <NetworkStage dataset={dataset} />
            <DetailPanel dataset={dataset} />
          </div>
        </main>
      )}
      {dataset && <Credit dataset={dataset} />}
    </div>
  );
}
