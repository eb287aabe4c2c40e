import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTRY_KIND_LABELS } from '../../../src/core/model/types';
import type { Brief, Entry, EntryKind, Signal } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { expectAccountedFor, expectOk, expectWellFormedResult } from './support/briefChecks';

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
