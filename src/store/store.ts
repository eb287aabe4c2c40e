import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { ViewState } from '../core/url/viewState';
import { createChartSlice } from './chartSlice';
import { createDataSlice } from './dataSlice';
import { createFiltersSlice } from './filtersSlice';
import { createImportSlice } from './importSlice';
import type { AppState } from './types';
import { createViewSlice } from './viewSlice';

/** The one app store. New features add a slice here (and its interface to AppState). */
export const useAppStore = create<AppState>()(
  subscribeWithSelector((...args) => ({
    ...createDataSlice(...args),
    ...createFiltersSlice(...args),
    ...createViewSlice(...args),
    ...createChartSlice(...args),
    ...createImportSlice(...args),
  })),
);

/** The serialisable part that a URL carries; use with useShallow, or compare fields, since it builds an object. */
export function selectViewState(state: AppState): ViewState {
  return {
    filters: state.filters,
    view: state.view,
    sort: state.sort,
    briefId: state.briefId,
    charts: state.chartsOpen ? state.chartSettings : undefined,
    columnVisibility: state.columnVisibility[state.view],
    columnWidths: state.columnWidths[state.view],
  };
}
