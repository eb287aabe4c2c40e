import { defaultColumnVisibility } from '../core/query/columns';
import { clampColumnWidth } from '../core/url/columnParams';
import { VIEW_NAMES, type ViewName } from '../core/query/types';
import { chartViewPatch } from './chartSlice';
import type { SliceCreator } from './dataSlice';
import { withDerived } from './derive';
import type { ViewSlice } from './types';

/** Every view's default columns. */
function defaultVisibilityByView(): Record<ViewName, Record<string, boolean>> {
  return Object.fromEntries(VIEW_NAMES.map((view) => [view, defaultColumnVisibility(view)])) as Record<
    ViewName,
    Record<string, boolean>
  >;
}

function noColumnWidths(): Record<ViewName, Record<string, number>> {
  return Object.fromEntries(VIEW_NAMES.map((view) => [view, {}])) as Record<ViewName, Record<string, number>>;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  view: 'briefs',
  sort: [],
  briefId: null,
  briefRow: null,
  columnVisibility: defaultVisibilityByView(),
  columnWidths: noColumnWidths(),
  setView: (view) => set((state) => (view === state.view ? {} : withDerived(state, { view, sort: [] }))),
  setSort: (sort) => set((state) => withDerived(state, { sort })),
  openBrief: (briefId, row = null) => set({ briefId, briefRow: row }),
  closeBrief: () => set({ briefId: null, briefRow: null }),
  setColumnVisibility: (view, visibility) =>
    set((state) => ({ columnVisibility: { ...state.columnVisibility, [view]: visibility } })),
  setColumnWidth: (view, column, width) =>
    set((state) => {
      const widths = { ...state.columnWidths[view] };
      if (width === null) delete widths[column];
      else widths[column] = clampColumnWidth(width);
      return { columnWidths: { ...state.columnWidths, [view]: widths } };
    }),
  applyViewState: ({ filters, view, sort, briefId, charts, columnVisibility, columnWidths }) =>
    set((state) => {
      const known =
        briefId === null || state.corpus === null || state.corpus.index.briefNumberById.has(briefId);
      return withDerived(state, {
        filters,
        view,
        sort,
        briefId: known ? briefId : null,
        briefRow: null,
        ...chartViewPatch(state, charts),
        // A link without columns means the default ones.
        columnVisibility: {
          ...state.columnVisibility,
          [view]: columnVisibility ?? defaultColumnVisibility(view),
        },
        columnWidths: { ...state.columnWidths, [view]: columnWidths ?? {} },
      });
    }),
});
