import type { Dataset, EntryKind } from '../core/model/types';
import type { CorpusIndex } from '../core/query/corpusIndex';
import type { QueryEngine } from '../core/query/queryEngine';
import type { FacetName, Filters, QueryResult, SortKey, ViewName } from '../core/query/types';
import type { ViewState } from '../core/url/viewState';
import type { ChartSlice } from './chartSlice';
import type { ImportSlice } from './importSlice';

/** Why a dataset could not be shown, and what the user can do about it. */
export interface LoadFailure {
  title: string;
  detail: string;
  hint: string;
}

export type LoadStatus =
  | { phase: 'loading'; source: string; bytesRead: number; totalBytes: number | null }
  | { phase: 'failed'; failure: LoadFailure }
  | { phase: 'ready' };

/** The loaded dataset with what the queries need; built once per dataset, never serialised. */
export interface Corpus {
  index: CorpusIndex;
  engine: QueryEngine;
  /** Where the data came from, e.g. "Demo data" or "briefs.json". */
  sourceLabel: string;
  /** The first briefs of a dataset still loading, shown meanwhile; the whole dataset replaces it. */
  partial: boolean;
  isDemo: boolean;
  rowCounts: Record<EntryKind, number>;
}

export interface DataSlice {
  loadStatus: LoadStatus;
  corpus: Corpus | null;
  /** Derived from corpus + filters: recomputed by the actions that change them, never in render. */
  result: QueryResult | null;
  /** Ids of the current view in display order (brief numbers or row ids), derived like `result`. */
  sortedIds: Uint32Array | null;
  /** A failure also drops a partial corpus: nothing was loaded. */
  setLoadStatus(status: LoadStatus): void;
  /** Shows a dataset (first load, import, merge): rebuilds the index and drops filters it cannot match. */
  setDataset(dataset: Dataset, sourceLabel: string): void;
  /** Shows the first briefs of the dataset being loaded, when nothing is shown yet. */
  setPartialDataset(dataset: Dataset, sourceLabel: string): void;
}

export interface FiltersSlice {
  filters: Filters;
  setFilters(patch: Partial<Filters>): void;
  toggleFacetValue(facet: FacetName, label: string): void;
  /**
   * Updates the text; a letter typed on after a fast query runs its query at once, anything else
   * (a new word, a deletion, after a slow query) shows the text first and runs the query after,
   * for the latest text only, so typing never waits for it.
   */
  setSearchText(text: string): void;
  clearFilters(): void;
}

/** A row of a brief's table: its kind and position. */
export interface BriefRow {
  kind: EntryKind;
  entry: number;
}

export interface ViewSlice {
  view: ViewName;
  sort: SortKey[];
  briefId: string | null;
  /** The row the open brief was opened from, shown scrolled to and marked; not part of the URL. */
  briefRow: BriefRow | null;
  /** Per view, columns explicitly shown (true) or hidden (false). */
  columnVisibility: Record<ViewName, Record<string, boolean>>;
  /** Per view, widths in pixels of the columns the user resized. */
  columnWidths: Record<ViewName, Record<string, number>>;
  setView(view: ViewName): void;
  setSort(sort: SortKey[]): void;
  openBrief(briefId: string, row?: BriefRow | null): void;
  closeBrief(): void;
  setColumnVisibility(view: ViewName, visibility: Record<string, boolean>): void;
  /** Gives a column a width (clamped to COLUMN_WIDTH_LIMITS), or back its default width (null). */
  setColumnWidth(view: ViewName, column: string, width: number | null): void;
  /** Replaces filters, view, columns, sort, open brief and charts at once (URL restore, saved views). */
  applyViewState(state: ViewState): void;
}

export type AppState = DataSlice & FiltersSlice & ViewSlice & ChartSlice & ImportSlice;
