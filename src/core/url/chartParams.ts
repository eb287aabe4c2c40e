import {
  CHART_LIMITS,
  CHART_NAMES,
  DEFAULT_CHART_SETTINGS,
  RADAR_SEGMENT_FACETS,
  clampSetting,
  type ChartSettings,
} from '../charts/chartSettings';
import { parseDaySpan, parseQuarter } from '../foresight/months';
import { FACET_NAMES } from '../query/types';

/** Query parameters of the chart options; `chart` itself says the charts are shown, and which. */
const PARAMS = {
  relevancyLayout: 'bars',
  topFacet: 'top',
  topN: 'topN',
  timelineSplit: 'split',
  momentumWindow: 'window',
  momentumMinCount: 'minCount',
  coOccurrenceSize: 'coSize',
  coOccurrenceMeasure: 'coBy',
  radarSegments: 'segments',
  radarSegmentCount: 'segmentCount',
  radarBlips: 'blips',
  radarWindow: 'radarWindow',
  radarMinBriefs: 'radarMin',
  newsFacet: 'newsBy',
  newsPeriod: 'quarter',
  compareFacet: 'compareBy',
  comparePeriodA: 'periodA',
  comparePeriodB: 'periodB',
} as const satisfies Record<Exclude<keyof ChartSettings, 'chart'>, string>;

type OptionName = keyof typeof PARAMS;

const CHOICES = {
  relevancyLayout: ['grouped', 'stacked'],
  topFacet: ['themes', 'keywords'],
  timelineSplit: ['relevancy', 'kind'],
  coOccurrenceMeasure: ['count', 'lift'],
  radarSegments: RADAR_SEGMENT_FACETS,
  radarBlips: ['themes', 'keywords'],
  newsFacet: FACET_NAMES,
  compareFacet: FACET_NAMES,
} as const;

/** Options written as text, each with the form it must have ("" is the default and never written). */
const TEXTS = {
  newsPeriod: { valid: (text: string) => parseQuarter(text) !== null, form: 'a quarter such as 2026-Q3' },
  comparePeriodA: { valid: (text: string) => parseDaySpan(text) !== null, form: 'yyyy-mm-dd..yyyy-mm-dd' },
  comparePeriodB: { valid: (text: string) => parseDaySpan(text) !== null, form: 'yyyy-mm-dd..yyyy-mm-dd' },
} as const;

/**
 * `chart=<name>` then the options that differ from their defaults, e.g.
 * `chart=timeline&split=kind`; nothing when the charts are not shown (undefined).
 */
export function chartSettingsToParams(settings: ChartSettings | undefined): [string, string][] {
  if (settings === undefined) return [];
  const params: [string, string][] = [['chart', settings.chart]];
  for (const option of Object.keys(PARAMS) as OptionName[]) {
    if (settings[option] !== DEFAULT_CHART_SETTINGS[option])
      params.push([PARAMS[option], String(settings[option])]);
  }
  return params;
}

/**
 * The chart settings of a query string; undefined without a `chart` parameter (the charts are not shown).
 * A bad value falls back to its default and is named in `problems`; a number out of range is
 * named too, and clamped.
 */
export function readChartSettings(params: URLSearchParams, problems: string[]): ChartSettings | undefined {
  const chart = params.get('chart');
  if (chart === null) return undefined;
  const settings = { ...DEFAULT_CHART_SETTINGS };
  const name = CHART_NAMES.find((candidate) => candidate === chart);
  if (name === undefined) problems.push(`chart=${chart}: expected one of ${CHART_NAMES.join(', ')}`);
  else settings.chart = name;
  for (const option of Object.keys(CHOICES) as (keyof typeof CHOICES)[]) {
    const value = params.get(PARAMS[option]);
    if (value === null) continue;
    const choice = CHOICES[option].find((candidate) => candidate === value);
    if (choice === undefined)
      problems.push(`${PARAMS[option]}=${value}: expected one of ${CHOICES[option].join(', ')}`);
    else Object.assign(settings, { [option]: choice });
  }
  for (const option of Object.keys(TEXTS) as (keyof typeof TEXTS)[]) {
    const value = params.get(PARAMS[option]);
    if (value === null) continue;
    if (TEXTS[option].valid(value)) settings[option] = value.trim();
    else problems.push(`${PARAMS[option]}=${value}: expected ${TEXTS[option].form}`);
  }
  for (const option of Object.keys(CHART_LIMITS) as (keyof typeof CHART_LIMITS)[]) {
    const value = params.get(PARAMS[option]);
    if (value === null) continue;
    const number = value.trim() === '' ? null : clampSetting(option, Number(value));
    const { min, max } = CHART_LIMITS[option];
    if (number === null || String(number) !== value.trim()) {
      problems.push(`${PARAMS[option]}=${value}: expected a whole number from ${min} to ${max}`);
    }
    if (number !== null) settings[option] = number;
  }
  return settings;
}
