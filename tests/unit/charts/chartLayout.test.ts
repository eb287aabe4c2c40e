import { describe, expect, it } from 'vitest';
import {
  categoryTickInterval,
  barLabelPlace,
  fitLabel,
  gridLayout,
  rowsFontSize,
  rowsHeight,
  tickInterval,
} from '../../../src/core/charts/chartLayout';

/** Ten pixels a character: widths easy to reason about. */
const tenEach = (text: string) => Array.from(text).length * 10;

describe('tickInterval', () => {
  it.each<[string, number[], number, number, number]>([
    ['every label fits', [40, 40, 40, 40], 50, 10, 0],
    ['touching labels are thinned to every other', [70, 70, 70, 70], 50, 10, 1],
    ['exactly the gap apart still fits', [40, 40, 40], 50, 10, 0],
    ['quarter labels on a narrow axis', Array<number>(20).fill(70), 24, 14, 3],
    ['a single label', [500], 10, 10, 0],
    ['no room at all keeps only the first', [100, 100, 100], 0, 10, 0],
    ['one long label among short ones forces the step', [20, 20, 90, 20, 20], 40, 10, 1],
  ])('%s', (_, widths, spacing, gap, expected) => {
    expect(tickInterval(widths, spacing, gap)).toBe(expected);
  });

  it('never lets two shown labels overlap', () => {
    const widths = Array.from({ length: 37 }, (_, at) => 50 + ((at * 7) % 30));
    for (const spacing of [8, 15, 33, 60, 90]) {
      const step = tickInterval(widths, spacing, 12) + 1;
      for (let at = 0; at + step < widths.length; at += step)
        expect((widths[at]! + widths[at + step]!) / 2 + 12).toBeLessThanOrEqual(step * spacing);
    }
  });

  it('categoryTickInterval measures the labels and keeps 0.8 em between them', () => {
    const quarters = ['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1'];
    // 70 px labels, 10 px font: 78 px per label needed.
    expect(categoryTickInterval(quarters, 78, 10, tenEach)).toBe(0);
    expect(categoryTickInterval(quarters, 77, 10, tenEach)).toBe(1);
  });
});

describe('fitLabel', () => {
  it.each<[string, string, number, string]>([
    ['a label that fits is kept', 'climate change', 140, 'climate change'],
    ['cut at a word when most of the room is kept', 'supply chain resilience', 150, 'supply chain…'],
    ['cut inside a word when the word break is too early', 'a verylongsingleword', 120, 'a verylongs…'],
    ['only the ellipsis fits', 'technology', 15, '…'],
    ['nothing fits', 'technology', 5, ''],
    ['letters outside the BMP are never split', '𝔸𝔹ℂ𝔻𝔼', 30, '𝔸𝔹…'],
  ])('%s', (_, label, width, expected) => {
    const fitted = fitLabel(label, width, tenEach);
    expect(fitted).toBe(expected);
    expect(tenEach(fitted)).toBeLessThanOrEqual(width);
  });
});

describe('barLabelPlace', () => {
  it.each<[string, number, number, number, 'end' | 'base']>([
    ['a short bar keeps its label at its end', 40, 100, 200, 'end'],
    ['a bar growing left, measured by its length', -40, 100, 200, 'end'],
    ['exactly filling the room still fits', 94, 100, 200, 'end'],
    ['a long bar puts it at its base', 120, 100, 200, 'base'],
    ['a long fading bar too', -150, 60, 200, 'base'],
  ])('%s', (_, length, width, room, expected) => {
    expect(barLabelPlace(length, width, room, 6)).toBe(expected);
  });
});

describe('rowsFontSize and rowsHeight', () => {
  it.each<[string, number, number, number]>([
    ['few rows keep the largest size', 5, 800, 18],
    ['fifteen rows in a 480 px drawing shrink', 15, 480, 13],
    ['fifty rows stop at the smallest size', 50, 480, 10],
    ['no rows', 0, 100, 18],
  ])('%s', (_, rows, height, expected) => {
    expect(rowsFontSize(rows, height, 70, 18, 10)).toBe(expected);
  });

  it('the rows fit at the size found, unless the smallest size was reached', () => {
    for (const rows of [3, 8, 15, 22]) {
      const size = rowsFontSize(rows, 600, 70, 18, 10);
      if (size > 10) expect(rowsHeight(rows, size, 70)).toBeLessThanOrEqual(600);
    }
  });
});

describe('gridLayout', () => {
  const base = { count: 12, widestLabel: 200, fontSize: 18, smallestFont: 11, maxCell: 72 };

  it.each<[string, number, number]>([
    ['a projector at 1366 x 768', 1286, 430],
    ['a projector at 1280 x 720', 1200, 380],
    ['a large screen', 1840, 740],
    ['a narrow screen', 700, 2000],
  ])('fits a 12 by 12 grid into %s', (_, width, height) => {
    const layout = gridLayout({ ...base, width, height });
    expect(layout.height).toBeLessThanOrEqual(height);
    expect(layout.width).toBeLessThanOrEqual(width);
    // Rows far enough apart for their labels, and room above for the turned column labels.
    expect(layout.cellSize * Math.SQRT1_2).toBeGreaterThanOrEqual(layout.fontSize * 1.2);
    expect(layout.headHeight).toBeGreaterThanOrEqual(layout.labelRoom * Math.SQRT1_2 + layout.fontSize);
    expect(layout.labelRoom).toBeLessThanOrEqual(200);
  });

  it('keeps the full size and the whole names where there is room', () => {
    const layout = gridLayout({ ...base, width: 1840, height: 2000 });
    expect(layout).toMatchObject({ fontSize: 18, labelRoom: 200, cellSize: 72 });
  });

  it('grows downwards as it needs without a height', () => {
    const layout = gridLayout({ ...base, width: 900, height: Infinity });
    expect(layout.cellSize).toBe(Math.floor((900 - layout.labelWidth - 200 * Math.SQRT1_2 - 18) / 12));
    expect(layout.fontSize).toBe(18);
  });

  it('shrinks the text, down to the smallest size, when the cells are small', () => {
    const cramped = gridLayout({ ...base, count: 16, width: 1200, height: 420 });
    expect(cramped.fontSize).toBeLessThan(18);
    expect(cramped.height).toBeLessThanOrEqual(420);
    // No room at all: the smallest text, the smallest cells that keep the rows apart; it overflows.
    expect(gridLayout({ ...base, count: 20, width: 100, height: 100 })).toMatchObject({
      fontSize: 11,
      cellSize: 19,
    });
  });
});
