import type { StateCreator } from 'zustand';
import type { Dataset } from '../core/model/types';
import { createQueryEngine } from '../core/query/queryEngine';
import { buildCorpus, filtersValidFor, sortedIdsOf, withDerived } from './derive';
import { warmUpWhenIdle } from './idleWarmUp';
import type { AppState, DataSlice } from './types';

export type SliceCreator<Slice> = StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  Slice
>;

export const createDataSlice: SliceCreator<DataSlice> = (set, get) => {
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

  /**
   * Shows the result of one more theme for a moment, then the current result again, within one
   * task: the browser paints neither, but React and the components have run the update a click
   * runs, so the first real click does not also pay for compiling that code.
   */
  async function rehearseUpdate(): Promise<void> {
    const state = get();
    const { corpus, result: shown, sortedIds: shownIds } = state;
    if (corpus === null || corpus.partial || shown === null || shownIds === null || state.chartsOpen) return;
    const theme = corpus.index.facets.themes.labels.find((label) => !state.filters.themes.includes(label));
    if (theme === undefined) return;
    const result = createQueryEngine(corpus.index).run({
      ...state.filters,
      themes: [...state.filters.themes, theme],
    });
    set({ result, sortedIds: sortedIdsOf(corpus.index, state, result) });
    // React renders a store change in a microtask: the await here comes after that render, and
    // still before any paint. The table renders its rows in a later task (see TablesPanel), by
    // which time the current result is back: it never shows the rehearsal's rows.
    await Promise.resolve();
    if (get().result === result) set({ result: shown, sortedIds: shownIds });
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
        warmUpWhenIdle(next.corpus!.index, () => void rehearseUpdate());
        return { ...next, loadStatus: { phase: 'ready' } };
      }),
    setPartialDataset: (dataset, sourceLabel) =>
      set((state) =>
        state.corpus === null || state.corpus.partial ? showing(state, dataset, sourceLabel, true) : {},
      ),
  };
};
