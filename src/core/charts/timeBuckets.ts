import type { Timeline } from '../query/aggregateTime';

export type TimeUnit = 'month' | 'quarter' | 'year';

export interface TimeBucket {
  /** "2024-03", "2024-Q1" or "2024". */
  label: string;
  /** The whole calendar period, inclusive yyyy-mm-dd: what selecting the bucket filters to. */
  from: string;
  to: string;
  briefs: number;
  /** Rows per series key, as in Timeline.points. */
  counts: Record<string, number>;
}

export interface BucketedTimeline {
  unit: TimeUnit;
  buckets: TimeBucket[];
}

/**
 * The timeline's months, merged into quarters or years when there are more than `maxBuckets`
 * of them (the finest unit that fits), so that a long span never draws hundreds of bars.
 */
export function bucketTimeline(timeline: Timeline, maxBuckets: number): BucketedTimeline {
  const months = timeline.points.map((point) => monthNumber(point.month));
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return { unit: 'month', buckets: [] };
  const unit = (['month', 'quarter', 'year'] as const).find(
    (candidate) => periodOf(last, candidate) - periodOf(first, candidate) + 1 <= maxBuckets,
  );
  const chosen = unit ?? 'year';
  const buckets: TimeBucket[] = [];
  let current: { period: number; bucket: TimeBucket } | null = null;
  timeline.points.forEach((point, position) => {
    const period = periodOf(months[position]!, chosen);
    if (current === null || current.period !== period) {
      current = { period, bucket: emptyBucket(period, chosen, timeline.series) };
      buckets.push(current.bucket);
    }
    current.bucket.briefs += point.briefs;
    for (const [key, count] of Object.entries(point.counts)) current.bucket.counts[key]! += count;
  });
  return { unit: chosen, buckets };
}

/** The dates from the start of one bucket to the end of another, whichever way they were picked. */
export function bucketSpan(
  buckets: readonly TimeBucket[],
  a: number,
  b: number,
): { from: string; to: string } | null {
  const start = buckets[Math.min(a, b)];
  const end = buckets[Math.max(a, b)];
  return start === undefined || end === undefined ? null : { from: start.from, to: end.to };
}

const MONTHS_PER: Record<TimeUnit, number> = { month: 1, quarter: 3, year: 12 };

/** yyyy-mm as year * 12 + month - 1. */
function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function periodOf(month: number, unit: TimeUnit): number {
  return Math.floor(month / MONTHS_PER[unit]);
}

function emptyBucket(period: number, unit: TimeUnit, series: readonly { key: string }[]): TimeBucket {
  const firstMonth = period * MONTHS_PER[unit];
  const lastMonth = firstMonth + MONTHS_PER[unit] - 1;
  const year = Math.floor(firstMonth / 12);
  const label =
    unit === 'month'
      ? monthLabel(firstMonth)
      : unit === 'quarter'
        ? `${year}-Q${(firstMonth % 12) / 3 + 1}`
        : String(year);
  const counts: Record<string, number> = {};
  for (const { key } of series) counts[key] = 0;
  return { label, from: `${monthLabel(firstMonth)}-01`, to: lastDay(lastMonth), briefs: 0, counts };
}

function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

function lastDay(month: number): string {
  const days = new Date(Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0)).getUTCDate();
  return `${monthLabel(month)}-${String(days).padStart(2, '0')}`;
}

/** Bars of the timeline chart at most: months up to three years, then quarters, then years. */
export const TIMELINE_MAX_BARS = 36;

/** "2024-Q2" -> its first and last day; null for anything else. */
export function quarterSpan(quarter: string): { from: string; to: string } | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (match === null) return null;
  const firstMonth = Number(match[1]) * 12 + (Number(match[2]) - 1) * 3;
  return { from: `${monthLabel(firstMonth)}-01`, to: lastDay(firstMonth + 2) };
}
