/**
 * A deliberately simple, line-based reading of a brief, written independently of the parser so
 * that the tests can check the parser's counts against it.
 */

export interface RawSection {
  /** Lower-case heading text, e.g. "signals". */
  name: string;
  lines: string[];
}

export function rawLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Sections by `## ` headings; lines before the first heading are not in any section. */
export function rawSections(text: string): RawSection[] {
  const sections: RawSection[] = [];
  for (const line of rawLines(text)) {
    if (line.startsWith('## ')) sections.push({ name: line.slice(3).trim().toLowerCase(), lines: [] });
    else if (!line.startsWith('# ')) sections.at(-1)?.lines.push(line);
  }
  return sections;
}

export function linesOf(text: string, sectionName: string): string[] {
  return rawSections(text)
    .filter((section) => section.name === sectionName)
    .flatMap((section) => section.lines);
}

function isAlignmentLine(line: string): boolean {
  return /^[\s|:-]+$/.test(line) && line.includes('-');
}

/** Lines starting with `|` under every `## <sectionName>`, minus each table's header and alignment rows. */
export function countTableRows(text: string, sectionName: string): number {
  let rows = 0;
  for (const section of rawSections(text).filter(({ name }) => name === sectionName)) {
    const tableLines = section.lines.filter((line) => line.startsWith('|'));
    const alignment = tableLines.filter(isAlignmentLine).length;
    rows += Math.max(0, tableLines.length - 1 - alignment);
  }
  return rows;
}

/** Every line holding a pipe under `## <sectionName>`: an upper bound on the rows a parser may read. */
export function countPipeLines(text: string, sectionName: string): number {
  return linesOf(text, sectionName).filter((line) => line.includes('|')).length;
}

/** Bullet texts (after `* `) under `## <sectionName>`. */
export function bulletsOf(text: string, sectionName: string): string[] {
  return linesOf(text, sectionName)
    .filter((line) => line === '*' || line.startsWith('* '))
    .map((line) => line.slice(2));
}

/**
 * Distinct non-empty items of a Keywords/Themes list. A list made only of one-character bullets
 * spells a comma-separated list: glue the characters and split on commas.
 */
export function countListItems(text: string, sectionName: string): number {
  const bullets = bulletsOf(text, sectionName);
  const spelled = bullets.length > 2 && bullets.every((bullet) => bullet.length <= 1);
  const items = spelled ? bullets.join('').split(',') : bullets;
  return new Set(items.map((item) => item.trim()).filter(Boolean)).size;
}
