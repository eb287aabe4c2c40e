import { ENTRY_KINDS, ENTRY_KIND_LABELS } from '../model/types';
import { briefCountsPerValue, topValueIds } from './aggregateValues';
import type { CorpusIndex } from './corpusIndex';
import type { QueryResult } from './types';

export interface TimelineSeries {
  key: string;
  label: string;
}

export interface TimelinePoint {
  /** yyyy-mm */
  month: string;
  /** Filtered briefs dated in this month. */
  briefs: number;
  /** Matching rows of those briefs, per series key. */
  counts: Record<string, number>;
}

export interface Timeline {
  series: TimelineSeries[];
  /** Every month from the first to the last dated filtered brief, empty months included. */
  points: TimelinePoint[];
  /** Filtered briefs without a date, left out of the points (their rows too). */
  undatedBriefs: number;
}

const RELEVANCY_SERIES: TimelineSeries[] = [
  ...[1, 2, 3, 4, 5].map((level) => ({ key: String(level), label: `Relevancy ${level}` })),
  { key: 'unrated', label: 'No relevancy' },
];
const KIND_SERIES: TimelineSeries[] = ENTRY_KINDS.map((kind) => ({
  key: kind,
  label: ENTRY_KIND_LABELS[kind],
}));

/** Months are counted as year * 12 + month - 1. */
function monthOf(date: number): number {
  return Math.floor(date / 10000) * 12 + (Math.floor(date / 100) % 100) - 1;
}

function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The month span of the dated briefs among `briefIds`; null when none is dated. */
function monthSpan(index: CorpusIndex, briefIds: Uint32Array): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const brief of briefIds) {
    const date = index.briefDate[brief]!;
    if (date < 0) continue;
    const month = monthOf(date);
    if (month < first) first = month;
    if (month > last) last = month;
  }
  return first === Infinity ? null : { first, last };
}

/**
 * Briefs of result.briefIds per month of their date, and the rows of result.rowIds (all kinds)
 * per month of their brief's date, split by relevancy level (1..5 and unrated) or by kind.
 */
export function timeline(index: CorpusIndex, result: QueryResult, splitBy: 'relevancy' | 'kind'): Timeline {
  const series = splitBy === 'relevancy' ? RELEVANCY_SERIES : KIND_SERIES;
  let undatedBriefs = 0;
  for (const brief of result.briefIds) if (index.briefDate[brief]! < 0) undatedBriefs++;
  const span = monthSpan(index, result.briefIds);
  if (span === null) return { series, points: [], undatedBriefs };
  const months = span.last - span.first + 1;
  const briefs = new Uint32Array(months);
  for (const brief of result.briefIds) {
    const date = index.briefDate[brief]!;
    if (date >= 0) briefs[monthOf(date) - span.first]!++;
  }
  const rows = new Uint32Array(months * series.length);
  ENTRY_KINDS.forEach((kind, kindSlot) => {
    const { briefOf, relevancy } = index.rows[kind];
    for (const row of result.rowIds[kind]) {
      const date = index.briefDate[briefOf[row]!]!;
      const month = date < 0 ? -1 : monthOf(date) - span.first;
      if (month < 0 || month >= months) continue;
      const level = relevancy[row]!;
      const seriesSlot = splitBy === 'kind' ? kindSlot : level === 0 ? 5 : level - 1;
      rows[month * series.length + seriesSlot]!++;
    }
  });
  const points = Array.from(briefs, (count, month) => {
    const counts: Record<string, number> = {};
    series.forEach(({ key }, slot) => (counts[key] = rows[month * series.length + slot]!));
    return { month: monthLabel(span.first + month), briefs: count, counts };
  });
  return { series, points, undatedBriefs };
}

export interface MomentumOptions {
  /** How many themes the quarterly shares follow (the most frequent among the dated filtered briefs). */
  themes: number;
  /** Window length in months for rising/fading. */
  months: number;
  /** Themes carried by fewer briefs than this across both windows are not ranked. */
  minCount: number;
}

export interface QuarterShares {
  /** yyyy-Qn */
  quarter: string;
  /** Dated filtered briefs in the quarter. */
  briefs: number;
  /** Per theme key: the share (0..1) of those briefs carrying it; 0 when the quarter has no brief. */
  shares: Record<string, number>;
}

export interface ThemeTrend {
  key: string;
  label: string;
  /** Briefs carrying the theme in each window. */
  recentCount: number;
  previousCount: number;
  recentShare: number;
  previousShare: number;
  /** recentShare - previousShare */
  delta: number;
  /** recentShare / previousShare; null when the theme was absent before. */
  ratio: number | null;
}

export interface Momentum {
  themes: { key: string; label: string }[];
  quarters: QuarterShares[];
  /**
   * The windows: the last `months` calendar months up to and including the month of the latest
   * dated filtered brief, and the `months` before them (yyyy-mm, inclusive); null without dated briefs.
   */
  windows: { recent: [string, string]; previous: [string, string] } | null;
  /** Dated filtered briefs in each window. */
  recentBriefs: number;
  previousBriefs: number;
  /** Themes with at least minCount briefs in both windows together, by delta descending (rising first, fading last), then label. */
  trends: ThemeTrend[];
}

/** Theme shares over time among the dated briefs of result.briefIds. */
export function momentum(index: CorpusIndex, result: QueryResult, options: MomentumOptions): Momentum {
  const values = index.facets.themes;
  const dated = result.briefIds.filter((brief) => index.briefDate[brief]! >= 0);
  const span = monthSpan(index, dated);
  const empty: Momentum = {
    themes: [],
    quarters: [],
    windows: null,
    recentBriefs: 0,
    previousBriefs: 0,
    trends: [],
  };
  if (span === null) return empty;
  const top = topValueIds(index, 'themes', briefCountsPerValue(index, 'themes', dated), options.themes);

  const firstQuarter = Math.floor(span.first / 3);
  const quarterCount = Math.floor(span.last / 3) - firstQuarter + 1;
  const slotOf = new Int32Array(values.keys.length).fill(-1);
  top.forEach((id, slot) => (slotOf[id] = slot));
  const quarterBriefs = new Uint32Array(quarterCount);
  const quarterThemes = new Uint32Array(quarterCount * top.length);
  const months = Math.max(0, Math.floor(options.months));
  const recentFirst = span.last - months + 1;
  const previousFirst = recentFirst - months;
  const recent = new Uint32Array(values.keys.length);
  const previous = new Uint32Array(values.keys.length);
  let recentBriefs = 0;
  let previousBriefs = 0;
  for (const brief of dated) {
    const month = monthOf(index.briefDate[brief]!);
    const quarter = Math.floor(month / 3) - firstQuarter;
    quarterBriefs[quarter]!++;
    const window = month >= recentFirst ? recent : month >= previousFirst ? previous : null;
    if (window === recent) recentBriefs++;
    else if (window === previous) previousBriefs++;
    for (let i = values.briefOffsets[brief]!; i < values.briefOffsets[brief + 1]!; i++) {
      const id = values.briefValues[i]!;
      if (window !== null) window[id]!++;
      const slot = slotOf[id]!;
      if (slot >= 0) quarterThemes[quarter * top.length + slot]!++;
    }
  }

  const quarters = Array.from(quarterBriefs, (briefs, quarter) => {
    const shares: Record<string, number> = {};
    top.forEach(
      (id, slot) =>
        (shares[values.keys[id]!] = briefs === 0 ? 0 : quarterThemes[quarter * top.length + slot]! / briefs),
    );
    const absolute = firstQuarter + quarter;
    return { quarter: `${Math.floor(absolute / 4)}-Q${(absolute % 4) + 1}`, briefs, shares };
  });

  const ranked: { id: number; trend: ThemeTrend }[] = [];
  if (months > 0) {
    recent.forEach((recentCount, id) => {
      const previousCount = previous[id]!;
      if (recentCount + previousCount === 0 || recentCount + previousCount < options.minCount) return;
      const recentShare = recentBriefs === 0 ? 0 : recentCount / recentBriefs;
      const previousShare = previousBriefs === 0 ? 0 : previousCount / previousBriefs;
      const trend = {
        key: values.keys[id]!,
        label: values.labels[id]!,
        recentCount,
        previousCount,
        recentShare,
        previousShare,
        delta: recentShare - previousShare,
        ratio: previousShare === 0 ? null : recentShare / previousShare,
      };
      ranked.push({ id, trend });
    });
    ranked.sort((a, b) => b.trend.delta - a.trend.delta || values.labelRank[a.id]! - values.labelRank[b.id]!);
  }

  return {
    themes: top.map((id) => ({ key: values.keys[id]!, label: values.labels[id]! })),
    quarters,
    windows:
      months > 0
        ? {
            recent: [monthLabel(recentFirst), monthLabel(span.last)],
            previous: [monthLabel(previousFirst), monthLabel(recentFirst - 1)],
          }
        : null,
    recentBriefs,
    previousBriefs,
    trends: ranked.map(({ trend }) => trend),
  };
}
