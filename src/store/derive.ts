import { isDemoId } from '../core/generate/demoId';
import { ENTRY_KINDS, type Dataset, type EntryKind } from '../core/model/types';
import { buildIndex, valueIdOf, type CorpusIndex } from '../core/query/corpusIndex';
import { createQueryEngine } from '../core/query/queryEngine';
import { sortIds } from '../core/query/sortIds';
import {
  FACET_NAMES,
  type FacetName,
  type Filters,
  type QueryResult,
  type ViewName,
} from '../core/query/types';
import { IMPORTED_LABEL } from './importSlice';
import type { AppState, Corpus } from './types';

export function buildCorpus(dataset: Dataset, sourceLabel: string, partial = false): Corpus {
  const index = buildIndex(dataset);
  // Data the user imported is labelled as imported, whatever its ids.
  const isDemo =
    sourceLabel !== IMPORTED_LABEL &&
    dataset.briefs.length > 0 &&
    dataset.briefs.every((brief) => isDemoId(brief.id));
  const rowCounts = Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, index.rows[kind].count])) as Record<
    EntryKind,
    number
  >;
  return {
    index,
    engine: createQueryEngine(index),
    sourceLabel: isDemo ? 'Demo data' : sourceLabel,
    isDemo,
    partial,
    rowCounts,
  };
}

function idsOfView(result: QueryResult, view: ViewName): Uint32Array {
  return view === 'briefs' ? result.briefIds : result.rowIds[view];
}

/** The ids `result` holds for the state's view, in the state's sort order. */
export function sortedIdsOf(
  index: CorpusIndex,
  { view, sort }: Pick<AppState, 'view' | 'sort'>,
  result: QueryResult,
): Uint32Array {
  return sortIds(index, view, idsOfView(result, view), sort);
}

/**
 * The state after `patch`, with `result` and `sortedIds` brought up to date. The engine returns
 * its last result for unchanged filters, and the ids are only re-sorted when the result, view or
 * sort changed, so a patch that touches neither costs nothing.
 */
export function withDerived(state: AppState, patch: Partial<AppState>): Partial<AppState> {
  const next = { ...state, ...patch };
  if (next.corpus === null) return patch;
  const result = next.corpus.engine.run(next.filters);
  if (
    result === state.result &&
    next.view === state.view &&
    next.sort === state.sort &&
    state.sortedIds !== null
  ) {
    return patch;
  }
  return { ...patch, result, sortedIds: sortedIdsOf(next.corpus.index, next, result) };
}

/** The filters without facet values the index has never seen (they could only ever match nothing). */
export function filtersValidFor(filters: Filters, index: CorpusIndex): Filters {
  const known = (facet: FacetName) => (label: string) => valueIdOf(index, facet, label) !== undefined;
  if (FACET_NAMES.every((facet) => filters[facet].every(known(facet)))) return filters;
  const valid = { ...filters };
  for (const facet of FACET_NAMES) valid[facet] = filters[facet].filter(known(facet));
  return valid;
}
