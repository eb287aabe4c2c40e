import { ENTRY_KINDS, type Entry, type Signal } from '../model/types';
import type { CorpusIndex } from '../query/corpusIndex';
import { cellText, type CellOptions } from './buildCsvRows';
import { addedBriefColumns, type ExportColumnOptions } from './exportColumns';

const BRIEF_TABLE_HEADER = ['Kind', 'Name', 'Description', 'Change', '10-year', 'Driving force', 'Relevancy'];

/**
 * The five tables of one brief (its number in the index) as one table: a header, then every row
 * of signals, concerns, behaviors, technologies and issues in that order, with its kind
 * ("signals"...) first, then the brief columns of a row export (id, title, date, URL, and its
 * context when asked), so the file says which brief it holds. Columns only signals have are
 * empty for the others.
 */
export function briefTablesRows(
  index: CorpusIndex,
  briefNumber: number,
  options: CellOptions & ExportColumnOptions,
): string[][] {
  const brief = index.briefs[briefNumber]!;
  const briefColumns = addedBriefColumns('entries', options);
  const briefCells = briefColumns.map((column) => cellText(column.value(index, briefNumber), options));
  const rows = [[...BRIEF_TABLE_HEADER, ...briefColumns.map((column) => column.label)]];
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
      rows.push([...values.map((value) => cellText(value, options)), ...briefCells]);
    }
  }
  return rows;
}
