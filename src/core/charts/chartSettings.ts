import { FACET_NAMES, type FacetName } from '../query/types';

/** The charts, in the order of their tabs (and of the arrow keys in full screen). */
export const CHART_NAMES = [
  'relevancy',
  'top',
  'timeline',
  'momentum',
  'cooccurrence',
  'radar',
  'news',
  'compare',
] as const;
export type ChartName = (typeof CHART_NAMES)[number];

export type RelevancyLayout = 'grouped' | 'stacked';
export type TopFacet = 'themes' | 'keywords';
export type TimelineSplit = 'relevancy' | 'kind';
export type CoOccurrenceMeasure = 'count' | 'lift';
/** The facets whose largest values can be the radar's segments. */
export const RADAR_SEGMENT_FACETS = FACET_NAMES.filter((facet): facet is RadarSegments =>
  (['topics', 'category'] as readonly string[]).includes(facet),
);
export type RadarSegments = Extract<FacetName, 'topics' | 'category'>;
export type RadarBlips = 'themes' | 'keywords';

/** Which chart is shown and every option of every chart; plain and serialisable (it lives in the URL). */
export interface ChartSettings {
  chart: ChartName;
  /** grouped: one bar per kind at each level; stacked: one bar per kind, split by level. */
  relevancyLayout: RelevancyLayout;
  topFacet: TopFacet;
  topN: number;
  timelineSplit: TimelineSplit;
  /** Months in each of the two windows compared for rising and fading themes. */
  momentumWindow: number;
  /** Themes carried by fewer briefs than this across both windows are not ranked. */
  momentumMinCount: number;
  /** Themes per side of the co-occurrence grid. */
  coOccurrenceSize: number;
  coOccurrenceMeasure: CoOccurrenceMeasure;
  radarSegments: RadarSegments;
  /** Segments of the radar: the largest values of radarSegments. */
  radarSegmentCount: number;
  radarBlips: RadarBlips;
  /** Months in the radar's recent window (Emerging: first seen in it; growth: share in it against before). */
  radarWindow: number;
  /** Labels carried by fewer filtered briefs are not drawn. */
  radarMinBriefs: number;
  /** What "What's new" and "Compare periods" count. */
  newsFacet: FacetName;
  /** The quarter "What's new" looks at, e.g. "2026-Q3"; "" for the last full quarter. */
  newsPeriod: string;
  compareFacet: FacetName;
  /** The periods compared, as "yyyy-mm-dd..yyyy-mm-dd"; "" for the defaults (the last 12 months and the 12 before). */
  comparePeriodA: string;
  comparePeriodB: string;
}

export const DEFAULT_CHART_SETTINGS: ChartSettings = {
  chart: 'relevancy',
  relevancyLayout: 'grouped',
  topFacet: 'themes',
  topN: 15,
  timelineSplit: 'relevancy',
  momentumWindow: 6,
  momentumMinCount: 3,
  coOccurrenceSize: 12,
  coOccurrenceMeasure: 'count',
  radarSegments: 'category',
  radarSegmentCount: 6,
  radarBlips: 'themes',
  radarWindow: 6,
  radarMinBriefs: 2,
  newsFacet: 'themes',
  newsPeriod: '',
  compareFacet: 'themes',
  comparePeriodA: '',
  comparePeriodB: '',
};

/** The views of the charts panel drawn as tables: exported as CSV, not as pictures. */
export const TABLE_CHARTS: readonly ChartName[] = ['news', 'compare'];

type NumericSetting =
  | 'topN'
  | 'momentumWindow'
  | 'momentumMinCount'
  | 'coOccurrenceSize'
  | 'radarSegmentCount'
  | 'radarWindow'
  | 'radarMinBriefs';

/** Inclusive bounds of the numeric options. */
export const CHART_LIMITS: Record<NumericSetting, { min: number; max: number }> = {
  topN: { min: 5, max: 50 },
  momentumWindow: { min: 1, max: 24 },
  momentumMinCount: { min: 1, max: 50 },
  coOccurrenceSize: { min: 2, max: 20 },
  radarSegmentCount: { min: 4, max: 8 },
  radarWindow: { min: 1, max: 24 },
  radarMinBriefs: { min: 1, max: 50 },
};

/** The lines drawn by the momentum chart: more than this many lines cannot be told apart. */
export const MOMENTUM_LINES = 6;
/** Rising (and fading) themes listed by the momentum chart. */
export const MOMENTUM_RANKED = 8;

/** A whole number inside the setting's bounds; null when `value` is not a whole number. */
export function clampSetting(setting: NumericSetting, value: number): number | null {
  if (!Number.isInteger(value)) return null;
  const { min, max } = CHART_LIMITS[setting];
  return Math.min(max, Math.max(min, value));
}

export function chartTitle(settings: Pick<ChartSettings, 'chart' | 'topFacet'>): string {
  switch (settings.chart) {
    case 'relevancy':
      return 'Relevancy';
    case 'top':
      return settings.topFacet === 'themes' ? 'Top themes' : 'Top keywords';
    case 'timeline':
      return 'Timeline';
    case 'momentum':
      return 'Theme momentum';
    case 'cooccurrence':
      return 'Theme co-occurrence';
    case 'radar':
      return 'Trend radar';
    case 'news':
      return 'What’s new';
    case 'compare':
      return 'Compare periods';
  }
}

/** The chart's name in file names, e.g. "top-themes". */
export function chartSlug(settings: Pick<ChartSettings, 'chart' | 'topFacet'>): string {
  return settings.chart === 'top' ? `top-${settings.topFacet}` : CHART_SLUGS[settings.chart];
}

const CHART_SLUGS: Record<Exclude<ChartName, 'top'>, string> = {
  relevancy: 'relevancy',
  timeline: 'timeline',
  momentum: 'momentum',
  cooccurrence: 'co-occurrence',
  radar: 'trend-radar',
  news: 'whats-new',
  compare: 'compare-periods',
};
