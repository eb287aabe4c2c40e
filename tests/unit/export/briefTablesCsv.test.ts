import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { briefTablesRows } from '../../../src/core/export/briefTablesCsv';
import { toCsv } from '../../../src/core/export/csv';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { brief, datasetOf, entry, signal } from '../query/fixtures';

const subject = brief('b1', {
  title: '=Title, with comma',
  date: '2024-05-06',
  url: 'https://example.test/b1',
  category: 'Energy',
  type: 'Report',
  themes: ['grids', 'solar'],
  keywords: ['-storage'],
  signals: [
    signal('=cmd', 5, {
      description: 'd, with comma',
      change: 'up',
      tenYear: 'ten "years"',
      drivingForce: '-force',
    }),
  ],
  concerns: [entry('Privacy', null, 'line\nbreak')],
  technologies: [entry('', 3, 'only a description')],
  issues: [entry('@issue', 1)],
});
const index = buildIndex(datasetOf([brief('other'), subject, brief('empty')]));

const TABLE_HEADER = ['Kind', 'Name', 'Description', 'Change', '10-year', 'Driving force', 'Relevancy'];

describe('briefTablesRows', () => {
  it('puts the five tables in one, kind first, in table order, each row naming its brief', () => {
    const brief = ['b1', '=Title, with comma', '2024-05-06', 'https://example.test/b1'];
    expect(briefTablesRows(index, 1, { neutralizeFormulas: false })).toEqual([
      [...TABLE_HEADER, 'Brief id', 'Brief', 'Date', 'Article URL'],
      ['signals', '=cmd', 'd, with comma', 'up', 'ten "years"', '-force', '5', ...brief],
      ['concerns', 'Privacy', 'line\nbreak', '', '', '', '', ...brief],
      ['technologies', '', 'only a description', '', '', '', '3', ...brief],
      ['issues', '@issue', '', '', '', '', '1', ...brief],
    ]);
  });

  it("adds the brief's category, type, themes and keywords when asked", () => {
    const rows = briefTablesRows(index, 1, { neutralizeFormulas: false, briefContext: true });
    expect(rows[0]!.slice(TABLE_HEADER.length + 4)).toEqual(['Category', 'Type', 'Themes', 'Keywords']);
    expect(rows[1]!.slice(TABLE_HEADER.length + 4)).toEqual(['Energy', 'Report', 'grids; solar', '-storage']);
  });

  it('neutralises formulas when asked and survives a CSV round trip', () => {
    const rows = briefTablesRows(index, 1, { neutralizeFormulas: true, briefContext: true });
    expect(rows[1]!.slice(0, 9)).toEqual([
      'signals',
      "'=cmd",
      'd, with comma',
      'up',
      'ten "years"',
      "'-force",
      '5',
      'b1',
      "'=Title, with comma",
    ]);
    expect(rows[1]!.at(-1)).toBe("'-storage");
    expect(rows[4]![1]).toBe("'@issue");
    const parsed = Papa.parse<string[]>(toCsv(rows).slice(0, -2), { newline: '\r\n' });
    expect(parsed.data).toEqual(rows);
  });

  it('writes only the header for a brief without rows', () => {
    expect(briefTablesRows(index, 2, { neutralizeFormulas: true })).toHaveLength(1);
  });
});
