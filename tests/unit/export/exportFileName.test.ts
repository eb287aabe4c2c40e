import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/core/export/exportFileName';
import { EMPTY_FILTERS, type Filters } from '../../../src/core/query/types';

const DATE = '2026-11-28';

function name(filters: Partial<Filters>, subject = 'signals', ext = 'csv'): string {
  return exportFileName(subject, { ...EMPTY_FILTERS, ...filters }, DATE, ext);
}

describe('exportFileName', () => {
  it.each<[Partial<Filters>, string]>([
    [{}, 'signals_2026-11-28.csv'],
    [{ themes: ['AI'], minRelevancy: 4 }, 'signals_theme-ai_minrel-4_2026-11-28.csv'],
    [{ themes: ['AI', 'Clean Energy'] }, 'signals_theme-ai+clean-energy_2026-11-28.csv'],
    [{ themes: ['AI', 'Energy'], themesAll: true }, 'signals_theme-all-ai+energy_2026-11-28.csv'],
    [{ themes: ['AI'], themesAll: true }, 'signals_theme-ai_2026-11-28.csv'],
    [{ keywords: ['Heat pumps'], keywordsAll: false }, 'signals_kw-heat-pumps_2026-11-28.csv'],
    [{ category: ['Policy & Law'], type: ['News'] }, 'signals_cat-policy-law_type-news_2026-11-28.csv'],
    [
      { dateFrom: '2025-01-01', dateTo: '2025-06-30' },
      'signals_from-2025-01-01_to-2025-06-30_2026-11-28.csv',
    ],
    [{ text: '  Solar  ' }, 'signals_q-solar_2026-11-28.csv'],
    [{ text: 'Énergie solaire' }, 'signals_q-energie-solaire_2026-11-28.csv'],
    [{ themes: ['人工知能'] }, 'signals_theme-人工知能_2026-11-28.csv'],
    [{ themes: ['!!!'], text: '***' }, 'signals_2026-11-28.csv'],
  ])('names %j', (filters, expected) => {
    expect(name(filters)).toBe(expected);
  });

  it('uses the subject and extension it is given', () => {
    expect(name({ themes: ['AI'] }, 'briefs', 'json')).toBe('briefs_theme-ai_2026-11-28.json');
    expect(name({}, 'brief-00AbC~2')).toBe('brief-00abc-2_2026-11-28.csv');
  });

  it('cuts each value at 30 characters', () => {
    const long = 'a'.repeat(50);
    expect(name({ text: long })).toBe(`signals_q-${'a'.repeat(30)}_2026-11-28.csv`);
  });

  it('keeps the name within 120 characters, cutting only the filter part', () => {
    const themes = Array.from({ length: 12 }, (_, i) => `theme number ${i}`);
    const fileName = name({ themes, text: 'solar' });
    expect(fileName.length).toBeLessThanOrEqual(120);
    expect(fileName).toMatch(/^signals_theme-theme-number-0\+theme-number-1\+.*[a-z0-9]_2026-11-28\.csv$/);
  });
});
