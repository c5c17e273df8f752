import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadDataset, loadDefaultDataset } from './App';
import { applyUrlState, syncUrlWithStore } from './embed/urlSync';
import { langFromNavigator } from './i18n/strings';
import { useAppStore } from './store/store';
import './styles.css';

useAppStore.getState().setLang(langFromNavigator(navigator.languages ?? [navigator.language]));
const fromUrl = applyUrlState(window.location.search);
void (fromUrl.data ? loadDataset(fromUrl.data) : loadDefaultDataset()).then(() => {
  // A node named in the URL is selected once the data is there.
  const { dataset, select } = useAppStore.getState();
  if (fromUrl.select) {
    if (dataset?.nodes.some((n) => n.id === fromUrl.select)) select({ type: 'node', id: fromUrl.select });
    else console.warn(`Alliance Network: ignoring select=${JSON.stringify(fromUrl.select)} (no such node).`);
  }
  syncUrlWithStore(fromUrl);
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
