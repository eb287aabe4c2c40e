import { describe, expect, it } from 'vitest';
import {
  MARKDOWN_CELL_MAX,
  MARKDOWN_ROW_LIMIT,
  toMarkdownTable,
  viewMarkdownTable,
} from '../../../src/core/export/markdownTable';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { brief, datasetOf, entry, signal } from '../query/fixtures';

describe('toMarkdownTable', () => {
  it('writes a header, a separator and one line per row', () => {
    expect(
      toMarkdownTable([
        ['Name', 'Relevancy'],
        ['Solar', '5'],
        ['Wind', ''],
      ]),
    ).toBe('| Name | Relevancy |\n| --- | --- |\n| Solar | 5 |\n| Wind |  |\n');
  });

  it.each([
    ['a|b', 'a\\|b'],
    ['line one\nline two', 'line one line two'],
    ['crlf\r\nand cr\rend', 'crlf and cr end'],
    ['€ “quotes” é', '€ “quotes” é'],
  ])('writes the cell %j as %j', (cell, expected) => {
    expect(toMarkdownTable([['h'], [cell]])).toBe(`| h |\n| --- |\n| ${expected} |\n`);
  });

  it(`cuts cells longer than ${MARKDOWN_CELL_MAX} characters and ends them with …`, () => {
    const long = `${'x'.repeat(MARKDOWN_CELL_MAX - 2)}|yz`;
    const line = toMarkdownTable([['h'], [long]]).split('\n')[2];
    expect(line).toBe(`| ${'x'.repeat(MARKDOWN_CELL_MAX - 2)}\\|… |`);
    const exact = 'y'.repeat(MARKDOWN_CELL_MAX);
    expect(toMarkdownTable([['h'], [exact]]).split('\n')[2]).toBe(`| ${exact} |`);
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    const emoji = '😀'.repeat(MARKDOWN_CELL_MAX + 5);
    const line = toMarkdownTable([['h'], [emoji]]).split('\n')[2];
    expect(line).toBe(`| ${'😀'.repeat(MARKDOWN_CELL_MAX - 1)}… |`);
  });

  it('returns nothing for no rows', () => {
    expect(toMarkdownTable([])).toBe('');
  });
});

describe('viewMarkdownTable', () => {
  const index = buildIndex(
    datasetOf([
      brief('a', {
        title: 'First | brief',
        date: '2025-01-02',
        themes: ['AI', 'Energy'],
        concerns: [entry('c1', 4), entry('c2', 1)],
      }),
      brief('b', { title: '=not a formula here', signals: [signal('s', 2)] }),
    ]),
  );

  it('writes the chosen columns of the first rows in the order given, numbers rounded', () => {
    expect(
      viewMarkdownTable(index, 'briefs', Uint32Array.of(1, 0), ['title', 'themes', 'meanRelevancy']),
    ).toBe(
      [
        '| Title | Themes | Mean relevancy |',
        '| --- | --- | --- |',
        '| =not a formula here |  | 2 |',
        '| First \\| brief | AI; Energy | 2.5 |',
        '',
      ].join('\n'),
    );
  });

  it(`stops after ${MARKDOWN_ROW_LIMIT} rows by default, or the limit given`, () => {
    const many = buildIndex(
      datasetOf([brief('x', { issues: Array.from({ length: 30 }, (_, i) => entry(`i${i}`, 3)) })]),
    );
    const ids = Uint32Array.from({ length: 30 }, (_, i) => 29 - i);
    const lines = viewMarkdownTable(many, 'issues', ids, ['name']).trimEnd().split('\n');
    expect(lines).toHaveLength(2 + MARKDOWN_ROW_LIMIT);
    expect(lines[2]).toBe('| i29 |');
    expect(
      viewMarkdownTable(many, 'issues', ids, ['name', 'relevancy'], 3).trimEnd().split('\n').slice(2),
    ).toEqual(['| i29 | 3 |', '| i28 | 3 |', '| i27 | 3 |']);
  });
});
