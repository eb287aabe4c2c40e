import type { Brief, Result } from '../model/types';
import { splitDocument } from './document';
import type { BriefDocument, Section, SectionKind } from './document';
import { keepHttpUrl, readExternalLinkLine, readPageDate, readTitleLine } from './headerLine';
import type { TitleLine } from './headerLine';
import { readClosest, readItemList, readOther } from './lists';
import { readSummary } from './summary';
import { readEntries, readSignals } from './tables';
import { baseName, countOf, describeLines, isBlank, quote, splitLines } from './text';

export interface ParseOptions {
  /** ISO yyyy-mm-dd; when given, a brief dated after it is flagged. Never read from the clock. */
  today?: string;
}

/**
 * Parses one brief's text. `file` is the path as read, relative to the ingest root;
 * the brief id is its base name without extension. Never throws: whatever was repaired
 * or left out is named in the brief's `warnings`, and a file that is no brief is rejected
 * with the reason.
 */
export function parseBrief(text: string, file: string, options: ParseOptions = {}): Result<Brief> {
  if (text.includes('\0')) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (isBlank(body)) return { ok: false, reason: 'empty file' };

  const id = idOfFile(file);
  const document = splitDocument(splitLines(body));
  const warnings: string[] = [];
  const header = readHeader(document, id, options, warnings);
  const sectionsByKind = groupSections(document.sections, warnings);
  if (!header.hasPageLink && sectionsByKind.size === 0) {
    const reason =
      document.titleLines.length === 0
        ? 'no brief title line (# ...) and no brief sections found'
        : 'title line has no page link and no brief sections found';
    return { ok: false, reason };
  }

  const sectionsOf = (kind: SectionKind): Section[] => sectionsByKind.get(kind) ?? [];
  const keywords = readItemList('Keywords', 'keyword', sectionsOf('keywords'), warnings);
  const themes = readItemList('Themes', 'theme', sectionsOf('themes'), warnings);
  const other = readOther(sectionsOf('other'), warnings);
  const brief: Brief = {
    id,
    file,
    title: header.title,
    page: header.page,
    date: header.date,
    pageUrl: header.pageUrl,
    url: header.url,
    keywords,
    themes,
    category: other.category,
    type: other.type,
    summary: readSummary(sectionsOf('summary')),
    signals: readSignals(sectionsOf('signals'), warnings),
    concerns: readEntries('concerns', sectionsOf('concerns'), warnings),
    behaviors: readEntries('behaviors', sectionsOf('behaviors'), warnings),
    technologies: readEntries('technologies', sectionsOf('technologies'), warnings),
    issues: readEntries('issues', sectionsOf('issues'), warnings),
    related: readClosest(sectionsOf('closest'), id, warnings),
    topics: [],
    warnings,
  };
  return { ok: true, value: brief };
}

/** "sub/abc.md" gives "abc". */
function idOfFile(file: string): string {
  const base = baseName(file);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

interface Header extends TitleLine {
  date: string | null;
  url: string | null;
}

/** The title line (wherever it stands) and the external link line above the first section. */
function readHeader(document: BriefDocument, id: string, options: ParseOptions, warnings: string[]): Header {
  const [titleLine, ...extraTitleLines] = document.titleLines;
  const titled: TitleLine = titleLine
    ? readTitleLine(titleLine.text, warnings)
    : { title: '', page: null, pageUrl: null, hasPageLink: false };
  if (titled.title === '') {
    warnings.push(`${titleLine ? 'title is empty' : 'no title line'}; title taken from the file name`);
  }
  const date = titled.page === null ? null : readPageDate(titled.page, warnings);
  if (date !== null && options.today !== undefined && date > options.today) {
    warnings.push(`date ${date} is in the future`);
  }
  for (const extra of extraTitleLines) {
    warnings.push(`extra title line ${quote(`# ${extra.text}`)} on line ${extra.number} ignored`);
  }
  let url: string | null = null;
  let urlFound = false;
  const strayLines: number[] = [];
  for (const line of document.preamble) {
    const target = urlFound ? null : readExternalLinkLine(line.text);
    if (target !== null) {
      url = keepHttpUrl(target, 'external link', warnings);
      urlFound = true;
    } else {
      strayLines.push(line.number);
    }
  }
  if (strayLines.length > 0)
    warnings.push(`text before the first section ignored (${describeLines(strayLines)})`);
  return { ...titled, title: titled.title === '' ? id : titled.title, date, url };
}

/** Known sections by kind, in order of first appearance; unknown ones are named and skipped. */
function groupSections(sections: readonly Section[], warnings: string[]): Map<SectionKind, Section[]> {
  const byKind = new Map<SectionKind, Section[]>();
  for (const section of sections) {
    if (section.kind === null) {
      const lines = section.lines.filter((line) => !isBlank(line)).length;
      warnings.push(`unknown section ${quote(section.heading)} ignored (${countOf(lines, 'line')})`);
      continue;
    }
    const occurrences = byKind.get(section.kind);
    if (occurrences) occurrences.push(section);
    else byKind.set(section.kind, [section]);
  }
  for (const occurrences of byKind.values()) {
    const [first] = occurrences;
    if (first && occurrences.length > 1) {
      warnings.push(`section ${quote(first.heading)} appears ${occurrences.length} times; contents merged`);
    }
  }
  return byKind;
}
