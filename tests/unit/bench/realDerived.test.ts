import { describe, expect, it } from 'vitest';
import { shiftPageDate } from '../../../bench/realDerived';

const briefA =
  '# __A title__, (from page [20250511](https://example.org/p/20250511).)\n\n## Summary\n20250511 stays';
const briefB = '# __B title__, from ([20240301a](https://example.org/p/20240301a).)\n';

describe('shiftPageDate', () => {
  it.each([
    [
      briefA,
      10,
      '# __A title__, (from page [20250501](https://example.org/p/20250501).)\n\n## Summary\n20250511 stays',
    ],
    [briefA, 0, briefA],
    [briefB, 1, '# __B title__, from ([20240229a](https://example.org/p/20240229a).)\n'],
    [
      '# __C__, (from page [4320.0](https://example.org/p/4320.0).)\n',
      5,
      '# __C__, (from page [4320.0](https://example.org/p/4320.0).)\n',
    ],
    [
      '# __D__, (from page [20251399](https://example.org).)\n',
      5,
      '# __D__, (from page [20251399](https://example.org).)\n',
    ],
  ])('moves the title line date back, and only it: case %#', (text, days, expected) => {
    expect(shiftPageDate(text, days)).toBe(expected);
  });
});
