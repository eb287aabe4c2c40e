import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../src/store/store';
import type { AppState } from '../../../src/store/types';
import { syntheticDataset } from '../query/fixtures';

const state = () => useAppStore.getState();

describe('the idle-time rehearsal of an update', () => {
  afterEach(() => vi.useRealTimers());

  it('shows another result for a moment, then the same objects as before, and never touches the filters', async () => {
    vi.useFakeTimers();
    state().setFilters({ text: '' });
    state().setDataset(syntheticDataset(120, 3), 'test data');
    const shown = { result: state().result, sortedIds: state().sortedIds, filters: state().filters };
    expect(shown.result).not.toBeNull();
    const seen: Pick<AppState, 'result' | 'sortedIds' | 'filters'>[] = [];
    const unsubscribe = useAppStore.subscribe(({ result, sortedIds, filters }) =>
      seen.push({ result, sortedIds, filters }),
    );
    // Without requestIdleCallback the warm-up steps run on timers, one step each.
    await vi.runAllTimersAsync();
    unsubscribe();

    expect(seen).toHaveLength(2);
    const [other, restored] = seen;
    expect(other!.result).not.toBe(shown.result);
    expect(other!.result!.briefIds.length).toBeLessThan(shown.result!.briefIds.length);
    expect(other!.sortedIds!.length).toBeLessThan(shown.sortedIds!.length);
    expect(restored!.result).toBe(shown.result);
    expect(restored!.sortedIds).toBe(shown.sortedIds);
    for (const step of seen) expect(step.filters).toBe(shown.filters);
  });
});
