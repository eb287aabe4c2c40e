import { describe, expect, it } from 'vitest';
import { bucketSpan, bucketTimeline, quarterSpan } from '../../../src/core/charts/timeBuckets';
import type { Timeline } from '../../../src/core/query/aggregateTime';

/** A timeline with one point per month from `first` (yyyy-mm) on, `briefs` and one series "a" counting month order. */
function timelineOf(first: string, months: number): Timeline {
  const start = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1;
  const points = Array.from({ length: months }, (_, offset) => {
    const month = start + offset;
    return {
      month: `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
      briefs: 1,
      counts: { a: offset },
    };
  });
  return { series: [{ key: 'a', label: 'A' }], points, undatedBriefs: 0 };
}

describe('bucketTimeline', () => {
  it('keeps months while they fit', () => {
    const { unit, buckets } = bucketTimeline(timelineOf('2024-11', 3), 3);
    expect(unit).toBe('month');
    expect(buckets.map((bucket) => [bucket.label, bucket.from, bucket.to])).toEqual([
      ['2024-11', '2024-11-01', '2024-11-30'],
      ['2024-12', '2024-12-01', '2024-12-31'],
      ['2025-01', '2025-01-01', '2025-01-31'],
    ]);
  });

  it('merges into calendar quarters, partial at both ends, summing every count', () => {
    const { unit, buckets } = bucketTimeline(timelineOf('2023-02', 8), 4);
    expect(unit).toBe('quarter');
    expect(buckets.map((bucket) => bucket.label)).toEqual(['2023-Q1', '2023-Q2', '2023-Q3']);
    expect(buckets.map((bucket) => bucket.briefs)).toEqual([2, 3, 3]);
    expect(buckets.map((bucket) => bucket.counts.a)).toEqual([0 + 1, 2 + 3 + 4, 5 + 6 + 7]);
    expect([buckets[0]!.from, buckets[2]!.to]).toEqual(['2023-01-01', '2023-09-30']);
  });

  it('merges into years when even quarters are too many', () => {
    const { unit, buckets } = bucketTimeline(timelineOf('2019-12', 30), 5);
    expect(unit).toBe('year');
    expect(buckets.map((bucket) => [bucket.label, bucket.briefs])).toEqual([
      ['2019', 1],
      ['2020', 12],
      ['2021', 12],
      ['2022', 5],
    ]);
    expect(buckets[1]).toMatchObject({ from: '2020-01-01', to: '2020-12-31' });
  });

  it('has nothing to bucket without points', () => {
    expect(bucketTimeline(timelineOf('2024-01', 0), 10)).toEqual({ unit: 'month', buckets: [] });
  });

  it('ends February on its last day, leap years included', () => {
    expect(bucketTimeline(timelineOf('2024-02', 1), 1).buckets[0]!.to).toBe('2024-02-29');
    expect(bucketTimeline(timelineOf('2023-02', 1), 1).buckets[0]!.to).toBe('2023-02-28');
  });
});

describe('bucketSpan', () => {
  const { buckets } = bucketTimeline(timelineOf('2024-01', 6), 12);

  it('spans from the first picked bucket to the last, dragged either way', () => {
    expect(bucketSpan(buckets, 1, 3)).toEqual({ from: '2024-02-01', to: '2024-04-30' });
    expect(bucketSpan(buckets, 3, 1)).toEqual({ from: '2024-02-01', to: '2024-04-30' });
    expect(bucketSpan(buckets, 2, 2)).toEqual({ from: '2024-03-01', to: '2024-03-31' });
  });

  it('is null outside the buckets', () => {
    expect(bucketSpan(buckets, 0, 6)).toBeNull();
  });
});

describe('quarterSpan', () => {
  it.each([
    ['2024-Q1', { from: '2024-01-01', to: '2024-03-31' }],
    ['2024-Q4', { from: '2024-10-01', to: '2024-12-31' }],
    ['2024-Q5', null],
    ['2024-03', null],
  ])('%s', (quarter, expected) => {
    expect(quarterSpan(quarter)).toEqual(expected);
  });
});
