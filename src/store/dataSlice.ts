import type { StateCreator } from 'zustand';
import { buildCorpus, filtersValidFor, withDerived } from './derive';
import { warmUpWhenIdle } from './idleWarmUp';
import type { AppState, DataSlice } from './types';

export type SliceCreator<Slice> = StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  Slice
>;

export const createDataSlice: SliceCreator<DataSlice> = (set) => ({
  loadStatus: { phase: 'loading', source: '', bytesRead: 0, totalBytes: null },
  corpus: null,
  result: null,
  sortedIds: null,
  setLoadStatus: (loadStatus) => set({ loadStatus }),
  setDataset: (dataset, sourceLabel) =>
    set((state) => {
      const corpus = buildCorpus(dataset, sourceLabel);
      warmUpWhenIdle(corpus.index);
      const briefId =
        state.briefId !== null && corpus.index.briefNumberById.has(state.briefId) ? state.briefId : null;
      const filters = filtersValidFor(state.filters, corpus.index);
      return withDerived(
        { ...state, result: null, sortedIds: null },
        { corpus, filters, briefId, loadStatus: { phase: 'ready' } },
      );
    }),
});
