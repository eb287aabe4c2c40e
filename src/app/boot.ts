import { readDataUrl } from '../core/url/viewState';
import { loadStartDataset } from './startDataset';
import { applyThemePreference, readThemePreference } from './themePreference';
import { startUrlSync } from './urlSync';

// main.tsx imports this module first, so the dataset starts downloading while the browser is
// still evaluating the rest of the code (React DOM alone is most of it).
applyThemePreference(readThemePreference());
startUrlSync(readDataUrl(window.location.search));
void loadStartDataset();
