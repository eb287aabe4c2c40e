import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { newestBriefsFrom } from '../../../src/store/idleWarmUp';
import { makeBrief } from '../dataset/makeBrief';

/** `count` briefs, one a day from 2020-01-01 on, and two without a date. */
function indexOfDays(count: number) {
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
  const dated = Array.from({ length: count }, (_, n) => makeBrief({ id: `b${n}`, date: day(n) }));
  const undated = [makeBrief({ id: 'u1', date: null }), makeBrief({ id: 'u2', date: null })];
  return { index: buildIndex(buildDataset([...undated, ...dated], { files: count + 2, skipped: 0 })), day };
}

describe('the priming queries of the idle warm-up', () => {
  it('look at the newest 3,000 dated briefs of a larger corpus', () => {
    const { index, day } = indexOfDays(3500);
    expect(newestBriefsFrom(index)).toBe(day(500));
  });

  it('look at every brief of a corpus of up to 3,000 dated briefs', () => {
    expect(newestBriefsFrom(indexOfDays(3000).index)).toBeNull();
  });
});
