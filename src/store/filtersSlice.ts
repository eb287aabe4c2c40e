import { facetKey } from '../core/query/facetKey';
import { EMPTY_FILTERS } from '../core/query/types';
import type { SliceCreator } from './dataSlice';
import { withDerived } from './derive';
import type { FiltersSlice } from './types';

export const createFiltersSlice: SliceCreator<FiltersSlice> = (set) => {
  let pendingSearch: ReturnType<typeof setTimeout> | undefined;
  return {
    filters: EMPTY_FILTERS,
    setFilters: (patch) => set((state) => withDerived(state, { filters: { ...state.filters, ...patch } })),
    toggleFacetValue: (facet, label) =>
      set((state) => {
        const key = facetKey(label);
        const selected = state.filters[facet];
        const next = selected.some((value) => facetKey(value) === key)
          ? selected.filter((value) => facetKey(value) !== key)
          : [...selected, label];
        return withDerived(state, { filters: { ...state.filters, [facet]: next } });
      }),
    setSearchText: (text) => {
      set((state) => ({ filters: { ...state.filters, text } }));
      clearTimeout(pendingSearch);
      pendingSearch = setTimeout(() => set((state) => withDerived(state, {})), 0);
    },
    clearFilters: () => set((state) => withDerived(state, { filters: EMPTY_FILTERS })),
  };
};
