import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { exportColumns } from '../../../src/core/export/exportColumns';
import { buildParquet } from '../../../src/core/export/parquet';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { VIEW_COLUMNS, type ColumnValue } from '../../../src/core/query/columns';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { createQueryEngine } from '../../../src/core/query/queryEngine';
import { sortIds } from '../../../src/core/query/sortIds';
import { EMPTY_FILTERS, VIEW_NAMES, type ViewName } from '../../../src/core/query/types';
import { brief, entry, signal } from '../query/fixtures';
import { describeWithCorpus, readCorpus } from '../../support/corpus';

/** What no real brief is sure to hold: no date, no URL, empty lists, characters beyond ASCII, a formula. */
const odd = brief('odd', {
  title: '=Quotes "inside", € and 🚀',
  date: null,
  url: null,
  category: null,
  themes: [],
  keywords: ['עברית', 'a; b'],
  signals: [signal('@SUM(A1)', null, { description: 'line one\nline two', change: '' })],
  concerns: [entry('', 5, '')],
});
const parsed = readCorpus('real').flatMap(({ file, text }) => {
  const result = parseBrief(text, file);
  return result.ok ? [result.value] : [];
});
const index = buildIndex(buildDataset([...parsed, odd], { files: parsed.length + 1, skipped: 0 }));

function allIds(view: ViewName): Uint32Array {
  const count = view === 'briefs' ? index.briefs.length : index.rows[view].count;
  return Uint32Array.from({ length: count }, (_, id) => id);
}

async function readBack(file: ArrayBuffer): Promise<Record<string, unknown>[]> {
  return parquetReadObjects({ file });
}

/** The value a Parquet reader gives for a column value: dates as Date, the rest unchanged. */
function expected(type: string, value: ColumnValue): unknown {
  if (type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

describeWithCorpus('buildParquet', () => {
  it('reads the real corpus', () => {
    expect(parsed.length).toBeGreaterThanOrEqual(50);
  });

  it.each(VIEW_NAMES)('gives back every cell of every %s row, typed', async (view) => {
    const columnIds = VIEW_COLUMNS[view].map((spec) => spec.id);
    const columns = exportColumns(view, columnIds, { briefContext: true });
    const ids = allIds(view);
    const file = buildParquet(index, view, ids, columnIds, { briefContext: true });
    const rows = await readBack(file);
    expect(rows).toHaveLength(ids.length);
    ids.forEach((id, position) => {
      const row = rows[position]!;
      expect(Object.keys(row)).toEqual(columns.map((column) => column.label));
      for (const column of columns) {
        expect(row[column.label], `${view} ${id} ${column.id}`).toEqual(
          expected(column.type, column.value(index, id)),
        );
      }
    });
  });

  it('names the columns as the CSV does, with DuckDB-friendly types', () => {
    const file = buildParquet(index, 'signals', allIds('signals'), ['name', 'relevancy', 'date'], {
      briefContext: true,
    });
    const schema = parquetSchema(parquetMetadata(file));
    const types = Object.fromEntries(
      schema.children.map(({ element, children }) => [
        element.name,
        children.length > 0 ? element.converted_type : (element.converted_type ?? element.type),
      ]),
    );
    expect(types).toEqual({
      Name: 'UTF8',
      Relevancy: 'DOUBLE',
      Date: 'DATE',
      'Brief id': 'UTF8',
      Brief: 'UTF8',
      'Article URL': 'UTF8',
      Category: 'UTF8',
      Type: 'UTF8',
      Themes: 'LIST',
      Keywords: 'LIST',
    });
  });

  it('keeps a filter and a sort, and leaves out the brief context unless asked', async () => {
    const theme = index.briefs.find((candidate) => candidate.themes.length > 0)!.themes[0]!;
    const result = createQueryEngine(index).run({ ...EMPTY_FILTERS, themes: [theme] });
    const ids = sortIds(index, 'signals', result.rowIds.signals, [{ column: 'relevancy', desc: true }]);
    expect(ids.length).toBeGreaterThan(0);
    const rows = await readBack(buildParquet(index, 'signals', ids, ['relevancy', 'name']));
    expect(Object.keys(rows[0]!)).toEqual(['Relevancy', 'Name', 'Brief id', 'Brief', 'Date', 'Article URL']);
    expect(rows.map((row) => row.Name)).toEqual(Array.from(ids, (id) => index.rows.signals.entry(id).name));
  });

  it('writes a file with the columns and no rows for an empty view', async () => {
    const file = buildParquet(index, 'issues', new Uint32Array(), ['name']);
    expect(await readBack(file)).toEqual([]);
    expect(parquetSchema(parquetMetadata(file)).children.map(({ element }) => element.name)).toEqual([
      'Name',
      'Brief id',
      'Brief',
      'Date',
      'Article URL',
    ]);
  });
});
