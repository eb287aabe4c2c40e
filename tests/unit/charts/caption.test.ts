import { describe, expect, it } from 'vitest';
import { chartCaption } from '../../../src/core/charts/caption';
import { EMPTY_FILTERS, type Filters } from '../../../src/core/query/types';

const filters = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });

describe('chartCaption', () => {
  it.each([
    ['no filter', filters({}), { briefs: 300 }, 'No filters · 300 briefs'],
    [
      'the example of the brief',
      filters({
        themes: ['AI', 'open source'],
        minRelevancy: 4,
        dateFrom: '2024-01-01',
        dateTo: '2025-06-30',
      }),
      { briefs: 412 },
      'Themes: AI, open source · relevancy ≥ 4 · 2024-01 to 2025-06 · 412 briefs',
    ],
    [
      'rows as well',
      filters({ minRelevancy: 5 }),
      { briefs: 1, rows: 1234 },
      'relevancy ≥ 5 · 1 brief · 1,234 rows',
    ],
    [
      'match all themes',
      filters({ themes: ['AI', 'energy'], themesAll: true }),
      { briefs: 3 },
      'Themes (all): AI, energy · 3 briefs',
    ],
    [
      'match all with a single theme says nothing more',
      filters({ themes: ['AI'], themesAll: true }),
      { briefs: 3 },
      'Themes: AI · 3 briefs',
    ],
    [
      'every facet, in sidebar order',
      filters({ type: ['blog post'], category: ['technology'], keywords: ['LLM', 'GPU'], keywordsAll: true }),
      { briefs: 2 },
      'Keywords (all): LLM, GPU · Category: technology · Type: blog post · 2 briefs',
    ],
    ['a start only', filters({ dateFrom: '2024-03-01' }), { briefs: 5 }, 'from 2024-03 · 5 briefs'],
    ['an end only', filters({ dateTo: '2024-02-29' }), { briefs: 5 }, 'until 2024-02 · 5 briefs'],
    [
      'days that are not month bounds stay days',
      filters({ dateFrom: '2024-03-05', dateTo: '2024-03-30' }),
      { briefs: 5 },
      '2024-03-05 to 2024-03-30 · 5 briefs',
    ],
    [
      'one whole month',
      filters({ dateFrom: '2024-02-01', dateTo: '2024-02-29' }),
      { briefs: 5 },
      '2024-02 · 5 briefs',
    ],
    [
      'search text, trimmed and single-spaced',
      filters({ text: '  solar   panels ' }),
      { briefs: 0 },
      'search “solar panels” · 0 briefs',
    ],
    ['blank search text is no filter', filters({ text: '   ' }), { briefs: 9 }, 'No filters · 9 briefs'],
  ])('%s', (_, given, counts, expected) => {
    expect(chartCaption(given, counts)).toBe(expected);
  });
});
