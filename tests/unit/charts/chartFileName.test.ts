import { describe, expect, it } from 'vitest';
import { chartFileName } from '../../../src/core/charts/chartFileName';
import { localDateISO } from '../../../src/core/export/exportFileName';
import {
  CHART_NAMES,
  DEFAULT_CHART_SETTINGS,
  chartSlug,
  chartTitle,
  type ChartSettings,
} from '../../../src/core/charts/chartSettings';
import { EMPTY_FILTERS, type Filters } from '../../../src/core/query/types';

const top = { ...DEFAULT_CHART_SETTINGS, chart: 'top' as const };

describe('chartFileName', () => {
  it.each<[string, Pick<ChartSettings, 'chart' | 'topFacet'>, Partial<Filters>, 'png' | 'svg', string]>([
    [
      'the example of the brief',
      top,
      { themes: ['AI'], minRelevancy: 4 },
      'png',
      'top-themes_theme-ai_minrel-4_2026-11-28.png',
    ],
    ['keywords', { ...top, topFacet: 'keywords' }, {}, 'svg', 'top-keywords_2026-11-28.svg'],
    [
      'the co-occurrence grid',
      { ...top, chart: 'cooccurrence' },
      { themes: ['Open Source', 'AI'], themesAll: true },
      'png',
      'co-occurrence_theme-all-open-source+ai_2026-11-28.png',
    ],
    [
      'a date span',
      { ...top, chart: 'timeline' },
      { dateFrom: '2024-01-01', dateTo: '2024-03-31' },
      'png',
      'timeline_from-2024-01-01_to-2024-03-31_2026-11-28.png',
    ],
  ])('%s', (_, settings, filters, format, expected) => {
    expect(chartFileName(settings, { ...EMPTY_FILTERS, ...filters }, '2026-11-28', format)).toBe(expected);
  });

  it('gives every chart its own name', () => {
    const slugs = CHART_NAMES.map((chart) => chartSlug({ chart, topFacet: 'themes' }));
    expect(new Set(slugs).size).toBe(CHART_NAMES.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(new Set(CHART_NAMES.map((chart) => chartTitle({ chart, topFacet: 'themes' }))).size).toBe(
      CHART_NAMES.length,
    );
  });

  it('dates the file with the local calendar day', () => {
    expect(localDateISO(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDateISO(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
