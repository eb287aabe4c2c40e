import { describe, expect, it } from 'vitest';
import { median, percentile, percentiles } from '../../../bench/percentiles';

describe('percentile (nearest rank)', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it.each([
    [50, 50],
    [95, 95],
    [100, 100],
    [1, 1],
    [0, 1],
  ])('p%d of 1..100 is %d', (p, expected) => {
    expect(percentile(oneToHundred, p)).toBe(expected);
  });

  it.each([
    [[7], 50, 7],
    [[7], 95, 7],
    [[1, 2], 50, 1],
    [[1, 2], 95, 2],
    [[1, 2, 3], 50, 2],
    [[10, 20, 30, 40], 75, 30],
    [[10, 20, 30, 40], 76, 40],
  ])('p of %j at %d is %d', (sorted, p, expected) => {
    expect(percentile(sorted, p)).toBe(expected);
  });

  it('rejects an empty sample', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
  });
});

describe('percentiles', () => {
  it('summarises samples given in any order', () => {
    const samples = [5, 1, 4, 2, 3, 100, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    expect(percentiles(samples)).toEqual({ count: 20, min: 1, p50: 10, p95: 19, max: 100, mean: 290 / 20 });
  });

  it('does not reorder the caller array', () => {
    const samples = [3, 1, 2];
    percentiles(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('leaves one slow sample out of p95 from 20 samples on, not below', () => {
    const fast = (count: number) => Array.from({ length: count }, () => 1);
    expect(percentiles([...fast(19), 50]).p95).toBe(1);
    expect(percentiles([...fast(18), 50]).p95).toBe(50);
  });
});

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[9, 9, 1], 9],
    [[4, 8], 4],
    [[42], 42],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
