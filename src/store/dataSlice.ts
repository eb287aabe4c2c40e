import type { StateCreator } from 'zustand';
import type { Dataset } from '../core/model/types';
import { buildCorpus, filtersValidFor, withDerived } from './derive';
import { warmUpWhenIdle } from './idleWarmUp';
import type { AppState, DataSlice } from './types';

export type SliceCreator<Slice> = StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  Slice
>;

export const createDataSlice: SliceCreator<DataSlice> = (set) => {
  /**
   * The state showing `dataset`, keeping the open brief and the filters it can still match; a
   * partial dataset keeps them all, since the briefs still to come may match them.
   */
  function showing(state: AppState, dataset: Dataset, sourceLabel: string, partial: boolean) {
    const corpus = buildCorpus(dataset, sourceLabel, partial);
    const briefId =
      partial || (state.briefId !== null && corpus.index.briefNumberById.has(state.briefId))
        ? state.briefId
        : null;
    const filters = partial ? state.filters : filtersValidFor(state.filters, corpus.index);
    return withDerived({ ...state, result: null, sortedIds: null }, { corpus, filters, briefId });
  }

  return {
    loadStatus: { phase: 'loading', source: '', bytesRead: 0, totalBytes: null },
    corpus: null,
    result: null,
    sortedIds: null,
    setLoadStatus: (loadStatus) =>
      set((state) =>
        loadStatus.phase === 'failed' && state.corpus?.partial === true
          ? { loadStatus, corpus: null, result: null, sortedIds: null }
          : { loadStatus },
      ),
    setDataset: (dataset, sourceLabel) =>
      set((state) => {
        const next = showing(state, dataset, sourceLabel, false);
        warmUpWhenIdle(next.corpus!.index);
        return { ...next, loadStatus: { phase: 'ready' } };
      }),
    setPartialDataset: (dataset, sourceLabel) =>
      set((state) =>
        state.corpus === null || state.corpus.partial ? showing(state, dataset, sourceLabel, true) : {},
      ),
  };
};
