/** Splits a brief's lines into its title line(s), the lines before the first section, and sections. */
import type { EntryKind } from '../model/types';
import { isBlank } from './text';

export type SectionKind = EntryKind | 'keywords' | 'themes' | 'other' | 'summary' | 'closest';

const SECTION_KINDS_BY_NAME = new Map<string, SectionKind>([
  ['keywords', 'keywords'],
  ['themes', 'themes'],
  ['other', 'other'],
  ['summary', 'summary'],
  ['closest', 'closest'],
  ['signals', 'signals'],
  ['concerns', 'concerns'],
  ['behaviors', 'behaviors'],
  ['behaviours', 'behaviors'],
  ['technologies', 'technologies'],
  ['issues', 'issues'],
]);

export interface NumberedLine {
  text: string;
  /** 1-based, as an editor shows it. */
  number: number;
}

export interface Section {
  /** The heading line as written, e.g. "## Signals". */
  heading: string;
  kind: SectionKind | null;
  /** The lines under the heading; a title line found among them is blanked out. */
  lines: string[];
  firstLineNumber: number;
}

export interface BriefDocument {
  /** Every `# ` line, wherever it stands: the first is the title, the others are extra. */
  titleLines: NumberedLine[];
  /** Non-blank lines before the first section, title lines excluded. */
  preamble: NumberedLine[];
  sections: Section[];
}

/** Splits `lines` (which it may blank in place: title lines inside sections become ""). */
export function splitDocument(lines: string[]): BriefDocument {
  const titleLines: NumberedLine[] = [];
  const preamble: NumberedLine[] = [];
  const headings: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] ?? '';
    const level = headingLevel(text);
    if (level === 1) {
      titleLines.push({ text: text.slice(1).trim(), number: index + 1 });
      lines[index] = '';
    } else if (level === 2) {
      headings.push(index);
    } else if (headings.length === 0 && !isBlank(text)) {
      preamble.push({ text, number: index + 1 });
    }
  }
  const sections = headings.map((headingIndex, order): Section => {
    const heading = (lines[headingIndex] ?? '').trim();
    return {
      heading,
      kind: sectionKindOf(heading),
      lines: lines.slice(headingIndex + 1, headings[order + 1] ?? lines.length),
      firstLineNumber: headingIndex + 2,
    };
  });
  return { titleLines, preamble, sections };
}

/** 1 for `# x`, 2 for `## x`, 0 for anything else (deeper headings are plain content here). */
function headingLevel(line: string): number {
  if (line.charCodeAt(0) !== 35 /* # */) return 0;
  const hashes = line.charCodeAt(1) === 35 ? 2 : 1;
  if (hashes === 2 && line.charCodeAt(2) === 35) return 0;
  const after = line.charAt(hashes);
  return after === '' || after === ' ' || after === '\t' ? hashes : 0;
}

function sectionKindOf(heading: string): SectionKind | null {
  let name = heading.slice(2).trim().toLowerCase();
  if (name.endsWith(':')) name = name.slice(0, -1).trimEnd();
  return SECTION_KINDS_BY_NAME.get(name) ?? null;
}
