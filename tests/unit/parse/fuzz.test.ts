import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTRY_KIND_LABELS } from '../../../src/core/model/types';
import type { Brief, Entry, EntryKind, Signal } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { expectAccountedFor, expectOk, expectWellFormedResult } from './support/briefChecks';
import { olderBrief, paddedTable } from './support/paddedTables';

/** Fixed seeds: a failure here reproduces on every run. */
const RUNS = { numRuns: 300, seed: 20_250_511 };

// ---- arbitrary brief-like structures ------------------------------------------------------------

const SPECIAL_CHARACTERS = [
  '|',
  '\\',
  ' ',
  '-',
  ':',
  '*',
  '#',
  '[',
  ']',
  '(',
  ')',
  ',',
  '_',
  '€',
  '“',
  '”',
  'é',
  '日',
  '😀',
];
const character = fc.oneof(
  fc.constantFrom(...SPECIAL_CHARACTERS),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
/** Free text on one line ('grapheme' units are printable: no line breaks, no NUL), trimmed as the parser trims. */
const text = (maxLength: number) => fc.string({ unit: character, maxLength }).map((value) => value.trim());
/** Starts with a letter, so that no generated name reads as a heading, a bullet or an alignment cell. */
const labelled = (prefix: string, maxLength: number) =>
  text(maxLength).map((value) => `${prefix}${value}`.trim());
/** Two code points or more: a list of one-character items would be read as a spelled-out list. */
const listItem = labelled('k', 12).filter((value) => [...value].length >= 2);
const relevancy = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });

type Defect = 'none' | 'missing cells' | 'bad relevancy' | 'cut off' | 'empty';
const defect = fc.constantFrom<Defect>(
  'none',
  'none',
  'none',
  'missing cells',
  'bad relevancy',
  'cut off',
  'empty',
);

const signalRow = fc.record({
  name: labelled('S', 20),
  description: text(30),
  relevancy,
  change: text(20),
  tenYear: text(20),
  drivingForce: text(20),
  defect,
});
const entryRow = fc.record({ name: labelled('E', 20), description: text(30), relevancy, defect });

type GeneratedSignal = Signal & { defect: Defect };
type GeneratedEntry = Entry & { defect: Defect };

const entryTable = fc.record({
  withRelevancy: fc.boolean(),
  upperCaseHeader: fc.boolean(),
  rows: fc.array(entryRow, { maxLength: 5 }),
});

const generatedBrief = fc.record({
  id: fc.stringMatching(/^[0-9a-f]{12}$/),
  title: labelled('T', 40),
  year: fc.integer({ min: 1990, max: 2035 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  layoutB: fc.boolean(),
  keywords: fc.uniqueArray(listItem, { maxLength: 8 }),
  themes: fc.uniqueArray(listItem, { maxLength: 5 }),
  category: fc.option(labelled('c', 10), { nil: null }),
  type: fc.option(labelled('t', 10), { nil: null }),
  summary: labelled('S', 80),
  signals: fc.array(signalRow, { maxLength: 6 }),
  concerns: entryTable,
  behaviors: entryTable,
  technologies: entryTable,
  issues: entryTable,
  related: fc.uniqueArray(fc.stringMatching(/^[0-9a-f]{10}$/), { maxLength: 4 }),
  order: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
  lineEnding: fc.constantFrom('\n', '\r\n'),
});
type Generated = typeof generatedBrief extends fc.Arbitrary<infer T> ? T : never;

// ---- rendering to Markdown -----------------------------------------------------------------------

const escapeCell = (value: string) => value.replaceAll('|', '\\|');

function renderRow(cells: string[], rowDefect: Defect): string {
  if (rowDefect === 'empty') return `|${cells.map(() => '  ').join('|')}|`;
  const kept = rowDefect === 'missing cells' ? cells.slice(0, -1) : cells;
  const row = `| ${kept.map(escapeCell).join(' | ')} |`;
  return rowDefect === 'cut off' ? row.slice(0, -1).trimEnd() : row;
}

function relevancyCell(row: { relevancy: number | null; defect: Defect }): string {
  if (row.defect === 'bad relevancy') return 'high';
  return row.relevancy === null ? '' : String(row.relevancy);
}

/** A table without a relevancy column gets its bad relevancy as one cell too many. */
function strayRelevancy(row: { defect: Defect }): string[] {
  return row.defect === 'bad relevancy' ? ['high'] : [];
}

function renderSignals(brief: Generated): string[] {
  const header = brief.layoutB
    ? '| Signal | Change | 10y horizon | Driving force |'
    : '| name | description | change | 10-year | driving-force | relevancy |';
  const columns = brief.layoutB ? 4 : 6;
  const rows = brief.signals.map((row) =>
    renderRow(
      brief.layoutB
        ? [row.name, row.change, row.tenYear, row.drivingForce, ...strayRelevancy(row)]
        : [row.name, row.description, row.change, row.tenYear, row.drivingForce, relevancyCell(row)],
      row.defect,
    ),
  );
  return ['## Signals', '', header, `|${':---|'.repeat(columns)}`, ...rows];
}

function renderEntries(kind: EntryKind, table: Generated['concerns']): string[] {
  const names = table.withRelevancy ? ['name', 'description', 'relevancy'] : ['name', 'description'];
  const header = `| ${names.map((name) => (table.upperCaseHeader ? name.toUpperCase() : name)).join(' | ')} |`;
  const rows = table.rows.map((row) =>
    renderRow(
      table.withRelevancy
        ? [row.name, row.description, relevancyCell(row)]
        : [row.name, row.description, ...strayRelevancy(row)],
      row.defect,
    ),
  );
  return [`## ${ENTRY_KIND_LABELS[kind]}`, '', header, `|${'---|'.repeat(names.length)}`, ...rows];
}

function pageOf(brief: Generated): { page: string; date: string } {
  const [year, month, day] = [brief.year, brief.month, brief.day].map((part) =>
    String(part).padStart(2, '0'),
  );
  return { page: `${year}${month}${day}`, date: `${year}-${month}-${day}` };
}

function render(brief: Generated): string {
  const { page } = pageOf(brief);
  const pageLink = `[${page}](https://example.org/p/${page})`;
  const titleLine = brief.layoutB
    ? `# __${brief.title}__, from (${pageLink}.)`
    : `# __${brief.title}__, (from page ${pageLink}.)`;
  const other = [
    ...(brief.category === null ? [] : [`* Category: ${brief.category}`]),
    ...(brief.type === null ? [] : [`* Type: ${brief.type}`]),
  ];
  const sections = [
    ['## Keywords', '', ...brief.keywords.map((keyword) => `* ${keyword}`)],
    ['## Themes', '', ...brief.themes.map((theme) => `* ${theme}`)],
    ['## Other', '', ...other],
    ['## Summary', '', brief.summary],
    renderSignals(brief),
    renderEntries('concerns', brief.concerns),
    renderEntries('behaviors', brief.behaviors),
    renderEntries('technologies', brief.technologies),
    renderEntries('issues', brief.issues),
    ['## Closest', '', ...brief.related.map((id) => `* [Title of ${id}](${id})`)],
  ];
  const ordered = sections
    .map((lines, index) => ({ lines, rank: brief.order[index] ?? 0 }))
    .sort((a, b) => a.rank - b.rank)
    .flatMap(({ lines }) => [...lines, '']);
  return [titleLine, '', `__[External link](https://news.example/${brief.id})__`, '', ...ordered].join(
    brief.lineEnding,
  );
}

// ---- what the parser must read back --------------------------------------------------------------

function expectedSignal(brief: Generated, row: GeneratedSignal): Signal {
  return {
    name: row.name,
    description: brief.layoutB ? '' : row.description,
    relevancy: brief.layoutB ? null : row.relevancy,
    change: row.change,
    tenYear: row.tenYear,
    drivingForce: row.drivingForce,
  };
}

function expectedEntry(table: Generated['concerns'], row: GeneratedEntry): Entry {
  return {
    name: row.name,
    description: row.description,
    relevancy: table.withRelevancy ? row.relevancy : null,
  };
}

function expectedBrief(brief: Generated): Omit<Brief, 'warnings'> {
  const { page, date } = pageOf(brief);
  const entries = (table: Generated['concerns']) => table.rows.map((row) => expectedEntry(table, row));
  return {
    id: brief.id,
    file: `${brief.id}.md`,
    title: brief.title,
    page,
    date,
    pageUrl: `https://example.org/p/${page}`,
    url: `https://news.example/${brief.id}`,
    keywords: brief.keywords,
    themes: brief.themes,
    category: brief.category,
    type: brief.type,
    summary: brief.summary,
    signals: brief.signals.map((row) => expectedSignal(brief, row)),
    concerns: entries(brief.concerns),
    behaviors: entries(brief.behaviors),
    technologies: entries(brief.technologies),
    issues: entries(brief.issues),
    related: brief.related.map((id) => ({ id, title: `Title of ${id}` })),
    topics: [],
  };
}

const withoutDefects = (brief: Generated): Generated => {
  const clean = <T extends { defect: Defect }>(rows: T[]) =>
    rows.map((row) => ({ ...row, defect: 'none' as const }));
  const cleanTable = (table: Generated['concerns']) => ({ ...table, rows: clean(table.rows) });
  return {
    ...brief,
    signals: clean(brief.signals),
    concerns: cleanTable(brief.concerns),
    behaviors: cleanTable(brief.behaviors),
    technologies: cleanTable(brief.technologies),
    issues: cleanTable(brief.issues),
  };
};

// ---- properties ----------------------------------------------------------------------------------

// generous limits: the runs are many, and CI machines are slow; no test asserts on time
describe('parseBrief under property-based fuzzing', { timeout: 60_000 }, () => {
  it('returns a well-formed result for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        expectWellFormedResult(parseBrief(input, 'any.md'));
      }),
      RUNS,
    );
  });

  it('accounts for the rows of any soup of brief-like lines', () => {
    const fragment = fc.oneof(
      fc.constantFrom(
        '# __T__, (from page [20250101](https://e.org/p).)',
        '# __T__, from ([2025',
        '## Signals',
        '## Concerns',
        '## Keywords',
        '## Closest',
        '## Other',
        '| name | description | relevancy |',
        '| Signal | Change | 10y horizon | Driving force |',
        '|:---|---:|',
        '| a | b | 4 |',
        '| a \\| b |',
        '|',
        '* ',
        '*  ',
        '* x',
        '* [t](id)',
        '* Category: c',
        '\uFEFF',
      ),
      text(30),
    );
    const soup = fc.tuple(fc.array(fragment, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'));
    fc.assert(
      fc.property(soup, ([lines, lineEnding]) => {
        const input = lines.join(lineEnding);
        expectAccountedFor(input, parseBrief(input, 'soup.md'));
      }),
      RUNS,
    );
  });

  it('reads a generated well-formed brief back exactly, without warnings', () => {
    fc.assert(
      fc.property(generatedBrief.map(withoutDefects), (generated) => {
        const brief = expectOk(parseBrief(render(generated), `${generated.id}.md`));
        expect(brief).toEqual({ ...expectedBrief(generated), warnings: [] });
      }),
      RUNS,
    );
  });

  it('puts every generated table row in the brief or names it in a warning', () => {
    fc.assert(
      fc.property(generatedBrief, (generated) => {
        const brief = expectOk(parseBrief(render(generated), `${generated.id}.md`));
        const expected = expectedBrief(generated);
        const tables: [EntryKind, { defect: Defect }[]][] = [
          ['signals', generated.signals],
          ['concerns', generated.concerns.rows],
          ['behaviors', generated.behaviors.rows],
          ['technologies', generated.technologies.rows],
          ['issues', generated.issues.rows],
        ];
        for (const [kind, rows] of tables) {
          rows.forEach((row, index) => {
            if (row.defect === 'none') {
              expect(brief[kind]).toContainEqual(expected[kind][index]);
            } else {
              const where = `${ENTRY_KIND_LABELS[kind]} row ${index + 1}`;
              expect(
                brief.warnings.some((warning) => warning.includes(where)),
                where,
              ).toBe(true);
            }
          });
          expect(brief[kind].length).toBe(rows.filter((row) => row.defect !== 'empty').length);
        }
      }),
      RUNS,
    );
  });
});

// ---- wrapped tables ------------------------------------------------------------------------------

/** A table layout: its section, header, and the column every row fills (see wrappedRows.ts). */
interface TableLayout {
  kind: EntryKind;
  header: string[];
  filledColumn: number;
}

const TABLE_LAYOUTS: TableLayout[] = [
  { kind: 'signals', header: ['Signal', 'Change', '10y horizon', 'Driving force'], filledColumn: 3 },
  {
    kind: 'signals',
    header: ['name', 'description', 'change', '10-year', 'driving-force', 'relevancy'],
    filledColumn: 5,
  },
  { kind: 'concerns', header: ['name', 'description', 'relevancy'], filledColumn: 2 },
  { kind: 'issues', header: ['name', 'description'], filledColumn: 1 },
];
const FIELD_OF_HEADER: Record<string, keyof Signal> = {
  Signal: 'name',
  name: 'name',
  description: 'description',
  Change: 'change',
  change: 'change',
  '10y horizon': 'tenYear',
  '10-year': 'tenYear',
  'Driving force': 'drivingForce',
  'driving-force': 'drivingForce',
  relevancy: 'relevancy',
};

const lowerWord = fc.stringMatching(/^[a-zéçœ]{1,8}$/);
const capitalWord = fc.stringMatching(/^[A-ZÉ][a-z]{0,7}$/);
const anyWord = fc.oneof(
  lowerWord,
  capitalWord,
  fc.stringMatching(/^[0-9]{1,4}$/),
  fc.constantFrom('€', '日本', '😀x', '–', '(EU)'),
);
const words = (word: fc.Arbitrary<string>, maxLength: number) =>
  fc.array(word, { maxLength }).map((parts) => parts.join(' '));
const relevancyFigure = fc.integer({ min: 1, max: 5 }).map(String);

function expectedRow(layout: TableLayout, cells: readonly string[]): Signal | Entry {
  const row: Signal = {
    name: '',
    description: '',
    relevancy: null,
    change: '',
    tenYear: '',
    drivingForce: '',
  };
  layout.header.forEach((header, column) => {
    const field = FIELD_OF_HEADER[header];
    const cell = cells[column] ?? '';
    if (field === 'relevancy') row.relevancy = cell === '' ? null : Number(cell);
    else if (field !== undefined) row[field] = cell;
  });
  if (layout.kind === 'signals') return row;
  return { name: row.name, description: row.description, relevancy: row.relevancy };
}

function briefWithTable(layout: TableLayout, tableLines: string[]): string {
  return olderBrief(`## ${ENTRY_KIND_LABELS[layout.kind]}`, '', ...tableLines);
}

/** A cell in a column other than the first and the filled one: anything, empty included. */
function freeCell(layout: TableLayout, column: number): fc.Arbitrary<string> {
  return layout.header[column] === 'relevancy'
    ? fc.oneof(fc.constant(''), relevancyFigure)
    : words(anyWord, 4);
}

/** A row that starts a row: a name starting with a capital or a figure, or a filled column that does. */
const startingRow = (layout: TableLayout): fc.Arbitrary<string[]> => {
  const startsWithCapital =
    layout.header[layout.filledColumn] === 'relevancy'
      ? relevancyFigure
      : fc
          .tuple(fc.oneof(capitalWord, fc.stringMatching(/^[0-9]{1,4}$/)), words(anyWord, 3))
          .map((parts) => parts.join(' ').trim());
  const cells = layout.header.map((_, column) => freeCell(layout, column));
  return fc.tuple(fc.boolean(), startsWithCapital, fc.tuple(...cells)).map(([byName, start, free]) => {
    const row = [...free];
    if (byName) {
      row[0] = start;
    } else {
      row[layout.filledColumn] = start;
      row[0] = row[0] === '' ? '' : `x${row[0]}`;
    }
    return row;
  });
};

/** Any row, continuation-looking ones included (blank or lower-case name, blank filled column). */
const anyRow = (layout: TableLayout): fc.Arbitrary<string[]> =>
  fc
    .tuple(
      fc.oneof(fc.constant(''), words(lowerWord, 3), words(anyWord, 3)),
      fc.tuple(...layout.header.slice(1).map((_, index) => freeCell(layout, index + 1))),
    )
    .map(([name, rest]) => [name, ...rest]);

function pipeColumns(line: string): number[] {
  return [...line].flatMap((character, column) => (character === '|' ? [column] : []));
}

const layout = fc.constantFrom(...TABLE_LAYOUTS);

describe('wrapped tables under property-based fuzzing', { timeout: 60_000 }, () => {
  it('never joins a row of a padded table whose every line starts a row', () => {
    const table = layout.chain((chosen) =>
      fc.record({
        layout: fc.constant(chosen),
        rows: fc.array(startingRow(chosen), { minLength: 1, maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(table, ({ layout: chosen, rows }) => {
        const text = briefWithTable(chosen, paddedTable(chosen.header, rows));
        const brief = expectOk(parseBrief(text, 'padded.md'));
        expect(brief[chosen.kind]).toEqual(rows.map((row) => expectedRow(chosen, row)));
        expect(brief.warnings.filter((warning) => warning.includes('joined'))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never joins a row of a table whose lines are not padded alike, however its rows look', () => {
    const table = layout.chain((chosen) =>
      fc.record({
        layout: fc.constant(chosen),
        rows: fc.array(anyRow(chosen), { minLength: 1, maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(table, ({ layout: chosen, rows }) => {
        const lines = rows
          .filter((row) => row.some((cell) => cell !== ''))
          .map((row) => `| ${row.join(' | ')} |`);
        fc.pre(
          lines.every(
            (line, index) =>
              index === 0 || `${pipeColumns(line)}` !== `${pipeColumns(lines[index - 1] ?? '')}`,
          ),
        );
        const header = [`| ${chosen.header.join(' | ')} |`, `|${'---|'.repeat(chosen.header.length)}`];
        const brief = expectOk(parseBrief(briefWithTable(chosen, [...header, ...lines]), 'plain.md'));
        expect(brief[chosen.kind]).toHaveLength(lines.length);
        expect(brief.warnings.filter((warning) => warning.includes('joined'))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('reads a wrapped table back as the rows it was wrapped from', () => {
    const logicalRow = (chosen: TableLayout) =>
      fc.tuple(
        ...chosen.header.map((header, column) => {
          if (header === 'relevancy') return relevancyFigure.map((figure) => [figure]);
          if (column === 0 || column === chosen.filledColumn)
            return fc
              .tuple(capitalWord, fc.array(lowerWord, { maxLength: 6 }))
              .map(([first, rest]) => [first, ...rest]);
          return fc.array(anyWord, { maxLength: 6 });
        }),
      );
    const table = layout.chain((chosen) =>
      fc.record({
        layout: fc.constant(chosen),
        rows: fc.array(logicalRow(chosen), { minLength: 1, maxLength: 5 }),
        widths: fc.array(fc.integer({ min: 8, max: 24 }), { minLength: 6, maxLength: 6 }),
      }),
    );
    fc.assert(
      fc.property(table, ({ layout: chosen, rows, widths }) => {
        const lines = rows.flatMap((row) => {
          const chunks = row.map((cellWords, column) => wrapWords(cellWords, widths[column] ?? 8));
          const height = Math.max(...chunks.map((cell) => cell.length));
          return Array.from({ length: height }, (_, line) => chunks.map((cell) => cell[line] ?? ''));
        });
        const text = briefWithTable(chosen, paddedTable(chosen.header, lines));
        const brief = expectOk(parseBrief(text, 'wrapped.md'));
        const expected = rows.map((row) =>
          expectedRow(
            chosen,
            row.map((cellWords) => cellWords.join(' ')),
          ),
        );
        expect(brief[chosen.kind]).toEqual(expected);
        const label = ENTRY_KIND_LABELS[chosen.kind];
        const rowsWord = rows.length === 1 ? 'row' : 'rows';
        expect(brief.warnings).toEqual(
          lines.length > rows.length
            ? [`${label}: ${lines.length} lines joined into ${rows.length} ${rowsWord} (wrapped cells)`]
            : [],
        );
      }),
      RUNS,
    );
  });
});

/** Words filled greedily into lines of at most `width` code points (a longer word gets a line of its own). */
function wrapWords(cellWords: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const word of cellWords) {
    const last = lines.at(-1);
    if (last !== undefined && [...last].length + 1 + [...word].length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
