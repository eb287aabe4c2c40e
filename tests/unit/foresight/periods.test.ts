import { describe, expect, it } from 'vitest';
import { comparisonCsvRows } from '../../../src/core/foresight/comparisonCsv';
import { quarterLabel } from '../../../src/core/foresight/months';
import {
  comparePeriods,
  defaultComparePeriods,
  defaultNewsPeriod,
  quartersWithBriefs,
  whatsNew,
  type ValueBriefs,
} from '../../../src/core/foresight/periods';

/** A facet from brief -> labels, as CSR arrays like CorpusIndex's. */
function facet(labelsOfBrief: string[][]): ValueBriefs {
  const keys = [...new Set(labelsOfBrief.flat())].sort();
  const valueOffsets = [0];
  const valueBriefs: number[] = [];
  for (const key of keys) {
    labelsOfBrief.forEach((labels, brief) => labels.includes(key) && valueBriefs.push(brief));
    valueOffsets.push(valueBriefs.length);
  }
  return {
    keys,
    labels: keys.map((key) => key.toUpperCase()),
    valueOffsets: Uint32Array.from(valueOffsets),
    valueBriefs: Uint32Array.from(valueBriefs),
  };
}

const briefs: [number, string[]][] = [
  [20260105, ['ai', 'energy']],
  [20260210, ['ai']],
  [20260320, ['energy']],
  [20260301, ['ai', 'water']],
  [20260415, ['ai', 'water']],
  [20260501, ['ai', 'water', 'space']],
  [20260610, ['energy', 'space']],
  [20260620, ['ai']],
  [-1, ['ai', 'undated']],
];
const values = facet(briefs.map(([, labels]) => labels));
const briefDate = Int32Array.from(briefs.map(([date]) => date));
const all = Uint32Array.from(briefs.keys());
const q1 = { from: 20260101, to: 20260331 };
const q2 = { from: 20260401, to: 20260630 };

describe('comparePeriods', () => {
  it('gives briefs, shares, change in points and lift per value, largest rise first', () => {
    const { briefsA, briefsB, rows } = comparePeriods(values, briefDate, all, q1, q2);
    expect([briefsA, briefsB]).toEqual([4, 4]);
    expect(rows.map((row) => [row.key, row.briefsA, row.briefsB, row.change, row.lift])).toEqual([
      ['space', 0, 2, 50, null],
      ['water', 1, 2, 25, 2],
      ['ai', 3, 3, 0, 1],
      ['energy', 2, 1, -25, 0.5],
    ]);
    expect(rows[0]!.label).toBe('SPACE');
  });

  it('counts only the given briefs', () => {
    const { rows, briefsB } = comparePeriods(values, briefDate, Uint32Array.from([4, 5]), q1, q2);
    expect(briefsB).toBe(2);
    expect(rows.find((row) => row.key === 'water')).toMatchObject({
      briefsA: 0,
      briefsB: 2,
      shareB: 1,
      lift: null,
    });
  });
});

describe('whatsNew', () => {
  it('lists values first seen in the period with their briefs, and risers seen before', () => {
    const news = whatsNew(values, briefDate, all, q2, 2);
    expect(news.previous).toEqual(q1);
    expect(news.briefsInPeriod).toBe(4);
    expect(news.firstSeen).toEqual([{ key: 'space', label: 'SPACE', briefs: [5, 6] }]);
    expect(news.risers.map((row) => row.key)).toEqual(['water']);
  });

  it('does not call a value new that an undated brief carries only', () => {
    expect(whatsNew(values, briefDate, all, q2).firstSeen.map((value) => value.key)).not.toContain('undated');
  });
});

describe('defaultNewsPeriod', () => {
  it('is the last full quarter before today', () => {
    expect(defaultNewsPeriod(briefDate, all, 20260704)).toEqual({ period: q2, fellBack: false });
  });

  it('falls back to the latest quarter holding a brief when the last full quarter has none', () => {
    expect(defaultNewsPeriod(briefDate, all, 20261204)).toEqual({ period: q2, fellBack: true });
  });
});

describe('default periods and quarters', () => {
  it('compares the 12 months up to the newest brief not after today with the 12 before', () => {
    expect(defaultComparePeriods(briefDate, all, 20260615)).toEqual({
      a: { from: 20240611, to: 20250610 },
      b: { from: 20250611, to: 20260610 },
    });
    expect(defaultComparePeriods(Int32Array.from([-1]), Uint32Array.from([0]), 20260615)).toBeNull();
  });

  it('lists the quarters holding briefs up to today, newest first', () => {
    expect(quartersWithBriefs(briefDate, all, 20260415).map(quarterLabel)).toEqual(['2026-Q2', '2026-Q1']);
  });
});

describe('comparisonCsvRows', () => {
  it('writes a heading naming both periods and one neutralised row per value', () => {
    const values2 = facet([['=cmd'], ['=cmd', 'x']]);
    const dates = Int32Array.from([20250105, 20260105]);
    const comparison = comparePeriods(
      values2,
      dates,
      Uint32Array.from([0, 1]),
      { from: 20250101, to: 20251231 },
      { from: 20260101, to: 20261231 },
    );
    expect(
      comparisonCsvRows(
        comparison,
        'Themes',
        { from: 20250101, to: 20251231 },
        { from: 20260101, to: 20261231 },
      ),
    ).toEqual([
      [
        'Themes',
        'Briefs 2025-01-01..2025-12-31',
        'Share 2025-01-01..2025-12-31 (%)',
        'Briefs 2026-01-01..2026-12-31',
        'Share 2026-01-01..2026-12-31 (%)',
        'Change (points)',
        'Lift',
      ],
      ['X', '0', '0.0', '1', '100.0', '100.0', 'new'],
      ["'=CMD", '1', '100.0', '1', '100.0', '0.0', '1.00'],
    ]);
  });
});
