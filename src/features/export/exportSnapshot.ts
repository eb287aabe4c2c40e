import { VIEW_COLUMNS } from '../../core/query/columns';
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
  const visibility = state.columnVisibility[view];
  // The table's rule: a column is shown unless its visibility is explicitly false.
  const columnIds = VIEW_COLUMNS[view].filter((spec) => visibility[spec.id] !== false).map((spec) => spec.id);
  return { index: corpus.index, result, view, filters, sortedIds, columnIds };
}
