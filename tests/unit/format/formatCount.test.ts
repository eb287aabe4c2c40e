import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/core/format/formatCount';

const intl = new Intl.NumberFormat('en-US');

describe('formatCount', () => {
  it('writes whole counts exactly as Intl.NumberFormat en-US does', () => {
    for (const count of [
      0,
      7,
      99,
      999,
      1000,
      1001,
      12_345,
      100_000,
      999_999,
      1_000_000,
      55_479,
      Number.MAX_SAFE_INTEGER,
    ])
      expect(formatCount(count)).toBe(intl.format(count));
    fc.assert(
      fc.property(
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        (count) => formatCount(count) === intl.format(count),
      ),
    );
  });

  it('leaves anything but a whole count to Intl', () => {
    for (const value of [-1, -12_345, 1.5, 1234.56, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])
      expect(formatCount(value)).toBe(intl.format(value));
  });
});
