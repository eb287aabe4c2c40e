/** The bullet-list sections: Keywords, Themes, Other and Closest. */
import type { RelatedBrief } from '../model/types';
import type { Section } from './document';
import {
  baseName,
  countOf,
  describeLines,
  isBlank,
  isSingleCharacter,
  listSome,
  quote,
  readWholeLink,
} from './text';

/** The text after a `* `, `- ` or `+ ` marker (an empty bullet gives ""), or null for other lines. */
function bulletText(line: string): string | null {
  let start = 0;
  while (line.charCodeAt(start) === 32) start++;
  const marker = line.charAt(start);
  if (marker !== '*' && marker !== '-' && marker !== '+') return null;
  const after = line.charAt(start + 1);
  if (after === '') return '';
  return after === ' ' || after === '\t' ? line.slice(start + 2) : null;
}

/**
 * The bullet texts (after the marker and its space, untrimmed: `*  ` holds the one character " ")
 * of each occurrence of one section; other non-blank lines are named in a warning.
 */
function collectBullets(label: string, sections: readonly Section[], warnings: string[]): string[][] {
  const strayLines: number[] = [];
  const bulletsBySection = sections.map((section) => {
    const bullets: string[] = [];
    section.lines.forEach((line, index) => {
      const text = bulletText(line);
      if (text !== null) bullets.push(text);
      else if (!isBlank(line)) strayLines.push(section.firstLineNumber + index);
    });
    return bullets;
  });
  if (strayLines.length > 0) {
    const what = strayLines.length === 1 ? 'is not a bullet' : 'are not bullets';
    warnings.push(`${label}: ${describeLines(strayLines)} ${what}; ignored`);
  }
  return bulletsBySection;
}

function warnEmptyBullets(label: string, count: number, warnings: string[]): void {
  if (count > 0)
    warnings.push(`${count === 1 ? 'empty bullet' : `${count} empty bullets`} in ${label} dropped`);
}

/** Some briefs spell their list one character per bullet; fewer than this many is taken literally. */
const MIN_SPELLED_BULLETS = 3;

/**
 * A list is spelled when every bullet holds at most one character. An empty bullet in it stands for
 * a space whose trailing whitespace an editor trimmed (`*  ` became `*`).
 */
function isSpelledList(bullets: readonly string[]): boolean {
  let characters = 0;
  for (const text of bullets) {
    if (isSingleCharacter(text)) characters++;
    else if (text !== '') return false;
  }
  return characters >= MIN_SPELLED_BULLETS;
}

/**
 * Keywords or Themes. A spelled list (see isSpelledList) is a comma-separated list, and is rejoined
 * (each occurrence of the section on its own).
 * Duplicates are dropped (each named) so that facet counts stay honest.
 */
export function readItemList(
  label: string,
  noun: string,
  sections: readonly Section[],
  warnings: string[],
): string[] {
  const candidates = collectBullets(label, sections, warnings).flatMap((bullets) => {
    if (!isSpelledList(bullets)) return bullets.map((bullet) => bullet.trim());
    const rejoined = bullets
      .map((bullet) => bullet || ' ')
      .join('')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    warnings.push(
      `${label}: rejoined ${bullets.length} one-character bullets into ${countOf(rejoined.length, noun)}`,
    );
    return rejoined;
  });
  warnEmptyBullets(label, candidates.filter((item) => item === '').length, warnings);
  const items = new Set<string>();
  const duplicates: string[] = [];
  for (const item of candidates) {
    if (item === '') continue;
    if (items.has(item)) duplicates.push(item);
    else items.add(item);
  }
  const [firstDuplicate, ...moreDuplicates] = duplicates;
  if (firstDuplicate !== undefined) {
    warnings.push(
      moreDuplicates.length === 0
        ? `${label}: duplicate ${noun} ${quote(firstDuplicate)} dropped`
        : `${label}: ${countOf(duplicates.length, `duplicate ${noun}`)} dropped (${listSome(duplicates.map(quote))})`,
    );
  }
  return [...items];
}

const OTHER_KEYS = { category: 'Category', type: 'Type' } as const;
type OtherKey = keyof typeof OTHER_KEYS;

/** The Other section: `* Category: x` and `* Type: y`. The first of each wins. */
export function readOther(
  sections: readonly Section[],
  warnings: string[],
): { category: string | null; type: string | null } {
  const values: Record<OtherKey, string | null> = { category: null, type: null };
  let emptyBullets = 0;
  for (const bullet of collectBullets('Other', sections, warnings).flat()) {
    const text = bullet.trim();
    if (text === '') {
      emptyBullets++;
      continue;
    }
    const colon = text.indexOf(':');
    const key = colon === -1 ? '' : text.slice(0, colon).trim().toLowerCase();
    if (key !== 'category' && key !== 'type') {
      warnings.push(`Other: item ${quote(text)} is not a Category or Type; ignored`);
      continue;
    }
    const value = text.slice(colon + 1).trim();
    const name = OTHER_KEYS[key];
    if (value === '') warnings.push(`Other: ${name} is empty; left empty`);
    else if (values[key] !== null) warnings.push(`Other: second ${name} ${quote(value)} ignored`);
    else values[key] = value;
  }
  warnEmptyBullets('Other', emptyBullets, warnings);
  return values;
}

/**
 * The Closest section: `* [title](id)` links to related briefs, without duplicates or self-links;
 * each keeps its link text as the related brief's title (the first link's, for a duplicate).
 */
export function readClosest(
  sections: readonly Section[],
  selfId: string,
  warnings: string[],
): RelatedBrief[] {
  const related: RelatedBrief[] = [];
  const seen = new Set<string>();
  let emptyBullets = 0;
  let selfLinks = 0;
  let duplicates = 0;
  for (const bullet of collectBullets('Closest', sections, warnings).flat()) {
    const text = bullet.trim();
    if (text === '') {
      emptyBullets++;
      continue;
    }
    const link = readWholeLink(text);
    if (link === null) {
      warnings.push(`Closest: item ${quote(text)} is not a [title](id) link; ignored`);
      continue;
    }
    const id = briefIdOfTarget(link.target);
    if (id === '') {
      warnings.push(`Closest: link ${quote(text)} has no target; ignored`);
      continue;
    }
    if (id !== link.target)
      warnings.push(`Closest: link target ${quote(link.target)} read as id ${quote(id)}`);
    if (id === selfId) selfLinks++;
    else if (seen.has(id)) duplicates++;
    else {
      seen.add(id);
      related.push({ id, title: link.label });
    }
  }
  warnEmptyBullets('Closest', emptyBullets, warnings);
  if (selfLinks > 0) warnings.push(`Closest: removed ${countOf(selfLinks, 'link')} to the brief itself`);
  if (duplicates > 0) warnings.push(`Closest: removed ${countOf(duplicates, 'duplicate link')}`);
  return related;
}

const BRIEF_EXTENSIONS = ['.md', '.txt'];

/** A link target written as a path ("./sub/abc.md") names the brief by its base name ("abc"). */
function briefIdOfTarget(target: string): string {
  const base = baseName(target);
  const extension = BRIEF_EXTENSIONS.find((candidate) => base.toLowerCase().endsWith(candidate));
  return extension === undefined ? base : base.slice(0, -extension.length);
}
