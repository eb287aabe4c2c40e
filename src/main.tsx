import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyThemePreference, readThemePreference } from './app/themePreference';
import { loadStartDataset } from './app/startDataset';
import { startUrlSync } from './app/urlSync';
import { readDataUrl } from './core/url/viewState';
import './styles/base.css';

applyThemePreference(readThemePreference());
const dataUrl = readDataUrl(window.location.search);
startUrlSync(dataUrl);
void loadStartDataset();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
