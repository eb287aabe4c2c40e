import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { runQuery } from '../../../src/core/query/runQuery';
import { sortIds } from '../../../src/core/query/sortIds';
import { EMPTY_FILTERS } from '../../../src/core/query/types';
import { warmUpSteps } from '../../../src/core/query/warmUp';
import { syntheticDataset } from './fixtures';

describe('warmUpSteps', () => {
  it('builds the name and relevancy sort ranks ahead of the first sort, without changing any answer', () => {
    const cold = buildIndex(syntheticDataset(60, 3));
    const warm = buildIndex(syntheticDataset(60, 3));
    expect(warm.sortRanks.size).toBe(0);
    for (const step of warmUpSteps(warm)) step();
    expect([...warm.sortRanks.keys()].sort()).toEqual([
      'behaviors:name',
      'behaviors:relevancy',
      'briefs:title',
      'concerns:name',
      'concerns:relevancy',
      'issues:name',
      'issues:relevancy',
      'signals:name',
      'signals:relevancy',
      'technologies:name',
      'technologies:relevancy',
    ]);
    const filters = { ...EMPTY_FILTERS, text: 'a e', minRelevancy: 3 };
    const coldResult = runQuery(cold, filters);
    const warmResult = runQuery(warm, filters);
    expect(warmResult.rowIds).toEqual(coldResult.rowIds);
    expect(warmResult.briefIds).toEqual(coldResult.briefIds);
    const sort = [{ column: 'name', desc: true }];
    expect(sortIds(warm, 'signals', warmResult.rowIds.signals, sort)).toEqual(
      sortIds(cold, 'signals', coldResult.rowIds.signals, sort),
    );
  });
});
