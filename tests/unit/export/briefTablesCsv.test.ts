import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { briefTablesRows } from '../../../src/core/export/briefTablesCsv';
import { toCsv } from '../../../src/core/export/csv';
import { brief, entry, signal } from '../query/fixtures';

const subject = brief('b1', {
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

describe('briefTablesRows', () => {
  it('puts the five tables in one, kind first, in table order', () => {
    expect(briefTablesRows(subject, { neutralizeFormulas: false })).toEqual([
      ['Kind', 'Name', 'Description', 'Change', '10-year', 'Driving force', 'Relevancy'],
      ['signals', '=cmd', 'd, with comma', 'up', 'ten "years"', '-force', '5'],
      ['concerns', 'Privacy', 'line\nbreak', '', '', '', ''],
      ['technologies', '', 'only a description', '', '', '', '3'],
      ['issues', '@issue', '', '', '', '', '1'],
    ]);
  });

  it('neutralises formulas when asked and survives a CSV round trip', () => {
    const rows = briefTablesRows(subject, { neutralizeFormulas: true });
    expect(rows[1]).toEqual(['signals', "'=cmd", 'd, with comma', 'up', 'ten "years"', "'-force", '5']);
    expect(rows[4]![1]).toBe("'@issue");
    const parsed = Papa.parse<string[]>(toCsv(rows).slice(0, -2), { newline: '\r\n' });
    expect(parsed.data).toEqual(rows);
  });

  it('writes only the header for a brief without rows', () => {
    expect(briefTablesRows(brief('empty'), { neutralizeFormulas: true })).toHaveLength(1);
  });
});
