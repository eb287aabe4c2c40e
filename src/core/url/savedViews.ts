/** A view the user named: its query string (filters, view, sort, open brief), without the dataset URL. */
export interface SavedView {
  name: string;
  search: string;
}

/**
 * Reads the stored list; anything unreadable (not JSON, wrong shape) gives the entries that are
 * readable, so one bad entry never loses the others.
 */
export function parseSavedViews(stored: string | null): SavedView[] {
  if (stored === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(json)) return [];
  return json.filter(
    (entry: unknown): entry is SavedView =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as SavedView).name === 'string' &&
      (entry as SavedView).name.trim() !== '' &&
      typeof (entry as SavedView).search === 'string',
  );
}

export function serializeSavedViews(views: readonly SavedView[]): string {
  return JSON.stringify(views);
}

/** Adds a view, replacing one of the same name (compared trimmed); the list stays sorted by name. */
export function withSavedView(views: readonly SavedView[], view: SavedView): SavedView[] {
  const name = view.name.trim();
  return [...views.filter((existing) => existing.name !== name), { name, search: view.search }].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

export function withoutSavedView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((view) => view.name !== name);
}
