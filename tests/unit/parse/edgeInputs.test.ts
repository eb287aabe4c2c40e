import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { expectOk, expectWellFormedResult } from './support/briefChecks';

const TITLE_LINE = '# __Edge__, (from page [20240229](https://example.org/p/20240229).)';
const CONCERNS = ['## Concerns', '| name | description | relevancy |', '|:---|:---|---:|'];
const TEN_MB = 10 * 1024 * 1024;

describe('parseBrief on edge inputs', { timeout: 30_000 }, () => {
  it.each([
    { what: 'an empty string', text: '', reason: 'empty file' },
    { what: 'only a byte order mark', text: '\uFEFF', reason: 'empty file' },
    {
      what: 'binary data with NUL bytes',
      text: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR',
      reason: 'binary file (contains NUL bytes)',
    },
    {
      what: 'one 10 MB line of text',
      text: 'a'.repeat(TEN_MB),
      reason: 'no brief title line (# ...) and no brief sections found',
    },
  ])('rejects $what', ({ text, reason }) => {
    expect(parseBrief(text, 'edge.md')).toEqual({ ok: false, reason });
  });

  it('reads a brief whose one cell is a 10 MB line', () => {
    const cell = 'word '.repeat(TEN_MB / 5).trim();
    const result = parseBrief([TITLE_LINE, ...CONCERNS, `| big | ${cell} | 9 |`].join('\n'), 'edge.md');
    expectWellFormedResult(result);
    const brief = expectOk(result);
    expect(brief.concerns).toEqual([{ name: 'big', description: cell, relevancy: null }]);
    expect(brief.warnings).toEqual(['relevancy "9" in Concerns row 1 is not 1-5; left empty']);
  });

  it('reads a 10 MB title line, quoting only a little of it in warnings', () => {
    const title = 'T'.repeat(TEN_MB);
    const result = parseBrief(
      `# __${title}__, (from page [x${title}](https://e.org/p).)\n## Summary\ns`,
      'edge.md',
    );
    expectWellFormedResult(result);
    expect(expectOk(result).title).toBe(title);
    expect(expectOk(result).warnings).toEqual([
      `page id "x${'T'.repeat(58)}…" is not a date; date left empty`,
    ]);
  });

  it('names a 10 MB header cell in warnings only shortened', () => {
    const header = 'h'.repeat(TEN_MB);
    const result = parseBrief(
      [TITLE_LINE, '## Issues', `| name | ${header} |`, '| n | v |'].join('\n'),
      'edge.md',
    );
    expectWellFormedResult(result);
    expect(expectOk(result).issues).toEqual([{ name: 'n', description: `(${header}: v)`, relevancy: null }]);
  });

  it('survives 100,000 pipes on one line', () => {
    const result = parseBrief([TITLE_LINE, ...CONCERNS, '|'.repeat(100_000)].join('\n'), 'edge.md');
    expectWellFormedResult(result);
    const brief = expectOk(result);
    expect(brief.concerns).toEqual([]);
    expect(brief.warnings).toEqual(['Concerns row 1 is empty; dropped']);
  });

  it('survives 100,000 escaped pipes in one cell', () => {
    const result = parseBrief(
      [TITLE_LINE, ...CONCERNS, `| ${'\\|'.repeat(100_000)} | d | 1 |`].join('\n'),
      'edge.md',
    );
    expect(expectOk(result).concerns).toEqual([
      { name: '|'.repeat(100_000), description: 'd', relevancy: 1 },
    ]);
  });

  it('reads a table cut off mid-row at the end of the file', () => {
    const brief = expectOk(
      parseBrief([TITLE_LINE, ...CONCERNS, '| whole | row | 2 |', '| cut | descr'].join('\n'), 'e.md'),
    );
    expect(brief.concerns).toEqual([
      { name: 'whole', description: 'row', relevancy: 2 },
      { name: 'cut', description: 'descr', relevancy: null },
    ]);
    expect(brief.warnings).toEqual(['Concerns row 2 cut off mid-row; kept what was read']);
  });

  it('reads an escaped pipe inside a cell as a literal pipe', () => {
    const brief = expectOk(
      parseBrief([TITLE_LINE, ...CONCERNS, '| A \\| B | x \\|\\| y | 3 |'].join('\n'), 'e.md'),
    );
    expect(brief.concerns).toEqual([{ name: 'A | B', description: 'x || y', relevancy: 3 }]);
  });

  it('reads CRLF, CR and LF line endings alike', () => {
    const lines = [TITLE_LINE, '', '## Keywords', '* a b', '* c', ...CONCERNS, '| n | d | 5 |', ''];
    const [lf, crlf, cr] = ['\n', '\r\n', '\r'].map((ending) => parseBrief(lines.join(ending), 'e.md'));
    expect(expectOk(lf!).concerns).toHaveLength(1);
    expect(crlf).toEqual(lf);
    expect(cr).toEqual(lf);
  });

  it('keeps lone surrogates, replacement and control characters as text', () => {
    const odd = 'a\uD800b\uFFFDc\u0007d';
    const brief = expectOk(parseBrief([TITLE_LINE, '## Themes', `* ${odd}`].join('\n'), 'e.md'));
    expect(brief.themes).toEqual([odd]);
    expect(brief.warnings).toEqual([]);
  });
});
