import { useEffect } from 'react';
import { useAppStore } from './store/store';
import { Credit } from './components/Credit';
import { DatasetLoader } from './components/DatasetLoader';
import { EmbedCredit } from './components/EmbedCredit';
import { FilterSheet } from './components/FilterSheet';
import { InteractionGate } from './components/InteractionGate';
import { DetailPanel } from './components/DetailPanel';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorView } from './components/ErrorView';
import { FilterPanel } from './components/FilterPanel';
import { Header } from './components/Header';
import { Legend } from './components/Legend';
import { NetworkView } from './components/NetworkView';
import { SearchBox } from './components/SearchBox';
import { useT } from './i18n/useT';

export function App() {
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const loadError = useAppStore((s) => s.loadError);
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const select = useAppStore((s) => s.select);
  const embed = useAppStore((s) => s.embed);

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
    <div className={embed ? 'app app-embed' : 'app'}>
      {!embed && <Header dataset={dataset} />}
      {loadError && (
        <ErrorView
          error={loadError}
          onBack={dataset ? () => useAppStore.getState().showLoadError(null) : undefined}
        />
      )}
      {!dataset && !loadError && <p className="loading">{t('loading')}</p>}
      {dataset && (
        <ErrorBoundary resetKey={dataset}>
          <main className="layout">
            <div className="sidebar">
              <SearchBox dataset={dataset} />
              <FilterSheet>
                <FilterPanel dataset={dataset} />
                {!embed && <Legend dataset={dataset} />}
              </FilterSheet>
            </div>
            <div className="stage">
              {embed ? (
                <InteractionGate>
                  <NetworkView dataset={dataset} />
                </InteractionGate>
              ) : (
                <NetworkView dataset={dataset} />
              )}
              <DetailPanel dataset={dataset} />
            </div>
            {embed && (
              <div className="embed-legend">
                <Legend dataset={dataset} />
              </div>
            )}
          </main>
        </ErrorBoundary>
      )}
      {embed ? (
        dataset && <EmbedCredit dataset={dataset} />
      ) : (
        <div className="app-footer">
          {dataset && <Credit dataset={dataset} />}
          <DatasetLoader />
        </div>
      )}
    </div>
  );
}
