import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS, ENTRY_KIND_LABELS } from '../../../src/core/model/types';
import type { Brief, EntryKind, Result } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { expectAccountedFor, expectOk } from './support/briefChecks';
import { olderBrief, paddedSignals, WRAPPED_NEWER_LAYOUT } from './support/paddedTables';
import { randomInt, seededRandom } from './support/random';
import { corpusAvailable, describeWithCorpus, readCorpus } from '../../support/corpus';

/**
 * Real briefs damaged in many ways, deterministically (seeded). Whatever the damage, parseBrief
 * must return, and a brief it returns must account for what it read.
 */

type Random = () => number;

interface Mutant {
  name: string;
  text: string;
  /** Checks beyond the invariants every mutant must meet. */
  check?: (mutant: Result<Brief>, original: Brief) => void;
}

const HUGE_CELL = `${'Ω'.repeat(50_000)}${'x'.repeat(50_000)}`;
const INSERTED_CHARACTERS = [
  '\u0000',
  '\r',
  '\n',
  '|',
  '#',
  '*',
  ' ',
  '\\',
  '[',
  ')',
  '\uD800',
  '\uFFFD',
  '€',
  '\t',
];

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[randomInt(random, items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function positionsOf(text: string, character: string): number[] {
  const positions: number[] = [];
  for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) {
    positions.push(index);
  }
  return positions;
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = randomInt(random, index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** Index ranges [start, end) of each `## ` section, heading included. */
function sectionRanges(lines: readonly string[]): { start: number; end: number; heading: string }[] {
  const starts = lines.flatMap((line, index) => (line.startsWith('## ') ? [index] : []));
  return starts.map((start, order) => ({
    start,
    end: starts[order + 1] ?? lines.length,
    heading: lines[start] ?? '',
  }));
}

/** Table data rows: pipe lines in a section after its first two (header and alignment). */
function dataRowIndexes(lines: readonly string[]): number[] {
  return sectionRanges(lines).flatMap(({ start, end }) => {
    const pipeLines: number[] = [];
    for (let index = start + 1; index < end; index++)
      if (lines[index]?.startsWith('|')) pipeLines.push(index);
    return pipeLines.slice(2);
  });
}

function labelOf(heading: string): string {
  return heading.slice(3).trim();
}

/** The row a cut went through (the last one read) against the original's row at its place. */
type CutRowCheck = (brief: Brief, kind: EntryKind, original: Brief) => void;

/** A brief cut short reads the original's rows up to the cut; `checkCutRow` judges the last one. */
function expectRowsPrefixOfOriginal(
  cutText: string,
  mutant: Result<Brief>,
  original: Brief,
  checkCutRow: CutRowCheck,
): void {
  if (!mutant.ok) {
    // only a cut inside the title line, before any section, loses the brief altogether
    expect(cutText.includes('\n## ')).toBe(false);
    return;
  }
  const brief = mutant.value;
  for (const kind of ENTRY_KINDS) {
    const rows = brief[kind];
    expect(rows.length).toBeLessThanOrEqual(original[kind].length);
    expect(rows.slice(0, -1)).toEqual(original[kind].slice(0, Math.max(0, rows.length - 1)));
    checkCutRow(brief, kind, original);
  }
}

/** One line per row: a row cut through reads differently only with a warning naming it. */
function expectCutRowNamed(brief: Brief, kind: EntryKind, original: Brief): void {
  const last = brief[kind].length - 1;
  if (last >= 0 && JSON.stringify(brief[kind][last]) !== JSON.stringify(original[kind][last])) {
    const where = `${ENTRY_KIND_LABELS[kind]} row ${last + 1}`;
    expect(
      brief.warnings.some((warning) => warning.includes(where)),
      where,
    ).toBe(true);
  }
}

/**
 * Wrapped rows: a row cut through may also have lost whole continuation lines, which no warning can
 * tell; each of its values is then the start of the original's. Any other difference is named.
 */
function expectCutRowStartOfOriginal(brief: Brief, kind: EntryKind, original: Brief): void {
  const last = brief[kind].at(-1);
  const whole = original[kind][brief[kind].length - 1];
  if (last === undefined || whole === undefined) return;
  const startsOfWhole = Object.entries(last).every(([field, value]) => {
    const wholeValue: unknown = whole[field as keyof typeof whole];
    return typeof value === 'string'
      ? String(wholeValue).startsWith(value)
      : value === null || value === wholeValue;
  });
  if (!startsOfWhole) expectCutRowNamed(brief, kind, original);
}

/** Any table that reads differently from the original is named in a warning the original lacks. */
function expectChangedTablesNamed(mutant: Result<Brief>, original: Brief): void {
  const brief = expectOk(mutant);
  const newWarnings = brief.warnings.filter((warning) => !original.warnings.includes(warning));
  for (const kind of ENTRY_KINDS) {
    if (JSON.stringify(brief[kind]) === JSON.stringify(original[kind])) continue;
    const label = ENTRY_KIND_LABELS[kind];
    expect(
      newWarnings.some((warning) => warning.includes(label)),
      label,
    ).toBe(true);
  }
}

interface MutationOptions {
  /** What the row a cut went through must read. */
  checkCutRow: CutRowCheck;
  /**
   * Whether a 100 KB cell goes into a table line, the rows staying as they were. Not in a wrapped
   * table: the cell shifts its line's pipes, and lines that no longer line up are rows of their own.
   */
  hugeCell: boolean;
}

const LINE_PER_ROW: MutationOptions = { checkCutRow: expectCutRowNamed, hugeCell: true };
const WRAPPED: MutationOptions = { checkCutRow: expectCutRowStartOfOriginal, hugeCell: false };

function mutantsOf(text: string, random: Random, options: MutationOptions): Mutant[] {
  const lines = text.split('\n');
  const mutants: Mutant[] = [];
  for (let cut = 0; cut < 3; cut++) {
    const offset = randomInt(random, text.length);
    const cutText = text.slice(0, offset);
    mutants.push({
      name: `cut at ${offset}`,
      text: cutText,
      check: (mutant, original) => expectRowsPrefixOfOriginal(cutText, mutant, original, options.checkCutRow),
    });
  }
  const pipes = positionsOf(text, '|');
  for (let deletion = 0; deletion < 2; deletion++) {
    const at = pick(random, pipes);
    mutants.push({
      name: `pipe at ${at} deleted`,
      text: text.slice(0, at) + text.slice(at + 1),
      check: expectChangedTablesNamed,
    });
  }
  mutants.push({ name: 'lines shuffled', text: shuffled(random, lines).join('\n') });
  for (let insertion = 0; insertion < 2; insertion++) {
    const at = randomInt(random, text.length + 1);
    const bytes = Array.from({ length: 1 + randomInt(random, 20) }, () =>
      random() < 0.5 ? pick(random, INSERTED_CHARACTERS) : String.fromCharCode(randomInt(random, 0x10000)),
    ).join('');
    mutants.push({
      name: `${bytes.length} random characters inserted at ${at}`,
      text: text.slice(0, at) + bytes + text.slice(at),
      check: (mutant) => {
        if (bytes.includes('\u0000'))
          expect(mutant).toEqual({ ok: false, reason: 'binary file (contains NUL bytes)' });
      },
    });
  }
  if (options.hugeCell) {
    const dataRows = dataRowIndexes(lines);
    const bigRow = pick(random, dataRows);
    mutants.push({
      name: `100 KB cell on line ${bigRow + 1}`,
      text: lines
        .map((line, index) => (index === bigRow ? line.replace('| ', `| ${HUGE_CELL}`) : line))
        .join('\n'),
      check: (mutant, original) => {
        const brief = expectOk(mutant);
        for (const kind of ENTRY_KINDS) expect(brief[kind].length).toBe(original[kind].length);
        expect(brief.warnings).toEqual(original.warnings);
        const names = ENTRY_KINDS.flatMap((kind) => brief[kind].map((row) => row.name));
        expect(names.filter((name) => name.startsWith(HUGE_CELL))).toHaveLength(1);
      },
    });
  }
  const section = pick(random, sectionRanges(lines));
  const copy = lines.slice(section.start, section.end);
  mutants.push({
    name: `section ${section.heading} duplicated`,
    text: [...lines, '', ...copy].join('\n'),
    check: (mutant, original) => {
      const brief = expectOk(mutant);
      expect(brief.warnings).toContain(`section "${section.heading}" appears 2 times; contents merged`);
      const kind = ENTRY_KINDS.find((candidate) => ENTRY_KIND_LABELS[candidate] === labelOf(section.heading));
      if (kind !== undefined) expect(brief[kind]).toEqual([...original[kind], ...original[kind]]);
      expect({ keywords: brief.keywords, themes: brief.themes, related: brief.related }).toEqual({
        keywords: original.keywords,
        themes: original.themes,
        related: original.related,
      });
    },
  });
  mutants.push({ name: 'newlines stripped', text: text.replaceAll('\n', '') });
  const firstRemoved = randomInt(random, lines.length);
  const removed = 1 + randomInt(random, 5);
  mutants.push({
    name: `lines ${firstRemoved + 1}-${firstRemoved + removed} deleted`,
    text: lines.filter((_, index) => index < firstRemoved || index >= firstRemoved + removed).join('\n'),
  });
  const unchanged = (mutant: Result<Brief>, original: Brief) => expect(expectOk(mutant)).toEqual(original);
  mutants.push({ name: 'CRLF line endings', text: text.replaceAll('\n', '\r\n'), check: unchanged });
  mutants.push({
    name: 'BOM and CR line endings',
    text: `\uFEFF${text.replaceAll('\n', '\r')}`,
    check: unchanged,
  });
  mutants.push({
    name: 'trailing spaces cut',
    text: lines.map((line) => line.trimEnd()).join('\n'),
    check: unchanged,
  });
  return mutants;
}

const random = seededRandom(20_250_511);
const cases = readCorpus().flatMap(({ file, text }) => {
  const original = expectOk(parseBrief(text, file));
  return mutantsOf(text, random, LINE_PER_ROW).map((mutant) => ({ ...mutant, file, original }));
});

describeWithCorpus('parseBrief on damaged real briefs', () => {
  it('has several hundred mutants', () => {
    expect(cases.length).toBeGreaterThan(500);
  });

  it.each(cases)('$file, $name', ({ file, text, check, original }) => {
    const result = parseBrief(text, file);
    expectAccountedFor(text, result);
    check?.(result, original);
  });
});

/** Wrapped briefs: two constructed ones, and the older real one known to wrap (when the corpus is there). */
const WRAPPED_BRIEFS = [
  {
    file: 'constructed-layout-b.md',
    text: olderBrief(
      ...paddedSignals([
        ['Cargo bikes replace vans', 'From diesel vans to', 'Quiet city centres', 'Cost of urban'],
        ['in old town centres', 'electric bikes', '', 'deliveries'],
        ['Parcel lockers at stations', 'More self-service', 'Fewer missed', 'Demand for'],
        ['', '', 'deliveries', 'convenience'],
        ['', '', '', ''],
        ['Night buses', 'Later service', 'Safer nights', 'Shift work'],
      ]),
      '',
      '## Closest',
      '',
      '* [Another brief](0123456789abcdef)',
    ),
  },
  {
    file: 'constructed-layout-a.md',
    text: olderBrief(...WRAPPED_NEWER_LAYOUT),
  },
  ...readCorpus('older').filter(({ id }) => id === 'c346127b59f55385f443e5e27e93bc78'),
];
const ROUNDS_PER_WRAPPED_BRIEF = 20;

const wrappedRandom = seededRandom(20_261_204);
const wrappedCases = WRAPPED_BRIEFS.flatMap(({ file, text }) => {
  const original = expectOk(parseBrief(text, file));
  return Array.from({ length: ROUNDS_PER_WRAPPED_BRIEF }, () => mutantsOf(text, wrappedRandom, WRAPPED))
    .flat()
    .map((mutant) => ({ ...mutant, file, original }));
});

describe('parseBrief on damaged wrapped briefs', () => {
  it('damages the constructed wrapped briefs and the older one, each of them wrapped to begin with', () => {
    expect(WRAPPED_BRIEFS).toHaveLength(corpusAvailable('older') ? 3 : 2);
    for (const { file, text } of WRAPPED_BRIEFS)
      expect(expectOk(parseBrief(text, file)).warnings.join('\n'), file).toContain('(wrapped cells)');
  });

  it.each(wrappedCases)('$file, $name', ({ file, text, check, original }) => {
    const result = parseBrief(text, file);
    expectAccountedFor(text, result);
    check?.(result, original);
  });
});
