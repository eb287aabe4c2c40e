import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { buildCsvRows } from '../../../src/core/export/buildCsvRows';
import { exportColumns } from '../../../src/core/export/exportColumns';
import { buildCsvChunked, toCsv, UTF8_BOM } from '../../../src/core/export/csv';
import type { Brief } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { VIEW_COLUMNS, type ColumnSpec, type ColumnValue } from '../../../src/core/query/columns';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { createQueryEngine } from '../../../src/core/query/queryEngine';
import { sortIds } from '../../../src/core/query/sortIds';
import { EMPTY_FILTERS, VIEW_NAMES, type ViewName } from '../../../src/core/query/types';
import { brief, signal } from '../query/fixtures';
import { describeWithCorpus, readCorpus } from '../../support/corpus';

function realBriefs(): Brief[] {
  return readCorpus('real').flatMap(({ file, text }) => {
    const parsed = parseBrief(text, file);
    return parsed.ok ? [parsed.value] : [];
  });
}

const LONG = `${'Très long texte, “cité” | avec € '.repeat(200)}fin`;

/** Cells no real brief is guaranteed to hold: every kind of character CSV must carry. */
const awkward = brief('awkward', {
  title: 'Quotes "inside", commas, and | pipes',
  date: '2031-02-03',
  url: 'https://example.test/a?b=1&c=2',
  themes: ['Énergie', 'AI; ML'],
  keywords: ['=1+1', '€'],
  category: '-5%',
  signals: [
    signal('=HYPERLINK("http://example.test")', 5, {
      description: 'line one\r\nline two\nline three\rend',
      change: ' leading and trailing spaces ',
      tenYear: LONG,
      drivingForce: '\tTabbed',
    }),
    signal('@SUM(A1)', null, { description: '"', change: '', tenYear: ',', drivingForce: '+A' }),
  ],
  concerns: [{ name: '-2', description: ' =x', relevancy: 1 }],
});

const dataset = buildDataset([...realBriefs(), awkward], { files: 56, skipped: 0 });
const index = buildIndex(dataset);

function allIds(view: ViewName): Uint32Array {
  const count = view === 'briefs' ? index.briefs.length : index.rows[view].count;
  return Uint32Array.from({ length: count }, (_, id) => id);
}

function expectedText(value: ColumnValue): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? value : value.join('; ');
}

function mostFrequentTheme(): string {
  const { labels, valueOffsets } = index.facets.themes;
  const briefCount = (value: number) => valueOffsets[value + 1]! - valueOffsets[value]!;
  const most = labels.reduce((best, _, value) => (briefCount(value) > briefCount(best) ? value : best), 0);
  return labels[most]!;
}

async function exportedFile(
  view: ViewName,
  ids: Uint32Array,
  columnIds: string[],
  neutralizeFormulas: boolean,
) {
  const csv = await buildCsvChunked(index, view, ids, columnIds, { neutralizeFormulas, chunkSize: 97 });
  if (!csv.ok) throw new Error(csv.reason);
  return fileText(new Blob([UTF8_BOM, csv.value]));
}

/** The saved file's text, a byte order mark kept (Blob.text() would drop it). */
async function fileText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

function parseFile(file: string): string[][] {
  expect(file.startsWith(UTF8_BOM)).toBe(true);
  expect(file.indexOf(UTF8_BOM, 1)).toBe(-1);
  expect(file.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(file.slice(1, -2), { newline: '\r\n', delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Each cell against its column's value: text exactly, numbers by value, the quote only where a formula could start. */
function expectCells(
  rows: string[][],
  view: ViewName,
  ids: Uint32Array,
  columns: ColumnSpec[],
  neutralized: boolean,
) {
  expect(rows[0]).toEqual(columns.map((column) => column.label));
  expect(rows.length - 1).toBe(ids.length);
  ids.forEach((id, position) => {
    const row = rows[position + 1]!;
    expect(row.length).toBe(columns.length);
    columns.forEach((column, c) => {
      const expected = expectedText(column.value(index, id));
      const cell = row[c]!;
      if (typeof expected === 'number') {
        expect(Number(cell), `${view} ${id} ${column.id}`).toBe(expected);
      } else if (neutralized && /^(?:[\t\r]|[ \n]*[=+\-@])/.test(expected)) {
        expect(cell, `${view} ${id} ${column.id}`).toBe(`'${expected}`);
      } else {
        expect(cell, `${view} ${id} ${column.id}`).toBe(expected);
      }
    });
  });
}

describeWithCorpus('CSV export round trip', () => {
  it('reads the real corpus', () => {
    expect(index.briefs.length).toBeGreaterThanOrEqual(50);
  });

  describe.each(VIEW_NAMES)('the %s view', (view) => {
    const columnIds = VIEW_COLUMNS[view].map((spec) => spec.id);
    const columns = exportColumns(view, columnIds);

    it.each([false, true])('gives back every cell of every row (neutralised: %s)', async (neutralized) => {
      const ids = allIds(view);
      const rows = parseFile(await exportedFile(view, ids, columnIds, neutralized));
      expectCells(rows, view, ids, columns, neutralized);
    });

    it('keeps a filter and a sort, with only the chosen columns plus the brief columns', async () => {
      const engine = createQueryEngine(index);
      const theme = mostFrequentTheme();
      const result = engine.run({ ...EMPTY_FILTERS, themes: [theme, 'Énergie'], minRelevancy: 2 });
      const filtered = view === 'briefs' ? result.briefIds : result.rowIds[view];
      const sortColumn = view === 'briefs' ? 'meanRelevancy' : 'relevancy';
      const ids = sortIds(index, view, filtered, [{ column: sortColumn, desc: true }]);
      expect(ids.length).toBeGreaterThan(0);
      const chosen = [sortColumn, columnIds[0]!];
      const rows = parseFile(await exportedFile(view, ids, chosen, true));
      const exported = exportColumns(view, chosen);
      expect(exported.slice(0, 2).map((column) => column.id)).toEqual(chosen);
      expectCells(rows, view, ids, exported, true);
      const sortValues = rows.slice(1).map((row) => (row[0] === '' ? -Infinity : Number(row[0])));
      expect(sortValues).toEqual([...sortValues].sort((a, b) => b - a));
    });
  });

  it('exercises quotes, pipes, accents, €, line breaks and very long cells', async () => {
    const file = await exportedFile('signals', allIds('signals'), ['name', 'description', 'tenYear'], false);
    for (const needle of ['""', '|', 'É', '€', '\r\n', LONG]) expect(file).toContain(needle);
  });

  it('adds the brief columns an entry view has not shown, once each', () => {
    const labels = (ids: string[]) => exportColumns('concerns', ids).map((column) => column.label);
    expect(labels(['name'])).toEqual(['Name', 'Brief id', 'Brief', 'Date', 'Article URL']);
    expect(labels(['date', 'name', 'brief'])).toEqual(['Date', 'Name', 'Brief', 'Brief id', 'Article URL']);
    expect(labels(['title', 'nonsense'])).toEqual(['Brief id', 'Brief', 'Date', 'Article URL']);
    expect(exportColumns('briefs', ['title']).map((column) => column.label)).toEqual([
      'Title',
      'Brief id',
      'Article URL',
      'Summary',
    ]);
  });

  it("adds each row's brief category, type, themes and keywords when asked, once each", () => {
    const labels = (view: ViewName, ids: string[]) =>
      exportColumns(view, ids, { briefContext: true }).map((column) => column.label);
    expect(labels('signals', ['name'])).toEqual([
      'Name',
      'Brief id',
      'Brief',
      'Date',
      'Article URL',
      'Category',
      'Type',
      'Themes',
      'Keywords',
    ]);
    expect(labels('briefs', ['title', 'themes'])).toEqual([
      'Title',
      'Themes',
      'Brief id',
      'Article URL',
      'Category',
      'Type',
      'Keywords',
      'Summary',
    ]);
  });

  it.each(VIEW_NAMES)("gives each %s row its brief's context cells", (view) => {
    const columns = exportColumns(view, [], { briefContext: true });
    const ids = allIds(view);
    const rows = buildCsvRows(index, view, ids, [], { neutralizeFormulas: false, briefContext: true });
    const at = (label: string) => columns.findIndex((column) => column.label === label);
    ids.forEach((id, position) => {
      const brief = index.briefs[view === 'briefs' ? id : index.rows[view].briefOf[id]!]!;
      const row = rows[position + 1]!;
      expect(row[at('Brief id')]).toBe(brief.id);
      expect(row[at('Themes')]).toBe(brief.themes.join('; '));
      expect(row[at('Keywords')]).toBe(brief.keywords.join('; '));
      expect(row[at('Category')]).toBe(brief.category ?? '');
      expect(row[at('Type')]).toBe(brief.type ?? '');
    });
  });

  it('builds in slices that together are the whole CSV', async () => {
    const ids = allIds('signals');
    const columnIds = ['name', 'relevancy', 'brief'];
    const whole = toCsv(buildCsvRows(index, 'signals', ids, columnIds, { neutralizeFormulas: true }));
    const progress: number[] = [];
    const csv = await buildCsvChunked(index, 'signals', ids, columnIds, {
      neutralizeFormulas: true,
      chunkSize: 10,
      sliceMs: 0,
      onProgress: (done) => progress.push(done),
    });
    if (!csv.ok) throw new Error(csv.reason);
    expect(csv.value.type).toBe('text/csv;charset=utf-8');
    expect(await fileText(csv.value)).toBe(whole);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const result = await buildCsvChunked(index, 'signals', allIds('signals'), ['name'], {
      neutralizeFormulas: true,
      chunkSize: 5,
      sliceMs: 0,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('writes only a header for no rows', () => {
    expect(
      toCsv(buildCsvRows(index, 'issues', new Uint32Array(), ['name'], { neutralizeFormulas: true })),
    ).toBe('Name,Brief id,Brief,Date,Article URL\r\n');
  });
});
