import { expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../../src/core/model/types';
import type { EntryKind, RelatedBrief } from '../../../src/core/model/types';
import { countBrief } from '../../../src/core/parse/countBrief';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { expectOk, expectWellFormedResult } from './support/briefChecks';
import { describeWithCorpus, readCorpus, type CorpusFile } from '../../support/corpus';
import { bulletsOf, countListItems, countTableRows, linesOf, rawLines } from './support/rawCounts';

/** Fixed, so that the future-date warning does not depend on the day the tests run. */
const TODAY = '2026-12-31';

const corpus = readCorpus();
const parsed = corpus.map((entry) => ({
  ...entry,
  brief: expectOk(parseBrief(entry.text, entry.file, { today: TODAY })),
}));

/**
 * The Closest links written in the raw text: `* [title](id)`, self-links and repeats removed (a
 * repeat keeps the first link's title).
 */
function rawRelated({ text, id }: CorpusFile): { related: RelatedBrief[]; selfLinks: number } {
  const links = bulletsOf(text, 'closest').flatMap((bullet) => {
    const match = /^\[(.*)\]\(([^)]*)\)$/.exec(bullet.trim());
    return match === null ? [] : [{ id: match[2]!, title: match[1]!.trim() }];
  });
  const related = new Map<string, RelatedBrief>();
  for (const link of links) if (link.id !== id && !related.has(link.id)) related.set(link.id, link);
  return { related: [...related.values()], selfLinks: links.filter((link) => link.id === id).length };
}

function tableLinesOf(text: string, kind: EntryKind): string[] {
  return linesOf(text, kind).filter((line) => line.startsWith('|'));
}

function rawCells(line: string): string[] {
  return line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

/** Facts read straight off the raw text with plain string operations. */
function rawFacts({ text }: CorpusFile) {
  const [firstLine = ''] = rawLines(text);
  const pageWritten = firstLine.slice(firstLine.indexOf('[') + 1, firstLine.indexOf(']('));
  const urlStart = firstLine.indexOf('](') + 2;
  const linkLine = rawLines(text).find((line) => line.startsWith('__[External link](')) ?? '';
  const dateDigits = /^(\d{4})(\d{2})(\d{2})/.exec(pageWritten.trim());
  const other = (key: string) =>
    bulletsOf(text, 'other')
      .find((bullet) => bullet.startsWith(`${key}: `))
      ?.slice(key.length + 2)
      .trim() ?? null;
  return {
    title: firstLine.split('__')[1],
    pageWritten,
    page: pageWritten.trim(),
    date: dateDigits ? `${dateDigits[1]}-${dateDigits[2]}-${dateDigits[3]}` : null,
    // spaces inside a link's parentheses are not part of it (one real page URL ends in one)
    pageUrl: firstLine.slice(urlStart, firstLine.indexOf(')', urlStart)).trim(),
    url: linkLine.slice(linkLine.indexOf('](') + 2, linkLine.lastIndexOf(')')),
    category: other('Category'),
    type: other('Type'),
    summary: linesOf(text, 'summary')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' '),
  };
}

/** The warnings a real file must carry, each as a fragment, worked out from its raw text. */
function expectedWarningFragments(entry: CorpusFile): string[] {
  const facts = rawFacts(entry);
  const fragments: string[] = [];
  if (facts.pageWritten !== facts.page)
    fragments.push(`page id "${facts.pageWritten}" has surrounding spaces`);
  if (facts.date === null) fragments.push(`page id "${facts.page}" is not a date`);
  else if (facts.page.length > 8)
    fragments.push(`page id "${facts.page}" is not a plain date; date read as ${facts.date}`);
  if (facts.date !== null && facts.date > TODAY) fragments.push(`date ${facts.date} is in the future`);
  for (const [section, label] of [
    ['keywords', 'Keywords'],
    ['themes', 'Themes'],
  ]) {
    const bullets = bulletsOf(entry.text, section!);
    if (bullets.length > 2 && bullets.every((bullet) => bullet.length <= 1))
      fragments.push(`${label}: rejoined`);
  }
  if (bulletsOf(entry.text, 'closest').some((bullet) => bullet.trim() === '')) {
    fragments.push('empty bullet in Closest dropped');
  }
  const { selfLinks } = rawRelated(entry);
  if (selfLinks > 0) fragments.push(`Closest: removed ${selfLinks} link`);
  return fragments;
}

describeWithCorpus('parseBrief on the real corpus', () => {
  it('reads all 55 real briefs, with unique ids and well-formed values', () => {
    expect(corpus).toHaveLength(55);
    const ids = parsed.map(({ brief }) => brief.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of parsed) expectWellFormedResult({ ok: true, value: entry.brief });
  });

  it.each(parsed)('$file: rows and list items match a line count of the raw text', (entry) => {
    const { brief, text } = entry;
    const counts = countBrief(brief);
    for (const kind of ENTRY_KINDS) expect(counts[kind], kind).toBe(countTableRows(text, kind));
    expect(counts.keywords).toBe(countListItems(text, 'keywords'));
    expect(counts.themes).toBe(countListItems(text, 'themes'));
    expect(brief.related).toEqual(rawRelated(entry).related);
  });

  it.each(parsed)('$file: header, links, Other and Summary match the raw text', (entry) => {
    const facts = rawFacts(entry);
    expect(entry.brief).toMatchObject({
      id: entry.id,
      file: entry.file,
      title: facts.title,
      page: facts.page,
      date: facts.date !== null && /^\d{8}/.test(facts.page) ? facts.date : null,
      pageUrl: facts.pageUrl,
      url: facts.url,
      category: facts.category,
      type: facts.type,
      summary: facts.summary,
    });
  });

  it.each(parsed)('$file: table cells land in the right fields', ({ brief, text }) => {
    for (const kind of ENTRY_KINDS) {
      const [header = '', , ...dataLines] = tableLinesOf(text, kind);
      const headerCells = rawCells(header).map((cell) => cell.toLowerCase());
      const rows = brief[kind];
      expect(rows.map((row) => row.name)).toEqual(dataLines.map((line) => rawCells(line)[0]));
      const relevancyColumn = headerCells.indexOf('relevancy');
      const expectedRelevancies = dataLines.map((line) =>
        relevancyColumn === -1 ? null : Number(rawCells(line)[relevancyColumn]),
      );
      expect(rows.map((row) => row.relevancy)).toEqual(expectedRelevancies);
      const descriptionColumn = headerCells.indexOf('description');
      expect(rows.map((row) => row.description)).toEqual(
        dataLines.map((line) => (descriptionColumn === -1 ? '' : rawCells(line)[descriptionColumn])),
      );
    }
    const signalHeader = rawCells(tableLinesOf(text, 'signals')[0] ?? '').map((cell) => cell.toLowerCase());
    const driving = signalHeader.findIndex((cell) => cell.startsWith('driving'));
    expect(brief.signals.map((signal) => signal.drivingForce)).toEqual(
      tableLinesOf(text, 'signals')
        .slice(2)
        .map((line) => rawCells(line)[driving]),
    );
  });

  it.each(parsed)('$file: warns about exactly the quirks its raw text shows', (entry) => {
    const fragments = expectedWarningFragments(entry);
    for (const fragment of fragments) {
      expect(
        entry.brief.warnings.some((warning) => warning.includes(fragment)),
        fragment,
      ).toBe(true);
    }
    expect(entry.brief.warnings).toHaveLength(fragments.length);
  });

  it('meets every quirk the data format lists somewhere in the corpus', () => {
    const allWarnings = parsed.flatMap(({ brief }) => brief.warnings).join('\n');
    for (const fragment of [
      'is not a plain date',
      'is not a date',
      'has surrounding spaces',
      'is in the future',
      'one-character bullets',
      'to the brief itself',
      'empty bullet',
    ]) {
      expect(allWarnings).toContain(fragment);
    }
    expect(parsed.some(({ brief }) => brief.signals.some((signal) => signal.relevancy === null))).toBe(true);
  });
});
