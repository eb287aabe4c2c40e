import { neutralizeFormula } from '../export/neutralizeFormula';
import { formatDaySpan, type DaySpan } from './months';
import type { PeriodComparison } from './periods';

/** Shares as percentages with one decimal, change in points with one decimal, lift with two. */
export function comparisonCsvRows(
  comparison: PeriodComparison,
  valueHeading: string,
  a: DaySpan,
  b: DaySpan,
): string[][] {
  const spanA = formatDaySpan(a);
  const spanB = formatDaySpan(b);
  return [
    [
      valueHeading,
      `Briefs ${spanA}`,
      `Share ${spanA} (%)`,
      `Briefs ${spanB}`,
      `Share ${spanB} (%)`,
      'Change (points)',
      'Lift',
    ],
    ...comparison.rows.map((row) => [
      neutralizeFormula(row.label),
      String(row.briefsA),
      (row.shareA * 100).toFixed(1),
      String(row.briefsB),
      (row.shareB * 100).toFixed(1),
      row.change.toFixed(1),
      row.lift === null ? 'new' : row.lift.toFixed(2),
    ]),
  ];
}
