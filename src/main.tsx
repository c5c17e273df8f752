import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadDefaultDataset } from './App';
import { langFromNavigator } from './i18n/strings';
import { useAppStore } from './store/store';
import './styles.css';

useAppStore.getState().setLang(langFromNavigator(navigator.languages ?? [navigator.language]));
void loadDefaultDataset();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
