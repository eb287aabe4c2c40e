import { parseSavedViews, serializeSavedViews, type SavedView } from '../core/url/savedViews';

const STORAGE_KEY = 'trendscope:saved-views';

/** The saved views in localStorage; none when storage is blocked or holds something unreadable. */
export function readSavedViews(): SavedView[] {
  try {
    return parseSavedViews(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return [];
  }
}

/** Stores the list; false when the browser refused (quota full, storage disabled). */
export function writeSavedViews(views: readonly SavedView[]): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, serializeSavedViews(views));
    return true;
  } catch {
    return false;
  }
}
