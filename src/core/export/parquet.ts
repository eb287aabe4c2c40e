import { parquetWriteBuffer, type ColumnSource, type SchemaElement } from 'hyparquet-writer';
import type { ColumnSpec, ColumnValue } from '../query/columns';
import type { CorpusIndex } from '../query/corpusIndex';
import type { ViewName } from '../query/types';
import { exportColumns, type ExportColumnOptions } from './exportColumns';

export const PARQUET_TYPE = 'application/vnd.apache.parquet';

/**
 * The rows of `ids` (in the order given) as a Parquet file with the columns of the CSV export
 * (exportColumns), named by their CSV labels. Values are kept raw and typed: text as UTF-8
 * strings, numbers as doubles, dates as DATE, themes and keywords as lists of strings; a missing
 * value is null. No formula protection: Parquet is read by query engines, not spreadsheets.
 */
export function buildParquet(
  index: CorpusIndex,
  view: ViewName,
  ids: ArrayLike<number>,
  columnIds: readonly string[],
  options: ExportColumnOptions = {},
): ArrayBuffer {
  const columns = exportColumns(view, columnIds, options);
  const columnData: ColumnSource[] = columns.map((column) => ({
    name: column.label,
    data: Array.from({ length: ids.length }, (_, position) =>
      parquetValue(column, column.value(index, ids[position]!)),
    ),
  }));
  const schema: SchemaElement[] = [
    { name: 'root', num_children: columns.length },
    ...columns.flatMap(schemaOf),
  ];
  return parquetWriteBuffer({ columnData, schema, createdBy: 'Trendscope' });
}

function parquetValue(column: ColumnSpec, value: ColumnValue): ColumnValue | Date {
  if (column.type === 'date' && typeof value === 'string') {
    const [year, month, day] = value.split('-').map(Number);
    return new Date(Date.UTC(year!, month! - 1, day!));
  }
  return value;
}

function schemaOf(column: ColumnSpec): SchemaElement[] {
  const name = column.label;
  switch (column.type) {
    case 'number':
      return [{ name, type: 'DOUBLE', repetition_type: 'OPTIONAL' }];
    case 'date':
      return [{ name, type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' }];
    case 'list':
      return [
        { name, repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      ];
    case 'text':
      return [{ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' }];
  }
}
