import { ENTRY_KINDS, ENTRY_KIND_LABELS, type EntryKind } from '../model/types';
import type { RelevancyHistogram } from '../query/aggregateRelevancy';
import type { Momentum, ThemeTrend } from '../query/aggregateTime';
import type { CoOccurrence } from '../query/aggregateValues';
import type { CoOccurrenceMeasure } from './chartSettings';

/** One bar of the stacked relevancy chart: a kind's matching rows per level. */
export interface KindLevels {
  kind: EntryKind;
  label: string;
  /** levels[l - 1]: rows at relevancy l. */
  levels: number[];
  total: number;
}

/** The histogram turned around: one entry per kind with its rows per level (unrated rows left out). */
export function kindLevels(histogram: RelevancyHistogram): KindLevels[] {
  return ENTRY_KINDS.map((kind) => {
    const levels = histogram.bins.map((bin) => bin[kind]);
    return {
      kind,
      label: ENTRY_KIND_LABELS[kind],
      levels,
      total: levels.reduce((sum, count) => sum + count, 0),
    };
  });
}

/** Rated rows of the histogram, all kinds and levels. */
export function ratedRows(histogram: RelevancyHistogram): number {
  let total = 0;
  for (const bin of histogram.bins) for (const kind of ENTRY_KINDS) total += bin[kind];
  return total;
}

/** The relevancy level whose colour stands for a mean relevancy; null when there is none. */
export function meanLevel(mean: number | null): number | null {
  return mean === null ? null : Math.min(5, Math.max(1, Math.round(mean)));
}

/** A quarter of the momentum lines: each theme's share of its briefs, in Momentum.themes order; null where the quarter has too few. */
export interface SharePoint {
  quarter: string;
  briefs: number;
  shares: (number | null)[];
}

/**
 * The momentum quarters with the shares of quarters holding fewer than `minBriefs` dated briefs
 * left out (a gap in the lines): one brief in a quarter would read as a 100% share.
 */
export function sharePoints(momentum: Momentum, minBriefs: number): SharePoint[] {
  return momentum.quarters.map(({ quarter, briefs, shares }) => ({
    quarter,
    briefs,
    shares: momentum.themes.map(({ key }) => (briefs < minBriefs ? null : shares[key]!)),
  }));
}

/** The `count` themes gaining share the most, and the `count` losing it the most, steepest first. */
export function risingAndFading(
  trends: readonly ThemeTrend[],
  count: number,
): { rising: ThemeTrend[]; fading: ThemeTrend[] } {
  return {
    rising: trends.filter((trend) => trend.delta > 0).slice(0, count),
    fading: trends
      .filter((trend) => trend.delta < 0)
      .slice(-count)
      .reverse(),
  };
}

/**
 * The half-width of a symmetric axis around 0 holding every value with room for its label: a
 * round number (1, 2 or 5 times a power of ten) so that the half-way ticks read well too.
 */
export function symmetricReach(values: readonly number[], room = 1.5): number {
  const largest = Math.max(0, ...values.map(Math.abs)) * room;
  if (largest === 0) return 0.01;
  const power = 10 ** Math.floor(Math.log10(largest));
  const factor = [1, 2, 5, 10].find((candidate) => candidate * power >= largest * (1 - 1e-9))!;
  return factor * power;
}

export interface HeatCell {
  row: number;
  column: number;
  count: number;
  lift: number;
  /** 0..1: how strongly the cell is shaded. */
  intensity: number;
  /** 'more'/'less': together more or less often than chance (lift) or simply together (count); 'self' on the diagonal. */
  tone: 'more' | 'less' | 'self';
  text: string;
}

/** Lift at 4x, or at a quarter, shades a cell fully. */
const FULL_SHADE_LOG2_LIFT = 2;

/**
 * The cells of the co-occurrence grid, row by row, and the largest off-diagonal count. Counts are
 * shaded against that count (the diagonal, a theme with itself, would dwarf every pair); lift on a
 * log scale around 1.
 */
export function heatCells(
  coOccurrence: CoOccurrence,
  measure: CoOccurrenceMeasure,
): { cells: HeatCell[]; maxPair: number } {
  const { counts, lift } = coOccurrence;
  let maxPair = 0;
  counts.forEach((row, a) =>
    row.forEach((count, b) => {
      if (a !== b && count > maxPair) maxPair = count;
    }),
  );
  const cells: HeatCell[] = [];
  counts.forEach((row, a) =>
    row.forEach((count, b) => {
      const cellLift = lift[a]![b]!;
      const base = { row: a, column: b, count, lift: cellLift };
      if (a === b) {
        cells.push({ ...base, intensity: 0, tone: 'self', text: String(count) });
      } else if (measure === 'count') {
        cells.push({
          ...base,
          intensity: maxPair === 0 ? 0 : count / maxPair,
          tone: 'more',
          text: String(count),
        });
      } else {
        cells.push({
          ...base,
          intensity: liftIntensity(cellLift),
          tone: cellLift >= 1 ? 'more' : 'less',
          text: formatLift(cellLift),
        });
      }
    }),
  );
  return { cells, maxPair };
}

/** How strongly a lift shades its cell, 0..1: by its distance from 1 on a log scale (0, never together, in full). */
export function liftIntensity(lift: number): number {
  return lift === 0 ? 1 : Math.min(1, Math.abs(Math.log2(lift)) / FULL_SHADE_LOG2_LIFT);
}

export function formatLift(lift: number): string {
  return `${lift.toFixed(1)}×`;
}
