import { visibleColumnIds } from '../../core/query/columns';
import type { CorpusIndex } from '../../core/query/corpusIndex';
import type { Filters, QueryResult, ViewName } from '../../core/query/types';
import type { AppState } from '../../store/types';

/** What an export reads from the store, taken once when the user asks for it. */
export interface ExportSnapshot {
  index: CorpusIndex;
  result: QueryResult;
  view: ViewName;
  filters: Filters;
  /** The view's ids in display order. */
  sortedIds: Uint32Array;
  /** The columns shown, in table order. */
  columnIds: string[];
}

export function exportSnapshot(state: AppState): ExportSnapshot | null {
  const { corpus, result, sortedIds, view, filters } = state;
  if (corpus === null || result === null || sortedIds === null) return null;
  const columnIds = visibleColumnIds(view, state.columnVisibility[view]);
  return { index: corpus.index, result, view, filters, sortedIds, columnIds };
}
