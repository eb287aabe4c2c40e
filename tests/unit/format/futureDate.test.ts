import { describe, expect, it } from 'vitest';
import { isFutureDate } from '../../../src/core/format/futureDate';

describe('isFutureDate', () => {
  it.each([
    ['2029-09-11', '2026-12-04', true],
    ['2026-12-05', '2026-12-04', true],
    ['2026-12-04', '2026-12-04', false],
    ['2025-01-31', '2026-12-04', false],
    [null, '2026-12-04', false],
  ])('%s against today %s: %s', (date, today, future) => {
    expect(isFutureDate(date, today)).toBe(future);
  });
});
