import { useId, useState } from 'react';
import {
  THEME_PREFERENCES,
  applyThemePreference,
  readThemePreference,
  writeThemePreference,
  type ThemePreference,
} from './themePreference';

const LABELS: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Light, dark or the system's theme for the whole app, remembered in this browser. */
export function ThemeSelect() {
  const id = useId();
  const [preference, setPreference] = useState<ThemePreference>(readThemePreference);
  return (
    <div className="theme-select" style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
      <label htmlFor={id} className="muted">
        Theme
      </label>
      <select
        id={id}
        value={preference}
        onChange={(event) => {
          const next = THEME_PREFERENCES.find((candidate) => candidate === event.target.value) ?? 'system';
          applyThemePreference(next);
          writeThemePreference(next);
          setPreference(next);
        }}
      >
        {THEME_PREFERENCES.map((option) => (
          <option key={option} value={option}>
            {LABELS[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
