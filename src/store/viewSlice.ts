import { VIEW_COLUMNS } from '../core/query/columns';
import { VIEW_NAMES, type ViewName } from '../core/query/types';
import { chartViewPatch } from './chartSlice';
import type { SliceCreator } from './dataSlice';
import { withDerived } from './derive';
import type { ViewSlice } from './types';

/** Columns that start hidden (ColumnSpec.defaultVisible false), per view. */
function defaultColumnVisibility(): Record<ViewName, Record<string, boolean>> {
  return Object.fromEntries(
    VIEW_NAMES.map((view) => [
      view,
      Object.fromEntries(
        VIEW_COLUMNS[view].filter((spec) => !spec.defaultVisible).map((spec) => [spec.id, false]),
      ),
    ]),
  ) as Record<ViewName, Record<string, boolean>>;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  view: 'briefs',
  sort: [],
  briefId: null,
  columnVisibility: defaultColumnVisibility(),
  setView: (view) => set((state) => (view === state.view ? {} : withDerived(state, { view, sort: [] }))),
  setSort: (sort) => set((state) => withDerived(state, { sort })),
  openBrief: (briefId) => set({ briefId }),
  closeBrief: () => set({ briefId: null }),
  setColumnVisibility: (view, visibility) =>
    set((state) => ({ columnVisibility: { ...state.columnVisibility, [view]: visibility } })),
  applyViewState: ({ filters, view, sort, briefId, charts }) =>
    set((state) => {
      const known =
        briefId === null || state.corpus === null || state.corpus.index.briefNumberById.has(briefId);
      return withDerived(state, {
        filters,
        view,
        sort,
        briefId: known ? briefId : null,
        ...chartViewPatch(state, charts),
      });
    }),
});
