import { ENTRY_KINDS, type Brief, type Entry, type Signal } from '../model/types';
import { cellText, type CellOptions } from './buildCsvRows';

const BRIEF_TABLE_HEADER = ['Kind', 'Name', 'Description', 'Change', '10-year', 'Driving force', 'Relevancy'];

/**
 * The five tables of one brief as one table: a header, then every row of signals, concerns,
 * behaviors, technologies and issues in that order, with its kind ("signals"...) first. Columns
 * only signals have are empty for the others.
 */
export function briefTablesRows(brief: Brief, options: CellOptions): string[][] {
  const rows = [BRIEF_TABLE_HEADER];
  for (const kind of ENTRY_KINDS) {
    const entries: readonly (Entry | Signal)[] = brief[kind];
    for (const entry of entries) {
      const signal = 'change' in entry ? entry : null;
      const values = [
        kind,
        entry.name,
        entry.description,
        signal?.change ?? '',
        signal?.tenYear ?? '',
        signal?.drivingForce ?? '',
        entry.relevancy,
      ];
      rows.push(values.map((value) => cellText(value, options)));
    }
  }
  return rows;
}
