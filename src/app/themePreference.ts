export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

const STORAGE_KEY = 'trendscope:theme';

/** The stored choice; the system's theme when nothing (or something unreadable) is stored or storage is blocked. */
export function readThemePreference(): ThemePreference {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return THEME_PREFERENCES.find((preference) => preference === stored) ?? 'system';
  } catch {
    return 'system';
  }
}

/** Stores the choice; false when the browser refused (the choice still applies to this page). */
export function writeThemePreference(preference: ThemePreference): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, preference);
    return true;
  } catch {
    return false;
  }
}

/** `data-theme` on <html> picks the light or dark values of the CSS variables; without it the system decides. */
export function applyThemePreference(preference: ThemePreference): void {
  if (preference === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.dataset.theme = preference;
}
