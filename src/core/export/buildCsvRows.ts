import type { ColumnSpec, ColumnValue } from '../query/columns';
import type { CorpusIndex } from '../query/corpusIndex';
import type { ViewName } from '../query/types';
import { exportColumns, type ExportColumnOptions } from './exportColumns';
import { neutralizeFormula } from './neutralizeFormula';

export interface CellOptions {
  /** Prefix text cells a spreadsheet would run as a formula with "'" (see neutralizeFormula). */
  neutralizeFormulas: boolean;
  /** Round numbers to at most this many decimals; written in full when absent. */
  maxFractionDigits?: number;
}

/** How list cells (themes, keywords) are written. */
export const LIST_SEPARATOR = '; ';

/**
 * Header and rows of strings for `ids` (brief numbers in the briefs view, row ids otherwise), in
 * the order given: the caller sorts. Empty values are "", lists are joined with "; ", numbers
 * are never neutralised (only text can be a formula); every other cell is, when asked.
 */
export function buildCsvRows(
  index: CorpusIndex,
  view: ViewName,
  ids: ArrayLike<number>,
  columnIds: readonly string[],
  options: CellOptions & ExportColumnOptions,
): string[][] {
  return tableRows(index, exportColumns(view, columnIds, options), ids, options);
}

/** Header and one row of strings per id, in the order given. */
export function tableRows(
  index: CorpusIndex,
  columns: readonly ColumnSpec[],
  ids: ArrayLike<number>,
  options: CellOptions,
): string[][] {
  const rows = [csvHeader(columns)];
  for (let position = 0; position < ids.length; position++) {
    rows.push(csvRecord(index, columns, ids[position]!, options));
  }
  return rows;
}

export function csvHeader(columns: readonly ColumnSpec[]): string[] {
  return columns.map((column) => column.label);
}

export function csvRecord(
  index: CorpusIndex,
  columns: readonly ColumnSpec[],
  id: number,
  options: CellOptions,
): string[] {
  return columns.map((column) => cellText(column.value(index, id), options));
}

export function cellText(value: ColumnValue, { neutralizeFormulas, maxFractionDigits }: CellOptions): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    return String(maxFractionDigits === undefined ? value : Number(value.toFixed(maxFractionDigits)));
  }
  const text = typeof value === 'string' ? value : value.join(LIST_SEPARATOR);
  return neutralizeFormulas ? neutralizeFormula(text) : text;
}
