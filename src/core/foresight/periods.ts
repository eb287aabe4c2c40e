import type { FacetIndex } from '../query/corpusIndex';
import { addMonths, dayAfter, dayBefore, quarterOf, spanBefore, type DaySpan } from './months';

/** The values of a facet and the briefs that carry each, as CorpusIndex holds them. */
export type ValueBriefs = Pick<FacetIndex, 'keys' | 'labels' | 'valueOffsets' | 'valueBriefs'>;

export interface PeriodRow {
  key: string;
  label: string;
  briefsA: number;
  briefsB: number;
  /** Share of the period's briefs carrying the value, 0..1 (0 when the period has no brief). */
  shareA: number;
  shareB: number;
  /** shareB - shareA, in percentage points. */
  change: number;
  /** shareB / shareA; null when the value is absent from period A (new in B). */
  lift: number | null;
}

export interface PeriodComparison {
  briefsA: number;
  briefsB: number;
  /** Every value carried by a brief of either period, by change (largest rise first), then label. */
  rows: PeriodRow[];
}

/** The given briefs that fall inside `span`, as a mask over brief numbers, and how many they are. */
function briefsIn(
  briefDate: Int32Array,
  briefIds: Uint32Array,
  span: DaySpan,
): { mask: Uint8Array; count: number } {
  const mask = new Uint8Array(briefDate.length);
  let count = 0;
  for (const brief of briefIds) {
    const date = briefDate[brief]!;
    if (date >= span.from && date <= span.to) {
      mask[brief] = 1;
      count++;
    }
  }
  return { mask, count };
}

/** Briefs carrying each value in each period, with shares, change and lift. */
export function comparePeriods(
  values: ValueBriefs,
  briefDate: Int32Array,
  briefIds: Uint32Array,
  a: DaySpan,
  b: DaySpan,
): PeriodComparison {
  const inA = briefsIn(briefDate, briefIds, a);
  const inB = briefsIn(briefDate, briefIds, b);
  const rows: PeriodRow[] = [];
  for (let value = 0; value < values.keys.length; value++) {
    let briefsA = 0;
    let briefsB = 0;
    for (let i = values.valueOffsets[value]!; i < values.valueOffsets[value + 1]!; i++) {
      const brief = values.valueBriefs[i]!;
      briefsA += inA.mask[brief]!;
      briefsB += inB.mask[brief]!;
    }
    if (briefsA === 0 && briefsB === 0) continue;
    const shareA = inA.count === 0 ? 0 : briefsA / inA.count;
    const shareB = inB.count === 0 ? 0 : briefsB / inB.count;
    rows.push({
      key: values.keys[value]!,
      label: values.labels[value]!,
      briefsA,
      briefsB,
      shareA,
      shareB,
      change: (shareB - shareA) * 100,
      lift: briefsA === 0 ? null : shareB / shareA,
    });
  }
  rows.sort((x, y) => y.change - x.change || x.label.localeCompare(y.label));
  return { briefsA: inA.count, briefsB: inB.count, rows };
}

export interface NewValue {
  key: string;
  label: string;
  /** The value's briefs inside the period, brief numbers ascending. */
  briefs: number[];
}

export interface WhatsNew {
  period: DaySpan;
  previous: DaySpan;
  briefsInPeriod: number;
  /** Values whose first brief (among the given ones) falls in the period, most briefs first. */
  firstSeen: NewValue[];
  /** Values seen before the period whose share rose most against the period before, at least `minBriefs` in the period. */
  risers: PeriodRow[];
}

/** What appeared for the first time in `period`, and what rose most against the period of equal length before. */
export function whatsNew(
  values: ValueBriefs,
  briefDate: Int32Array,
  briefIds: Uint32Array,
  period: DaySpan,
  minBriefs = 2,
): WhatsNew {
  const previous = spanBefore(period);
  const inPeriod = briefsIn(briefDate, briefIds, period);
  const included = new Uint8Array(briefDate.length);
  for (const brief of briefIds) included[brief] = 1;
  const firstSeen: NewValue[] = [];
  const seenBefore = new Uint8Array(values.keys.length);
  for (let value = 0; value < values.keys.length; value++) {
    const briefs: number[] = [];
    for (let i = values.valueOffsets[value]!; i < values.valueOffsets[value + 1]!; i++) {
      const brief = values.valueBriefs[i]!;
      if (included[brief] !== 1) continue;
      const date = briefDate[brief]!;
      if (date >= 0 && date < period.from) seenBefore[value] = 1;
      if (inPeriod.mask[brief] === 1) briefs.push(brief);
    }
    if (seenBefore[value] === 0 && briefs.length > 0) {
      firstSeen.push({ key: values.keys[value]!, label: values.labels[value]!, briefs });
    }
  }
  firstSeen.sort((x, y) => y.briefs.length - x.briefs.length || x.label.localeCompare(y.label));
  const keyIsOld = new Set(values.keys.filter((_, value) => seenBefore[value] === 1));
  const risers = comparePeriods(values, briefDate, briefIds, previous, period).rows.filter(
    (row) => keyIsOld.has(row.key) && row.briefsB >= minBriefs && row.change > 0,
  );
  return { period, previous, briefsInPeriod: inPeriod.count, firstSeen, risers };
}

/**
 * The last full quarter before `today`; when it holds none of the dated briefs, the latest earlier
 * quarter that does (a corpus that stopped growing still has something to show). `fellBack` says so.
 */
export function defaultNewsPeriod(
  briefDate: Int32Array,
  briefIds: Uint32Array,
  today: number,
): { period: DaySpan; fellBack: boolean } {
  const lastFull = quarterOf(dayBefore(quarterOf(today).from));
  let newest = -1;
  for (const brief of briefIds) {
    const date = briefDate[brief]!;
    if (date <= lastFull.to) newest = Math.max(newest, date);
  }
  if (newest < 0 || newest >= lastFull.from) return { period: lastFull, fellBack: false };
  return { period: quarterOf(newest), fellBack: true };
}

/**
 * Two periods of `months` months to compare by default: the latest ends on the newest dated brief
 * not after `today`, the earlier one just before it. Null when no brief is dated.
 */
export function defaultComparePeriods(
  briefDate: Int32Array,
  briefIds: Uint32Array,
  today: number,
  months = 12,
): { a: DaySpan; b: DaySpan } | null {
  let newest = -1;
  for (const brief of briefIds) {
    const date = briefDate[brief]!;
    if (date <= today) newest = Math.max(newest, date);
  }
  if (newest < 0) return null;
  const b = { from: dayAfter(addMonths(newest, -months)), to: newest };
  const a = { from: addMonths(b.from, -months), to: dayBefore(b.from) };
  return { a, b };
}

/** The quarters holding at least one of the dated briefs up to `today`, newest first. */
export function quartersWithBriefs(briefDate: Int32Array, briefIds: Uint32Array, today: number): DaySpan[] {
  const starts = new Set<number>();
  for (const brief of briefIds) {
    const date = briefDate[brief]!;
    if (date >= 0 && date <= today) starts.add(quarterOf(date).from);
  }
  return [...starts].sort((x, y) => y - x).map((from) => quarterOf(from));
}
