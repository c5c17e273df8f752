import { Suspense, lazy, useEffect } from 'react';
import { useAppStore } from '../store/store';
import { Credit } from './Credit';
import { DatasetLoader } from '../data-loading/DatasetLoader';
import { EmbedCredit } from '../embed/EmbedCredit';
import { FilterSheet } from '../explore/FilterSheet';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorView } from '../data-loading/ErrorView';
import { FilterPanel } from '../explore/FilterPanel';
import { Header } from './Header';
import { Legend } from '../explore/Legend';
import { LiveAnnouncer } from '../explore/LiveAnnouncer';
import { NetworkStage } from '../network/NetworkStage';
import { SearchBox } from '../explore/SearchBox';
import { SkipLink } from './SkipLink';
import { useAfterFirstPicture } from './useAfterFirstPicture';
import { useModuleAfter } from '../ui/useModuleAfter';
import { ShownGraphProvider } from '../ui/useViewModel';
import { loadCanvasRenderer } from '../network/NetworkRenderer';
import { useLayoutStatus } from '../store/layoutStatus';
import { LayerControls } from '../explore/LayerControls';
import { useT } from '../ui/useT';
import { useAppKeys } from './useAppKeys';
import { removeFirstPicture } from '../data-loading/firstPictureHandover';

// Classroom tools load on first use: the first view stays small.
// The layer switch and year slider load beside the first picture, only for datasets with layers.
const StoryPanel = lazy(() => import('../classroom/StoryPanel').then((m) => ({ default: m.StoryPanel })));
// The handout's print-only parts (the step on top, the relations with evidence below): loaded
// after the first picture.
const loadHandout = () => import('../classroom/Handout');
const PresentationMode = lazy(() =>
  import('../classroom/PresentationMode').then((m) => ({ default: m.PresentationMode })),
);

export function App() {
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const loadError = useAppStore((s) => s.loadError);
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const embed = useAppStore((s) => s.embed);
  const storyOpen = useAppStore((s) => s.storyStep !== null);
  const presenting = useAppStore((s) => s.presenting);
  const afterFirstPicture = useAfterFirstPicture();
  const handout = useModuleAfter(afterFirstPicture, loadHandout);
  // A large graph whose file is still being checked: its preview (the module is fetched as the load starts).
  const preview = useLayoutStatus((s) => (dataset || loadError ? null : s.preview));
  const canvasRenderer = useModuleAfter(preview !== null, loadCanvasRenderer);
  const previewing = preview !== null && canvasRenderer !== null;

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    // Plain text has no <bdi>: the first-strong isolate (U+2068 … U+2069) keeps the title's direction to itself.
    if (dataset) document.title = `\u2068${dataset.meta.title[lang]}\u2069 – Alliance Network`;
  }, [dataset, lang]);
  useAppKeys();
  useEffect(() => {
    // The page's first picture of a `data=` file gives way to the network or to the file's problems.
    if (dataset || loadError) removeFirstPicture();
  }, [dataset, loadError]);

  return (
    <div className={embed ? 'app app-embed' : 'app'}>
      {dataset && <SkipLink />}
      {!embed && <Header dataset={dataset} />}
      {loadError && (
        <ErrorView
          error={loadError}
          onBack={dataset ? () => useAppStore.getState().showLoadError(null) : undefined}
        />
      )}
      {!dataset && !loadError && !previewing && <p className="loading">{t('loading')}</p>}
      {previewing && preview && (
        // Where the network will be: the same frame, so the checked network takes over in place.
        <main className="layout" aria-busy="true">
          <div className="sidebar" />
          <section className="stage" aria-label={t('loading')}>
            <div className="stage-body">
              <div className="stage-network">
                <canvasRenderer.NetworkPreview preview={preview} />
              </div>
            </div>
          </section>
        </main>
      )}
      {dataset && (
        <ErrorBoundary resetKey={dataset}>
          <ShownGraphProvider dataset={dataset}>
            {handout && storyOpen && <handout.PrintStep dataset={dataset} />}
            <main className="layout">
              <div className="sidebar">
                {storyOpen ? (
                  <Suspense fallback={null}>
                    <StoryPanel dataset={dataset} />
                  </Suspense>
                ) : (
                  <>
                    <SearchBox dataset={dataset} />
                    {(dataset.meta.layers?.length ?? 0) > 0 && (
                      // In the first view (and the prerendered HTML): no lazy boundary here, so nothing
                      // suspends while the app hydrates the server's markup.
                      <LayerControls dataset={dataset} />
                    )}
                    <FilterSheet>
                      <FilterPanel dataset={dataset} />
                      {!embed && <Legend dataset={dataset} />}
                    </FilterSheet>
                  </>
                )}
                {storyOpen && !embed && <Legend dataset={dataset} />}
              </div>
              <NetworkStage dataset={dataset} />
              {embed && (
                <div className="embed-legend">
                  <Legend dataset={dataset} />
                </div>
              )}
            </main>
            {handout && <handout.PrintRelations dataset={dataset} />}
          </ShownGraphProvider>
        </ErrorBoundary>
      )}
      {embed ? (
        dataset && <EmbedCredit dataset={dataset} />
      ) : (
        <footer className="app-footer">
          {dataset && <Credit dataset={dataset} />}
          <DatasetLoader />
        </footer>
      )}
      {dataset && <LiveAnnouncer dataset={dataset} />}
      {presenting && (
        <Suspense fallback={null}>
          <PresentationMode />
        </Suspense>
      )}
    </div>
  );
}
