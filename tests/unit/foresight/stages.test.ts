import { describe, expect, it } from 'vitest';
import {
  addMonths,
  formatDaySpan,
  parseDaySpan,
  parseQuarter,
  quarterLabel,
  quarterOf,
  spanBefore,
} from '../../../src/core/foresight/months';
import {
  DEFAULT_STAGE_RULES,
  stageCounts,
  stageOf,
  stageRulesCaption,
  stageWindow,
} from '../../../src/core/foresight/stages';

describe('addMonths', () => {
  it.each([
    [20260315, -6, 20250915],
    [20260331, -1, 20260228],
    [20240229, 12, 20250228],
    [20260115, -1, 20251215],
    [20251231, 2, 20260228],
  ])('%i %+i months is %i', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('quarters', () => {
  it('finds the quarter of a day, its label and the quarter before', () => {
    const q = quarterOf(20260817);
    expect(q).toEqual({ from: 20260701, to: 20260930 });
    expect(quarterLabel(q)).toBe('2026-Q3');
    expect(spanBefore(q)).toEqual({ from: 20260401, to: 20260630 });
    expect(spanBefore(quarterOf(20260105))).toEqual({ from: 20251001, to: 20251231 });
  });
});

/** Hand-made dated briefs: one per entry, dates as yyyymmdd. */
function window(dates: number[], months = 6) {
  const briefDate = Int32Array.from(dates);
  const all = Uint32Array.from(dates.keys());
  const found = stageWindow(briefDate, all, months);
  if (found === null) throw new Error('no dated brief');
  return { briefDate, window: found, included: new Uint8Array(dates.length).fill(1) };
}

describe('stage rules on dated fixtures', () => {
  // Ten briefs a month for two years, the newest in 2026-06.
  const dates: number[] = [];
  for (let month = 0; month < 24; month++)
    for (let i = 0; i < 10; i++) dates.push(addMonths(20240715, month));
  const { briefDate, window: w, included } = window(dates);
  const monthsAgo = (n: number) => dates.findIndex((date) => date === addMonths(20260615, -n));
  const briefsOfMonths = (months: number[], perMonth: number) =>
    months.flatMap((n) => Array.from({ length: perMonth }, (_, i) => monthsAgo(n) + i));
  const stage = (briefs: number[]) =>
    stageOf(stageCounts(briefs, included, briefDate, w), w, DEFAULT_STAGE_RULES);

  it('puts the window at the newest brief', () => {
    expect(w).toEqual({ start: 20251216, end: 20260615, recentBriefs: 60, earlierBriefs: 180 });
  });

  it.each([
    ['a label first seen last month is Emerging', briefsOfMonths([1], 2), 'emerging'],
    [
      'a label seen only in the window, many times, is Emerging',
      briefsOfMonths([0, 1, 2, 3, 4, 5], 3),
      'emerging',
    ],
    // 24 of 180 earlier briefs (13.3%), then 4 of 60 recent ones (6.7%).
    [
      'a label whose share halves is Fading',
      [...briefsOfMonths([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17], 2), ...briefsOfMonths([1, 3], 2)],
      'fading',
    ],
    ['a label no longer seen is Fading', briefsOfMonths([7, 9, 11], 1), 'fading'],
    [
      'a label whose share doubles is Growing',
      [...briefsOfMonths([6, 9, 12, 15, 18, 21], 1), ...briefsOfMonths([0, 2, 4], 1)],
      'growing',
    ],
    [
      'a label with a steady share is Established',
      [
        ...briefsOfMonths([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17], 1),
        ...briefsOfMonths([0, 1, 2, 3], 1),
      ],
      'established',
    ],
  ])('%s', (_, briefs, expected) => {
    expect(stage(briefs)).toBe(expected);
  });

  it('leaves out briefs that are not included, and gives no stage to a label without dated briefs', () => {
    const someIncluded = included.slice();
    const briefs = briefsOfMonths([1], 2);
    for (const brief of briefs) someIncluded[brief] = 0;
    expect(stageCounts(briefs, someIncluded, briefDate, w)).toEqual({ recent: 0, earlier: 0 });
    expect(stageOf({ recent: 0, earlier: 0 }, w, DEFAULT_STAGE_RULES)).toBeNull();
  });

  it('ignores undated briefs for the window and the counts', () => {
    const { briefDate: dated, window: ww } = window([20260101, -1, 20250101]);
    expect(ww).toEqual({ start: 20250702, end: 20260101, recentBriefs: 1, earlierBriefs: 1 });
    expect(stageCounts([0, 1, 2], new Uint8Array(3).fill(1), dated, ww)).toEqual({ recent: 1, earlier: 1 });
  });

  it('states its rules in the caption', () => {
    expect(stageRulesCaption({ windowMonths: 3, riseRatio: 2, fallRatio: 0.5 })).toBe(
      'Emerging: first seen in the last 3 months. Growing: share of briefs in the last 3 months at least 2× its share before. Fading: at most 0.5×. Established: in between.',
    );
  });
});

describe('the recent window at a month end', () => {
  it('starts on a real day', () => {
    const briefDate = Int32Array.from([20260331, 20250101]);
    expect(stageWindow(briefDate, Uint32Array.from([0, 1]), 1)?.start).toBe(20260301);
    expect(stageWindow(briefDate, Uint32Array.from([0, 1]), 6)?.start).toBe(20251001);
  });
});

describe('periods written in the URL', () => {
  it.each([
    ['2025-01-01..2025-12-31', { from: 20250101, to: 20251231 }],
    ['2024-02-29..2024-02-29', { from: 20240229, to: 20240229 }],
    ['2025-02-29..2025-03-01', null],
    ['2025-12-31..2025-01-01', null],
    ['2025-01-01', null],
    ['2025-01-01..2025-02-01..2025-03-01', null],
  ])('%s reads as %o', (text, span) => {
    expect(parseDaySpan(text)).toEqual(span);
    if (span !== null) expect(formatDaySpan(span)).toBe(text);
  });

  it.each([
    ['2026-Q1', { from: 20260101, to: 20260331 }],
    ['2026-Q4', { from: 20261001, to: 20261231 }],
    ['2026-Q5', null],
    ['2026Q1', null],
  ])('quarter %s reads as %o', (text, span) => {
    expect(parseQuarter(text)).toEqual(span);
  });
});
