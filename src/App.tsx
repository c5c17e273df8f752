import { Suspense, lazy, useEffect } from 'react';
import defaultDatasetUrl from '../data/alliance-network.json?url';
import { loadDatasetFromUrl } from './data/load';
import { useAppStore } from './store/store';
import { Credit } from './components/Credit';
import { DetailPanel } from './components/DetailPanel';
import { ErrorView } from './components/ErrorView';
import { FilterPanel } from './components/FilterPanel';
import { Header } from './components/Header';
import { Legend } from './components/Legend';
import { NetworkView } from './components/NetworkView';
import { PrintRelations } from './components/PrintRelations';
import { SearchBox } from './components/SearchBox';
import { useT } from './i18n/useT';

// Classroom tools load on first use: the first view stays small.
const StoryPanel = lazy(() => import('./components/StoryPanel').then((m) => ({ default: m.StoryPanel })));
const PresentationMode = lazy(() =>
  import('./components/PresentationMode').then((m) => ({ default: m.PresentationMode })),
);

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
  const storyOpen = useAppStore((s) => s.storyStep !== null);
  const presenting = useAppStore((s) => s.presenting);

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
            {storyOpen ? (
              <Suspense fallback={null}>
                <StoryPanel dataset={dataset} />
              </Suspense>
            ) : (
              <>
                <SearchBox dataset={dataset} />
                <FilterPanel dataset={dataset} />
              </>
            )}
            <Legend dataset={dataset} />
          </div>
          <div className="stage">
            <NetworkView dataset={dataset} />
            <DetailPanel dataset={dataset} />
          </div>
        </main>
      )}
      {dataset && !loadError && <PrintRelations dataset={dataset} />}
      {dataset && <Credit dataset={dataset} />}
      {presenting && (
        <Suspense fallback={null}>
          <PresentationMode />
        </Suspense>
      )}
    </div>
  );
}
