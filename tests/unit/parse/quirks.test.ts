import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../src/core/model/types';
import { countBrief } from '../../../src/core/parse/countBrief';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import type { ParseOptions } from '../../../src/core/parse/parseBrief';
import { expectOk } from './support/briefChecks';

const PAGE_URL = 'https://example.org/p/20250101';
const TITLE_LINE = `# __A title__, (from page [20250101](${PAGE_URL}).)`;
const LINK_LINE = '__[External link](https://news.example.com/story)__';

const md = (...lines: string[]): string => lines.join('\n');
/** A brief with the usual header lines, then `lines`. */
const brief = (...lines: string[]): string => md(TITLE_LINE, '', LINK_LINE, '', ...lines);

const CONCERNS_HEADER = ['## Concerns', '| name | description | relevancy |', '|:--|:--|--:|'];
const SIGNALS_A_HEADER = [
  '## Signals',
  '| name | description | change | 10-year | driving-force | relevancy |',
  '|:---|:---|:---|:---|:---|---:|',
];

interface QuirkCase {
  quirk: string;
  text: string;
  options?: ParseOptions;
  file?: string;
  expected: Partial<Brief>;
  /** Exactly the warnings expected, in order. */
  warnings: string[];
}

const cases: QuirkCase[] = [
  {
    quirk: 'layout A header line',
    text: brief(),
    expected: {
      title: 'A title',
      page: '20250101',
      date: '2025-01-01',
      pageUrl: PAGE_URL,
      url: 'https://news.example.com/story',
    },
    warnings: [],
  },
  {
    quirk: 'layout B header line',
    text: md(
      '# __Older__, from ([20220711](https://example.org/p/20220711).)',
      LINK_LINE,
      '## Summary',
      'Text.',
    ),
    expected: {
      title: 'Older',
      page: '20220711',
      date: '2022-07-11',
      pageUrl: 'https://example.org/p/20220711',
    },
    warnings: [],
  },
  {
    quirk: 'title without __ markers',
    text: md(`# Plain title, (from page [20250101](${PAGE_URL}).)`, '## Summary', 'x'),
    expected: { title: 'Plain title', page: '20250101' },
    warnings: [],
  },
  {
    quirk: 'page id with a trailing space',
    text: md('# __T__, (from page [20250504 ](https://example.org/p/20250504 ).)', '## Summary', 'x'),
    expected: { page: '20250504', date: '2025-05-04', pageUrl: 'https://example.org/p/20250504' },
    warnings: ['page id "20250504 " has surrounding spaces; trimmed'],
  },
  {
    quirk: 'page id with a letter after the date',
    text: md('# __T__, (from page [20250511d](https://example.org/p/20250511d).)', '## Summary', 'x'),
    expected: { page: '20250511d', date: '2025-05-11' },
    warnings: ['page id "20250511d" is not a plain date; date read as 2025-05-11'],
  },
  {
    quirk: 'page id with a slug after the date',
    text: md('# __T__, (from page [20251231-a-yearly-review](https://e.org/p/x).)', '## Summary', 'x'),
    expected: { page: '20251231-a-yearly-review', date: '2025-12-31' },
    warnings: ['page id "20251231-a-yearly-review" is not a plain date; date read as 2025-12-31'],
  },
  {
    quirk: 'page id that is not a date',
    text: md('# __T__, from ([4320.0](https://example.org/p/4320.0).)', '## Summary', 'x'),
    expected: { page: '4320.0', date: null },
    warnings: ['page id "4320.0" is not a date; date left empty'],
  },
  {
    quirk: 'page id with an impossible calendar date',
    text: md('# __T__, (from page [20250230](https://example.org/p/20250230).)', '## Summary', 'x'),
    expected: { page: '20250230', date: null },
    warnings: ['page id "20250230" is not a date; date left empty'],
  },
  {
    quirk: 'page id written as an ISO date',
    text: md('# __T__, (from page [2024-02-29](https://example.org/p/leap).)', '## Summary', 'x'),
    expected: { page: '2024-02-29', date: '2024-02-29' },
    warnings: [],
  },
  {
    quirk: 'date in the future, with today given',
    text: md('# __T__, from ([20290911](https://example.org/p/20290911).)', '## Summary', 'x'),
    options: { today: '2026-05-01' },
    expected: { date: '2029-09-11' },
    warnings: ['date 2029-09-11 is in the future'],
  },
  {
    quirk: 'date in the future, without today (no clock is read)',
    text: md('# __T__, from ([20290911](https://example.org/p/20290911).)', '## Summary', 'x'),
    expected: { date: '2029-09-11' },
    warnings: [],
  },
  {
    quirk: 'external link that is not http(s)',
    text: md(TITLE_LINE, '__[External link](javascript:alert(1))__', '## Summary', 'x'),
    expected: { url: null },
    warnings: ['external link "javascript:alert(1)" is not http(s); dropped'],
  },
  {
    quirk: 'external link without bold markers, upper-case scheme',
    text: md(TITLE_LINE, '[External link](HTTPS://example.com/a)', '## Summary', 'x'),
    expected: { url: 'HTTPS://example.com/a' },
    warnings: [],
  },
  {
    quirk: 'page URL that is not http(s)',
    text: md('# __T__, (from page [20250101](data:text/html,hi).)', '## Summary', 'x'),
    expected: { page: '20250101', pageUrl: null },
    warnings: ['page URL "data:text/html,hi" is not http(s); dropped'],
  },
  {
    quirk: 'byte order mark',
    text: `\uFEFF${brief('## Summary', 'x')}`,
    expected: { title: 'A title', summary: 'x' },
    warnings: [],
  },
  {
    quirk: 'CRLF line endings',
    text: brief('## Keywords', '* one', '* two', ...CONCERNS_HEADER, '| a | b | 4 |').replaceAll(
      '\n',
      '\r\n',
    ),
    expected: { keywords: ['one', 'two'], concerns: [{ name: 'a', description: 'b', relevancy: 4 }] },
    warnings: [],
  },
  {
    quirk: 'CR line endings',
    text: brief('## Themes', '* one', '* two').replaceAll('\n', '\r'),
    expected: { title: 'A title', themes: ['one', 'two'] },
    warnings: [],
  },
  {
    quirk: 'keywords stored one character per bullet',
    text: brief(
      '## Keywords',
      ...[...'silk dress,code d,AI'].map((char) => `* ${char}`),
      '## Themes',
      '* x y',
    ),
    expected: { keywords: ['silk dress', 'code d', 'AI'], themes: ['x y'] },
    warnings: ['Keywords: rejoined 20 one-character bullets into 3 keywords'],
  },
  {
    quirk: 'one-character bullets whose space bullet lost its trailing space',
    text: brief('## Themes', '* a', '*', '* b', '* ,', '* c'),
    expected: { themes: ['a b', 'c'] },
    warnings: ['Themes: rejoined 5 one-character bullets into 2 themes'],
  },
  {
    quirk: 'two one-character keywords are taken literally',
    text: brief('## Keywords', '* C', '* R'),
    expected: { keywords: ['C', 'R'] },
    warnings: [],
  },
  {
    quirk: 'empty bullet',
    text: brief('## Themes', '* open source', '* ', '* AI'),
    expected: { themes: ['open source', 'AI'] },
    warnings: ['empty bullet in Themes dropped'],
  },
  {
    quirk: 'duplicate keyword',
    text: brief('## Keywords', '* AI', '* OSS', '* AI'),
    expected: { keywords: ['AI', 'OSS'] },
    warnings: ['Keywords: duplicate keyword "AI" dropped'],
  },
  {
    quirk: 'several duplicate themes',
    text: brief(
      '## Themes',
      ...['a1', 'b2', 'a1', 'b2', 'a1', 'c3', 'c3', 'c3', 'c3', 'c3'].map((theme) => `* ${theme}`),
    ),
    expected: { themes: ['a1', 'b2', 'c3'] },
    warnings: ['Themes: 7 duplicate themes dropped ("a1", "b2", "a1", "c3", "c3" and 2 more)'],
  },
  {
    quirk: 'other bullet markers and a line that is no bullet',
    text: brief('## Keywords', '- dash', '+ plus', 'loose text', '* star'),
    expected: { keywords: ['dash', 'plus', 'star'] },
    warnings: ['Keywords: line 8 is not a bullet; ignored'],
  },
  {
    quirk: 'Other section',
    text: brief('## Other', '* Category: technology', '* Type: blog post'),
    expected: { category: 'technology', type: 'blog post' },
    warnings: [],
  },
  {
    quirk: 'Other section with odd items',
    text: brief('## Other', '* category:  science ', '* Type:', '* Mood: calm', '* Category: art', '*'),
    expected: { category: 'science', type: null },
    warnings: [
      'Other: Type is empty; left empty',
      'Other: item "Mood: calm" is not a Category or Type; ignored',
      'Other: second Category "art" ignored',
      'empty bullet in Other dropped',
    ],
  },
  {
    quirk: 'Closest with links to the brief itself',
    file: 'sub/self.md',
    text: brief('## Closest', '* [Me](self)', '* [Other](b1)', '* [Me again](self)', '* [Me](self)'),
    expected: { id: 'self', file: 'sub/self.md', related: [{ id: 'b1', title: 'Other' }] },
    warnings: ['Closest: removed 3 links to the brief itself'],
  },
  {
    quirk: 'Closest with duplicates, paths, non-links and an empty bullet',
    text: brief('## Closest', '* [A](a1)', '* [A2](a1)', '* [B](./x/b2.md)', '* just text', '* [C]()', '* '),
    expected: {
      related: [
        { id: 'a1', title: 'A' },
        { id: 'b2', title: 'B' },
      ],
    },
    warnings: [
      'Closest: link target "./x/b2.md" read as id "b2"',
      'Closest: item "just text" is not a [title](id) link; ignored',
      'Closest: link "[C]()" has no target; ignored',
      'empty bullet in Closest dropped',
      'Closest: removed 1 duplicate link',
    ],
  },
  {
    quirk: 'unknown section',
    text: brief('## Foo', 'one', '', 'two', '* three', '## Summary', 'x'),
    expected: { summary: 'x' },
    warnings: ['unknown section "## Foo" ignored (3 lines)'],
  },
  {
    quirk: 'sections in layout B order, some missing',
    text: brief('## Summary', 'S.', '## Keywords', '* k1', '## Themes', '* t1', '## Closest', '* [x](z9)'),
    expected: {
      summary: 'S.',
      keywords: ['k1'],
      themes: ['t1'],
      related: [{ id: 'z9', title: 'x' }],
      category: null,
      signals: [],
      issues: [],
    },
    warnings: [],
  },
  {
    quirk: 'a section given twice',
    text: brief(...CONCERNS_HEADER, '| a | b | 1 |', '## Summary', 'x', ...CONCERNS_HEADER, '| c | d | 2 |'),
    expected: {
      concerns: [
        { name: 'a', description: 'b', relevancy: 1 },
        { name: 'c', description: 'd', relevancy: 2 },
      ],
    },
    warnings: ['section "## Concerns" appears 2 times; contents merged'],
  },
  {
    quirk: 'section heading in capitals, British spelling, with a colon',
    text: brief('## BEHAVIOURS:', '| Name | Description |', '|-|-|', '| B | D |'),
    expected: { behaviors: [{ name: 'B', description: 'D', relevancy: null }] },
    warnings: [],
  },
  {
    quirk: 'first row named like object properties is data, not a header',
    text: brief('## Issues', '| constructor | toString |', '| c | d |'),
    expected: {
      issues: [
        { name: 'constructor', description: 'toString', relevancy: null },
        { name: 'c', description: 'd', relevancy: null },
      ],
    },
    warnings: ['Issues table has no header row; columns read as name | description'],
  },
  {
    quirk: 'summary of several paragraphs',
    text: brief('## Summary', '', 'First line', 'continued.', '', 'Second.', ''),
    expected: { summary: 'First line continued.\n\nSecond.' },
    warnings: [],
  },
  {
    quirk: 'layout A Signals',
    text: brief(...SIGNALS_A_HEADER, '| S | D | C | T | F | 5 |'),
    expected: {
      signals: [{ name: 'S', description: 'D', relevancy: 5, change: 'C', tenYear: 'T', drivingForce: 'F' }],
    },
    warnings: [],
  },
  {
    quirk: 'layout B Signals (no description, no relevancy: a layout, not a repair)',
    text: brief(
      '## Signals',
      '| Signal | Change | 10y horizon | Driving force |',
      '|:--|:--|:--|:--|',
      '| S | C | T | F |',
    ),
    expected: {
      signals: [
        { name: 'S', description: '', relevancy: null, change: 'C', tenYear: 'T', drivingForce: 'F' },
      ],
    },
    warnings: [],
  },
  {
    quirk: 'header names in other case and spacing',
    text: brief(
      '## Signals',
      '|  NAME | Description | CHANGE | 10 Year | Driving-Force | Relevancy |',
      '|---|---|---|---|---|---|',
      '| S | D | C | T | F | 2 |',
    ),
    expected: {
      signals: [{ name: 'S', description: 'D', relevancy: 2, change: 'C', tenYear: 'T', drivingForce: 'F' }],
    },
    warnings: [],
  },
  {
    quirk: 'columns in another order',
    text: brief('## Issues', '| relevancy | description | name |', '|--|--|--|', '| 3 | D | N |'),
    expected: { issues: [{ name: 'N', description: 'D', relevancy: 3 }] },
    warnings: [],
  },
  {
    quirk: 'table without relevancy column',
    text: brief('## Behaviors', '| name | description |', '|:--|:--|', '| B | D |'),
    expected: { behaviors: [{ name: 'B', description: 'D', relevancy: null }] },
    warnings: [],
  },
  {
    quirk: 'Technologies table with description | relevancy | src',
    text: brief(
      '## Technologies',
      '| description | relevancy | src |',
      '|---|---|---|',
      '| A tool | 4 | https://src.example/a |',
      '| Bare | 2 | |',
    ),
    expected: {
      technologies: [
        { name: '', description: 'A tool (src: https://src.example/a)', relevancy: 4 },
        { name: '', description: 'Bare', relevancy: 2 },
      ],
    },
    warnings: [
      'Technologies table column "src" has no place in a brief; its values appended to the descriptions as "(src: …)"',
      'Technologies table has no name column; names left empty',
    ],
  },
  {
    quirk: 'Signals table missing a column its layout has',
    text: brief(
      '## Signals',
      '| name | description | change | relevancy |',
      '|-|-|-|-|',
      '| S | D | C | 3 |',
    ),
    expected: {
      signals: [{ name: 'S', description: 'D', relevancy: 3, change: 'C', tenYear: '', drivingForce: '' }],
    },
    warnings: [
      'Signals table has no 10-year column; 10-year values left empty',
      'Signals table has no driving-force column; driving-force values left empty',
    ],
  },
  {
    quirk: 'relevancy written "4", " 4 " and "4.0"',
    text: brief(...CONCERNS_HEADER, '| a | b | 4 |', '| c | d |    4    |', '| e | f | 4.0 |'),
    expected: {
      concerns: [
        { name: 'a', description: 'b', relevancy: 4 },
        { name: 'c', description: 'd', relevancy: 4 },
        { name: 'e', description: 'f', relevancy: 4 },
      ],
    },
    warnings: [],
  },
  {
    quirk: 'relevancy that is not 1-5',
    text: brief(
      ...CONCERNS_HEADER,
      '| a | b | 3 |',
      '| c | d | high |',
      '| e | f | 7 |',
      '| g | h | 4.5 |',
      '| i | j | |',
    ),
    expected: {
      concerns: [
        { name: 'a', description: 'b', relevancy: 3 },
        { name: 'c', description: 'd', relevancy: null },
        { name: 'e', description: 'f', relevancy: null },
        { name: 'g', description: 'h', relevancy: null },
        { name: 'i', description: 'j', relevancy: null },
      ],
    },
    warnings: [
      'relevancy "high" in Concerns row 2 is not 1-5; left empty',
      'relevancy "7" in Concerns row 3 is not 1-5; left empty',
      'relevancy "4.5" in Concerns row 4 is not 1-5; left empty',
    ],
  },
  {
    quirk: 'row with too many cells',
    text: brief(...CONCERNS_HEADER, '| a | b | 3 | extra | |'),
    expected: { concerns: [{ name: 'a', description: 'b (column 4: extra)', relevancy: 3 }] },
    warnings: ['Concerns row 1 has 5 cells for 3 columns; extra cells appended to the description'],
  },
  {
    quirk: 'row with too many cells, all of them empty',
    text: brief(...CONCERNS_HEADER, '| a | b | 3 | |'),
    expected: { concerns: [{ name: 'a', description: 'b', relevancy: 3 }] },
    warnings: ['Concerns row 1 has 4 cells for 3 columns; the extra cells are empty'],
  },
  {
    quirk: 'row with too few cells',
    text: brief(...CONCERNS_HEADER, '| a | b |'),
    expected: { concerns: [{ name: 'a', description: 'b', relevancy: null }] },
    warnings: ['Concerns row 1 has 2 cells for 3 columns; missing values left empty'],
  },
  {
    quirk: 'table cut off mid-row',
    text: brief(...SIGNALS_A_HEADER, '| S1 | D | C | T | F | 4 |', '| S2 | Half a descr'),
    expected: {
      signals: [
        { name: 'S1', description: 'D', relevancy: 4, change: 'C', tenYear: 'T', drivingForce: 'F' },
        {
          name: 'S2',
          description: 'Half a descr',
          relevancy: null,
          change: '',
          tenYear: '',
          drivingForce: '',
        },
      ],
    },
    warnings: ['Signals row 2 cut off mid-row; kept what was read'],
  },
  {
    quirk: 'escaped pipe inside a cell',
    text: brief(...CONCERNS_HEADER, '| either \\| or | a\\|b \\| c | 2 |'),
    expected: { concerns: [{ name: 'either | or', description: 'a|b | c', relevancy: 2 }] },
    warnings: [],
  },
  {
    quirk: 'rows without their outer pipes',
    text: brief('## Concerns', 'name | description | relevancy', '--- | --- | ---', 'a | b | 1 |'),
    expected: { concerns: [{ name: 'a', description: 'b', relevancy: 1 }] },
    warnings: [],
  },
  {
    quirk: 'alignment row variants',
    text: brief('## Concerns', '| name | description | relevancy |', '| :---: | ---- |-:|', '| a | b | 5 |'),
    expected: { concerns: [{ name: 'a', description: 'b', relevancy: 5 }] },
    warnings: [],
  },
  {
    quirk: 'empty row and stray alignment row',
    text: brief(...CONCERNS_HEADER, '| a | b | 1 |', '|  |  |  |', '|---|---|---|', '| c | d | 2 |'),
    expected: {
      concerns: [
        { name: 'a', description: 'b', relevancy: 1 },
        { name: 'c', description: 'd', relevancy: 2 },
      ],
    },
    warnings: ['Concerns row 2 is empty; dropped', 'Concerns: stray alignment row on line 10 ignored'],
  },
  {
    quirk: 'table without a header row',
    text: brief('## Signals', '| S | C | T | F |', '| S2 | C2 | T2 | F2 |'),
    expected: {
      signals: [
        { name: 'S', description: '', relevancy: null, change: 'C', tenYear: 'T', drivingForce: 'F' },
        { name: 'S2', description: '', relevancy: null, change: 'C2', tenYear: 'T2', drivingForce: 'F2' },
      ],
    },
    warnings: ['Signals table has no header row; columns read as name | change | 10-year | driving-force'],
  },
  {
    quirk: 'text that is not a table row inside a table section',
    text: brief(...CONCERNS_HEADER, '| a | b | 1 |', 'a note', '* a bullet'),
    expected: { concerns: [{ name: 'a', description: 'b', relevancy: 1 }] },
    warnings: ['Concerns: lines 9, 10 are not table rows; ignored'],
  },
  {
    quirk: 'no title line',
    file: 'dir/abc123.txt',
    text: md('## Keywords', '* k'),
    expected: { id: 'abc123', title: 'abc123', page: null, date: null, pageUrl: null, keywords: ['k'] },
    warnings: ['no title line; title taken from the file name'],
  },
  {
    quirk: 'title line without a page link',
    text: md('# __Just a title__', '## Summary', 'x'),
    expected: { title: 'Just a title', page: null, date: null },
    warnings: ['title line has no page link; page, date and page URL left empty'],
  },
  {
    quirk: 'title line cut off inside the page link',
    text: md('# __T__, (from page [2025010', '## Summary', 'x'),
    expected: { title: 'T', page: '2025010', date: null, pageUrl: null },
    warnings: [
      'title line cut off inside the page link; page URL left empty',
      'page id "2025010" is not a date; date left empty',
    ],
  },
  {
    quirk: 'extra title line and stray text before the first section',
    text: md(TITLE_LINE, 'stray', LINK_LINE, '# Second title', '## Summary', 'x'),
    expected: { title: 'A title', url: 'https://news.example.com/story' },
    warnings: [
      'extra title line "# Second title" on line 4 ignored',
      'text before the first section ignored (line 2)',
    ],
  },
  {
    quirk: 'non-English text, typographic quotes and €',
    text: brief(
      '## Concerns',
      '| name | description |',
      '|-|-|',
      '| «Prix» – 5 € | “Zitat” für Käufer, 日本語 |',
    ),
    expected: {
      concerns: [{ name: '«Prix» – 5 €', description: '“Zitat” für Käufer, 日本語', relevancy: null }],
    },
    warnings: [],
  },
];

describe('parseBrief quirks', () => {
  it.each(cases)('$quirk', ({ text, file = 'sub/abc.md', options, expected, warnings }) => {
    const parsed = expectOk(parseBrief(text, file, options));
    expect(parsed).toMatchObject(expected);
    expect(parsed.warnings).toEqual(warnings);
  });

  it('keeps a very long cell whole while its warning quotes it shortened', () => {
    const long = `${'é€'.repeat(50_000)}x`;
    const parsed = expectOk(parseBrief(brief(...CONCERNS_HEADER, `| ${long} | ${long} | ${long} |`), 'a.md'));
    expect(parsed.concerns[0]?.name).toBe(long);
    expect(parsed.concerns[0]?.description).toBe(long);
    expect(parsed.warnings).toEqual([
      `relevancy "${'é€'.repeat(29)}é…" in Concerns row 1 is not 1-5; left empty`,
    ]);
  });

  it('gives the same brief for the same input every time', () => {
    const text = brief('## Keywords', '* a', ...CONCERNS_HEADER, '| a | b | x |');
    expect(JSON.stringify(parseBrief(text, 'a.md'))).toBe(JSON.stringify(parseBrief(text, 'a.md')));
  });
});

describe('parseBrief rejects what is no brief', () => {
  it.each([
    { what: 'an empty file', text: '', reason: 'empty file' },
    { what: 'blank lines only', text: '\n \r\n\t\n', reason: 'empty file' },
    { what: 'a byte order mark only', text: '\uFEFF', reason: 'empty file' },
    {
      what: 'binary content',
      text: 'PNG\u0000\u0001\u0002# __T__',
      reason: 'binary file (contains NUL bytes)',
    },
    {
      what: 'plain prose',
      text: 'Dear diary,\ntoday | was | fine.\n* and so on',
      reason: 'no brief title line (# ...) and no brief sections found',
    },
    {
      what: 'a README',
      text: '# My project\n\n## Install\n\nnpm install',
      reason: 'title line has no page link and no brief sections found',
    },
  ])('$what', ({ text, reason }) => {
    expect(parseBrief(text, 'x.md')).toEqual({ ok: false, reason });
  });
});

describe('countBrief', () => {
  it('counts rows per table, list items and related briefs', () => {
    const parsed = expectOk(
      parseBrief(
        brief(
          '## Keywords',
          '* a',
          '* b',
          '## Themes',
          '* t',
          ...CONCERNS_HEADER,
          '| a | b | 1 |',
          '| c | d | 2 |',
          '## Closest',
          '* [x](y)',
        ),
        'a.md',
      ),
    );
    expect(countBrief(parsed)).toEqual({
      signals: 0,
      concerns: 2,
      behaviors: 0,
      technologies: 0,
      issues: 0,
      keywords: 2,
      themes: 1,
      related: 1,
    });
  });
});
