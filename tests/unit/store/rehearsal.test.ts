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
    const seen: Pick<AppState, 'result' | 'sortedIds' | 'filters' | 'rehearsing'>[] = [];
    const unsubscribe = useAppStore.subscribe(({ result, sortedIds, filters, rehearsing }) =>
      seen.push({ result, sortedIds, filters, rehearsing }),
    );
    // Without requestIdleCallback the warm-up steps run on timers, one step each.
    await vi.runAllTimersAsync();
    unsubscribe();

    expect(seen.map(({ rehearsing }) => rehearsing)).toEqual([true, true, false]);
    const [other, restored, done] = seen;
    expect(other!.result).not.toBe(shown.result);
    expect(other!.result!.briefIds.length).toBeLessThan(shown.result!.briefIds.length);
    expect(other!.sortedIds!.length).toBeLessThan(shown.sortedIds!.length);
    for (const after of [restored!, done!]) {
      expect(after.result).toBe(shown.result);
      expect(after.sortedIds).toBe(shown.sortedIds);
    }
    for (const step of seen) expect(step.filters).toBe(shown.filters);
  });
});
