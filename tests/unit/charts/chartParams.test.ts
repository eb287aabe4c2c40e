import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHART_LIMITS,
  CHART_NAMES,
  DEFAULT_CHART_SETTINGS,
  RADAR_SEGMENT_FACETS,
  type ChartSettings,
} from '../../../src/core/charts/chartSettings';
import { chartSettingsToParams, readChartSettings } from '../../../src/core/url/chartParams';
import { FACET_NAMES } from '../../../src/core/query/types';
import { searchToViewState, viewStateToSearch, DEFAULT_VIEW_STATE } from '../../../src/core/url/viewState';

function read(search: string): { settings: ChartSettings | undefined; problems: string[] } {
  const problems: string[] = [];
  return { settings: readChartSettings(new URLSearchParams(search), problems), problems };
}

const settingsArbitrary: fc.Arbitrary<ChartSettings> = fc.record({
  chart: fc.constantFrom(...CHART_NAMES),
  relevancyLayout: fc.constantFrom('grouped', 'stacked'),
  topFacet: fc.constantFrom('themes', 'keywords'),
  topN: fc.integer(CHART_LIMITS.topN),
  timelineSplit: fc.constantFrom('relevancy', 'kind'),
  momentumWindow: fc.integer(CHART_LIMITS.momentumWindow),
  momentumMinCount: fc.integer(CHART_LIMITS.momentumMinCount),
  coOccurrenceSize: fc.integer(CHART_LIMITS.coOccurrenceSize),
  coOccurrenceMeasure: fc.constantFrom('count', 'lift'),
  radarSegments: fc.constantFrom(...RADAR_SEGMENT_FACETS),
  radarSegmentCount: fc.integer(CHART_LIMITS.radarSegmentCount),
  radarBlips: fc.constantFrom('themes', 'keywords'),
  radarWindow: fc.integer(CHART_LIMITS.radarWindow),
  radarMinBriefs: fc.integer(CHART_LIMITS.radarMinBriefs),
  newsFacet: fc.constantFrom(...FACET_NAMES),
  newsPeriod: fc.constantFrom('', '2026-Q3', '1999-Q1'),
  compareFacet: fc.constantFrom(...FACET_NAMES),
  comparePeriodA: fc.constantFrom('', '2024-01-01..2024-12-31', '2025-02-28..2025-02-28'),
  comparePeriodB: fc.constantFrom('', '2025-01-01..2025-12-31'),
});

describe('chart parameters', () => {
  it('write nothing while the table is shown', () => {
    expect(chartSettingsToParams(undefined)).toEqual([]);
    expect(read('?view=signals').settings).toBeUndefined();
  });

  it('write the chart, then only the options that differ from their defaults', () => {
    expect(chartSettingsToParams(DEFAULT_CHART_SETTINGS)).toEqual([['chart', 'relevancy']]);
    expect(
      chartSettingsToParams({
        ...DEFAULT_CHART_SETTINGS,
        chart: 'timeline',
        timelineSplit: 'kind',
        topN: 15,
      }),
    ).toEqual([
      ['chart', 'timeline'],
      ['split', 'kind'],
    ]);
  });

  it('read the radar options', () => {
    expect(read('?chart=radar&blips=keywords&segmentCount=8&radarWindow=12&radarMin=1')).toEqual({
      settings: {
        ...DEFAULT_CHART_SETTINGS,
        chart: 'radar',
        radarBlips: 'keywords',
        radarSegmentCount: 8,
        radarWindow: 12,
        radarMinBriefs: 1,
      },
      problems: [],
    });
    expect(read('?chart=radar&segmentCount=12').settings?.radarSegmentCount).toBe(8);
  });

  it.each([
    ['?chart=news&quarter=2026-Q5', 'quarter=2026-Q5: expected a quarter such as 2026-Q3'],
    [
      '?chart=compare&periodA=2025-12-31..2025-01-01',
      'periodA=2025-12-31..2025-01-01: expected yyyy-mm-dd..yyyy-mm-dd',
    ],
    [
      '?chart=compare&periodB=2025-02-30..2025-03-01',
      'periodB=2025-02-30..2025-03-01: expected yyyy-mm-dd..yyyy-mm-dd',
    ],
  ])('name a bad period and keep the default: %s', (search, problem) => {
    const { settings, problems } = read(search);
    expect(problems).toEqual([problem]);
    expect([settings?.newsPeriod, settings?.comparePeriodA, settings?.comparePeriodB]).toEqual(['', '', '']);
  });

  it('read the example of the brief', () => {
    expect(read('?chart=timeline&split=kind&topN=15')).toEqual({
      settings: { ...DEFAULT_CHART_SETTINGS, chart: 'timeline', timelineSplit: 'kind', topN: 15 },
      problems: [],
    });
  });

  it('round-trip every setting', () => {
    fc.assert(
      fc.property(settingsArbitrary, (settings) => {
        const params = new URLSearchParams(chartSettingsToParams(settings));
        expect(read(`?${params}`)).toEqual({ settings, problems: [] });
      }),
    );
  });

  it.each([
    ['an unknown chart', '?chart=pie', { chart: 'relevancy' }, 'chart=pie'],
    ['an unknown choice', '?chart=top&top=authors', { chart: 'top', topFacet: 'themes' }, 'top=authors'],
    ['a number out of range, clamped', '?chart=top&topN=500', { chart: 'top', topN: 50 }, 'topN=500'],
    [
      'a number below range, clamped',
      '?chart=cooccurrence&coSize=1',
      { chart: 'cooccurrence', coOccurrenceSize: 2 },
      'coSize=1',
    ],
    [
      'not a whole number',
      '?chart=momentum&window=2.5',
      { chart: 'momentum', momentumWindow: 6 },
      'window=2.5',
    ],
    ['an empty number', '?chart=momentum&minCount=', { chart: 'momentum', momentumMinCount: 3 }, 'minCount='],
  ])('name %s and fall back', (_, search, expected, problem) => {
    const { settings, problems } = read(search);
    expect(settings).toEqual({ ...DEFAULT_CHART_SETTINGS, ...expected });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  it('travel inside the view state, after the other parameters', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      briefId: 'b1',
      charts: { ...DEFAULT_CHART_SETTINGS, chart: 'top' as const, topN: 20 },
    };
    const search = viewStateToSearch(state);
    expect(search).toBe('?brief=b1&chart=top&topN=20');
    expect(searchToViewState(search)).toEqual({ state, problems: [] });
    expect(searchToViewState('?brief=b1').state).not.toHaveProperty('charts');
  });
});
