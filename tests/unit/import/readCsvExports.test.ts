import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { briefTablesRows } from '../../../src/core/export/briefTablesCsv';
import { buildCsvRows } from '../../../src/core/export/buildCsvRows';
import { UTF8_BOM, toCsv } from '../../../src/core/export/csv';
import { CSV_CANNOT_CARRY, readCsvExports, type TextFile } from '../../../src/core/import/readCsvExports';
import { ENTRY_KINDS, type Brief, type Dataset } from '../../../src/core/model/types';
import { VIEW_COLUMNS } from '../../../src/core/query/columns';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import type { ViewName } from '../../../src/core/query/types';
import { makeBrief, makeEntry, makeSignal } from '../dataset/makeBrief';

const BRIEFS: Brief[] = [
  makeBrief({ id: 'alpha', themes: ['energy transition', 'cities'], keywords: ['solar, wind', 'grids'] }),
  makeBrief({
    id: 'beta',
    title: 'Quotes "inside", commas, and\na line break 🚀',
    date: null,
    page: null,
    url: null,
    category: null,
    type: null,
    themes: [],
    keywords: [],
    signals: [
      makeSignal({ name: '=1+1', description: '-5%', change: '@risk', tenYear: ' spaced ', relevancy: 5 }),
    ],
    concerns: [makeEntry({ name: 'עברית', description: 'x'.repeat(5000), relevancy: null })],
    behaviors: [],
    technologies: [],
    issues: [makeEntry({ name: '+ plus', relevancy: 1 })],
  }),
];
const DATASET = buildDataset(BRIEFS, { files: 2, skipped: 0 });

/** The CSV Trendscope's own export writes for a view, with every column and formulas neutralised. */
function exportView(
  dataset: Dataset,
  view: ViewName,
  columnIds = VIEW_COLUMNS[view].map((spec) => spec.id),
  briefContext = false,
): string {
  const index = buildIndex(dataset);
  const count = view === 'briefs' ? index.briefs.length : index.rows[view].count;
  const ids = Array.from({ length: count }, (_, id) => id);
  return (
    UTF8_BOM + toCsv(buildCsvRows(index, view, ids, columnIds, { neutralizeFormulas: true, briefContext }))
  );
}

function exportAll(dataset: Dataset): TextFile[] {
  return (['briefs', ...ENTRY_KINDS] as const).map((view) => ({
    file: `${view}_2026-11-28.csv`,
    text: exportView(dataset, view),
  }));
}

/** What a CSV round trip can keep of a brief. */
function carried(brief: Brief): Partial<Brief> {
  const {
    id,
    title,
    date,
    url,
    summary,
    category,
    type,
    themes,
    keywords,
    signals,
    concerns,
    behaviors,
    technologies,
    issues,
  } = brief;
  return {
    id,
    title,
    date,
    url,
    summary,
    category,
    type,
    themes,
    keywords,
    signals,
    concerns,
    behaviors,
    technologies,
    issues,
  };
}

describe('readCsvExports', () => {
  it('rebuilds briefs and rows from the exports of every view', () => {
    const { briefs, files } = readCsvExports(exportAll(DATASET));
    expect(briefs.map(carried)).toEqual(DATASET.briefs.map(carried));
    for (const brief of briefs) {
      expect(brief).toMatchObject({ page: null, pageUrl: null, related: [] });
      expect(brief.warnings[0]).toMatch(
        /^rebuilt from CSV \(briefs_2026-11-28\.csv, .*\): no page, related briefs$/,
      );
    }
    const rowsRead = files.map(({ result }) => (result.ok ? result.value.rows : -1));
    const rowsOfKind = (kind: (typeof ENTRY_KINDS)[number]) =>
      DATASET.briefs.reduce((sum, brief) => sum + brief[kind].length, 0);
    expect(rowsRead).toEqual([0, ...ENTRY_KINDS.map(rowsOfKind)]);
    for (const { result } of files) expect(result.ok && result.value.warnings).toEqual([CSV_CANNOT_CARRY]);
  });

  it('rebuilds rows from one table export, naming the brief fields it lacks', () => {
    const { briefs, files } = readCsvExports([
      { file: 'signals_theme-ai_2026-11-28.csv', text: exportView(DATASET, 'signals') },
    ]);
    expect(
      briefs.map((brief) => [brief.id, brief.title, brief.signals.length, brief.concerns.length]),
    ).toEqual([
      ['alpha', 'Title of alpha', 2, 0],
      ['beta', BRIEFS[1]!.title, 1, 0],
    ]);
    expect(briefs[0]!.warnings[0]).toBe(
      'rebuilt from CSV (signals_theme-ai_2026-11-28.csv): no summary, page, related briefs, category, type, themes, keywords',
    );
    expect(briefs[0]!.category).toBeNull();
    expect(files[0]!.result).toEqual({
      ok: true,
      value: { briefs: 2, rows: 3, warnings: [CSV_CANNOT_CARRY] },
    });
  });

  it('rebuilds category, type, themes and keywords from a table export that carries them', () => {
    const { briefs } = readCsvExports([
      { file: 'signals_2026-11-28.csv', text: exportView(DATASET, 'signals', ['name'], true) },
    ]);
    const context = ({ id, category, type, themes, keywords }: Brief) => ({
      id,
      category,
      type,
      themes,
      keywords,
    });
    expect(briefs.map(context)).toEqual(DATASET.briefs.map(context));
    expect(briefs[0]!.warnings[0]).toBe(
      'rebuilt from CSV (signals_2026-11-28.csv): no summary, page, related briefs',
    );
  });

  it("rebuilds one brief, title and URL included, from its dialog's CSV", () => {
    const index = buildIndex(DATASET);
    const text = toCsv(briefTablesRows(index, 0, { neutralizeFormulas: true, briefContext: true }));
    const { briefs } = readCsvExports([{ file: 'brief-alpha_2026-11-28.csv', text }]);
    expect(briefs.map(carried)).toEqual([{ ...carried(DATASET.briefs[0]!), summary: '' }]);
  });

  it('warns when a briefs export counts rows that no file of the import brings', () => {
    const { files } = readCsvExports([{ file: 'briefs.csv', text: exportView(DATASET, 'briefs') }]);
    const warnings = files[0]!.result.ok ? files[0]!.result.value.warnings : [];
    expect(warnings).toContain(
      'counts 3 signals for its briefs but the import holds 0: export the Signals table as CSV and import it with this file',
    );
    expect(warnings.filter((warning) => warning.startsWith('counts'))).toHaveLength(5);
  });

  it('says which columns were not exported, and leaves them empty', () => {
    const text = exportView(DATASET, 'concerns', ['name']);
    const { briefs, files } = readCsvExports([{ file: 'concerns_2026-11-28.csv', text }]);
    expect(files[0]!.result.ok && files[0]!.result.value.warnings).toContain(
      'no "Description", "Relevancy" column: left empty',
    );
    expect(briefs[0]!.concerns).toEqual([{ name: 'An entry', description: '', relevancy: null }]);
    expect(briefs[0]!.title).toBe('Title of alpha');
  });

  const header = 'Name,Description,Relevancy,Brief,Date,Brief id,Article URL';

  it.each([
    ['the file name', 'issues_2026-11-28.csv', header, 'issues'],
    ['the file name, in a folder', 'exports/behaviors.csv', header, 'behaviors'],
    ['the signal-only columns', 'mine.csv', 'Name,Change,Brief id', 'signals'],
    ['a Kind column', 'mine.csv', 'Kind,Name,Brief id', 'per row'],
  ])('tells the table from %s', (_, file, head, kind) => {
    const record = head.startsWith('Kind')
      ? 'technologies,n,b1'
      : head === header
        ? 'n,d,4,T,2024-01-02,b1,'
        : 'n,c,b1';
    const { briefs } = readCsvExports([{ file, text: `${head}\r\n${record}\r\n` }]);
    const expected = kind === 'per row' ? 'technologies' : kind;
    expect(ENTRY_KINDS.filter((entryKind) => briefs[0]![entryKind].length > 0)).toEqual([expected]);
  });

  it.each([
    [
      'no Brief id column',
      'x.csv',
      'Name,Description\r\na,b\r\n',
      'no "Brief id" column: not a CSV export of Trendscope briefs or rows',
    ],
    [
      'rows of an unknown table',
      'rows.csv',
      `${header}\r\nn,d,4,T,2024-01-02,b1,\r\n`,
      'cannot tell which table the rows belong to: keep the name the export gave the file (it starts with concerns, behaviors, technologies or issues)',
    ],
    ['nothing at all', 'empty.csv', '\r\n\r\n', 'no header row: not a Trendscope CSV export'],
  ])('rejects a file with %s', (_, file, text, reason) => {
    const { briefs, files } = readCsvExports([{ file, text }]);
    expect(files).toEqual([{ file, result: { ok: false, reason } }]);
    expect(briefs).toEqual([]);
  });

  it.each([
    [
      'an unreadable relevancy',
      'n,d,high,T,2024-01-02,b1,',
      'issues.csv row 2: relevancy "high" is not 1-5; left empty',
    ],
    [
      'a relevancy out of range',
      'n,d,7,T,2024-01-02,b1,',
      'issues.csv row 2: relevancy "7" is not 1-5; left empty',
    ],
    [
      'a date that is not a date',
      'n,d,3,T,02/01/2024,b1,',
      'issues.csv row 2: date "02/01/2024" is not yyyy-mm-dd; left empty',
    ],
    [
      'a javascript: link',
      'n,d,3,T,2024-01-02,b1,javascript:alert(1)',
      'issues.csv row 2: article URL "javascript:alert(1)" is not http(s); dropped',
    ],
  ])('repairs %s and says so in the brief', (_, record, warning) => {
    const { briefs } = readCsvExports([{ file: 'issues.csv', text: `${header}\r\n${record}\r\n` }]);
    expect(briefs[0]!.warnings).toContain(warning);
    expect(briefs[0]!.url).toBeNull();
  });

  it('names rows without a brief id and keeps the others', () => {
    const text = `${header}\r\nn,d,3,T,,,\r\nm,d,3,T,,b2,\r\n`;
    const { briefs, files } = readCsvExports([{ file: 'issues.csv', text }]);
    expect(briefs.map((brief) => brief.id)).toEqual(['b2']);
    expect(files[0]!.result.ok && files[0]!.result.value.warnings).toContain(
      'row 2: no brief id; row left out',
    );
  });

  it('keeps the first title of a brief and names a differing one', () => {
    const { briefs } = readCsvExports([
      { file: 'issues.csv', text: `${header}\r\nn,d,3,First,,b1,\r\n` },
      { file: 'concerns.csv', text: `${header}\r\nn,d,3,Second,,b1,\r\n` },
    ]);
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.title).toBe('First');
    expect(briefs[0]!.warnings).toContain('concerns.csv row 2: title "Second" differs; kept "First"');
    expect([briefs[0]!.issues.length, briefs[0]!.concerns.length]).toEqual([1, 1]);
  });

  it('lets the id stand in for a title the CSV lacks', () => {
    const { briefs } = readCsvExports([{ file: 'issues.csv', text: 'Name,Brief id\r\nn,b1\r\n' }]);
    expect(briefs[0]!.title).toBe('b1');
    expect(briefs[0]!.warnings).toContain('no title in the CSV; the id stands in for it');
  });

  it('reads a CSV a spreadsheet saved with semicolons', () => {
    const text =
      'Name;Description;Relevancy;Brief;Date;Brief id;Article URL\r\n"a; b";d;2;T;2024-01-02;b1;https://x.example/\r\n';
    const { briefs } = readCsvExports([{ file: 'issues.csv', text }]);
    expect(briefs[0]!.issues).toEqual([{ name: 'a; b', description: 'd', relevancy: 2 }]);
    expect(briefs[0]!.url).toBe('https://x.example/');
  });
});
