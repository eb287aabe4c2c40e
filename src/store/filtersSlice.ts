import { FOLD_WITHOUT_DATA } from '../core/labels/labelFold';
import { valueIdOf } from '../core/query/corpusIndex';
import { EMPTY_FILTERS } from '../core/query/types';
import type { SliceCreator } from './dataSlice';
import { withDerived } from './derive';
import type { AppState, FiltersSlice } from './types';

/**
 * Only after a query faster than this does the next narrowing one run inline; otherwise the
 * keystroke shows its text first and the query runs in a task of its own (only the latest one,
 * when keys come faster than the queries).
 */
const INLINE_SEARCH_MS = 16;

export const createFiltersSlice: SliceCreator<FiltersSlice> = (set, get) => {
  let pendingSearch: ReturnType<typeof setTimeout> | undefined;
  let lastSearchMs = 0;
  return {
    filters: EMPTY_FILTERS,
    setFilters: (patch) => set((state) => withDerived(state, { filters: { ...state.filters, ...patch } })),
    toggleFacetValue: (facet, label) =>
      set((state) => {
        const index = state.corpus?.index;
        const fold = index?.fold ?? FOLD_WITHOUT_DATA;
        const key = fold.keyOf(label);
        const selected = state.filters[facet];
        // A group is selected by its display label, whichever spelling was clicked (it goes in the URL).
        const id = index === undefined ? undefined : valueIdOf(index, facet, label);
        const next = selected.some((value) => fold.keyOf(value) === key)
          ? selected.filter((value) => fold.keyOf(value) !== key)
          : [...selected, id === undefined ? label : index!.facets[facet].labels[id]!];
        return withDerived(state, { filters: { ...state.filters, [facet]: next } });
      }),
    setSearchText: (text) => {
      clearTimeout(pendingSearch);
      const derive = (patch: Partial<AppState>) => {
        const started = performance.now();
        set((state) => withDerived(state, patch));
        lastSearchMs = performance.now() - started;
      };
      // A query that narrows a fast one (a letter typed on) runs with the keystroke, so the rows
      // update in the same render as the box; a new word can match most rows and is not so cheap.
      const previous = get().filters.text;
      if (previous.trim() !== '' && text.startsWith(previous) && lastSearchMs <= INLINE_SEARCH_MS) {
        derive({ filters: { ...get().filters, text } });
        return;
      }
      set((state) => ({ filters: { ...state.filters, text } }));
      pendingSearch = setTimeout(() => derive({}), 0);
    },
    clearFilters: () => set((state) => withDerived(state, { filters: EMPTY_FILTERS })),
  };
};
