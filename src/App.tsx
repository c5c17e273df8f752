import { useEffect } from 'react';
import defaultDatasetUrl from '../data/alliance-network.json?url';
import { loadDatasetFromUrl } from './data/load';
import { useAppStore } from './store/store';
import { Credit } from './components/Credit';
import { ErrorView } from './components/ErrorView';
import { FilterPanel } from './components/FilterPanel';
import { Header } from './components/Header';
import { Legend } from './components/Legend';
import { LiveAnnouncer } from './components/LiveAnnouncer';
import { NetworkStage } from './components/NetworkStage';
import { SearchBox } from './components/SearchBox';
import { SkipLink } from './components/SkipLink';
import { useT } from './i18n/useT';

export async function loadDefaultDataset(): Promise<void> {
  const result = await loadDatasetFromUrl(defaultDatasetUrl);
  const { showDataset, showLoadError } = useAppStore.getState();
  if (result.ok) showDataset(result.dataset);
  else showLoadError({ source: 'alliance-network.json', problems: result.problems });
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
      {dataset && !loadError && <SkipLink />}
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
          <NetworkStage dataset={dataset} />
        </main>
      )}
      {dataset && (
        <footer>
          <Credit dataset={dataset} />
        </footer>
      )}
      {dataset && <LiveAnnouncer dataset={dataset} />}
    </div>
  );
}
