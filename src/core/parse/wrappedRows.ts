/**
 * Wrapped rows. Some older briefs write their tables with fixed column widths, so that one row runs
 * on over several lines: each line holds the next words of each cell, and cells that have ended are
 * blank. Read line by line, such a table gives extra rows named "in old town centres" or "".
 *
 * The rule: a line continues the row above when all of these hold.
 * 1. Its first cell is blank or carries on mid-sentence: it starts with a lower-case letter.
 * 2. The column that every row fills (relevancy when the table has one, else driving force, else
 *    description) is blank or carries on in lower case: a new row writes a figure or a capital there.
 * 3. Its pipes stand at the same places as those of the line above: in a padded table every line has
 *    the same column widths (counted in code points). A line cut off need only agree as far as it
 *    goes; the row it joins is then named as cut off.
 * 4. It is not blank throughout.
 * A table with at least one such line is wrapped: each continuation line is joined to the row above,
 * cell by cell with a space, its all-blank lines are dropped, and one warning names the repair.
 * A table without one is read line by line: a row that leaves a column empty keeps its place however
 * the table is padded, and so does a row whose name starts in lower case ("vSaaS is ...") while its
 * filled column starts with a capital.
 * A line that meets 1, 2 and 4 but not 3 stays a row. In a padded table (its header and alignment row
 * line up) a warning names it: it may be a wrapped line whose padding was damaged. In a table that
 * is not padded it is a row like any other, and no warning is given.
 * A table padded by display width (wide CJK characters count twice there) is not recognised, and
 * reads line by line.
 */

export interface TableLine {
  /** The line as written: its pipes' places tell a padded table. */
  text: string;
  lineNumber: number;
  /** Cells between pipes, trimmed. */
  cells: string[];
  /** False when the line does not end with a pipe: it was cut off. */
  closed: boolean;
}

/** A line that reads like the rest of the row above: 'aligned' when its pipes also line up with the line above's. */
export type ContinuationMark = 'aligned' | 'unaligned';

export interface Continuations {
  /** By line index; undefined for a line that reads like a row of its own. */
  marks: (ContinuationMark | undefined)[];
  /** True when some line continues the row above: the table is wrapped. */
  wrapped: boolean;
}

/**
 * The lines after `firstRow` (the table's first data line) that read like the rest of the row above
 * (rules 1, 2 and 4), marked by whether they also line up with it (rule 3), those that do not only in
 * a padded table; null when there are none.
 * `filledColumn` is the index of the column every row fills, -1 when the table has none.
 */
export function findContinuations(
  lines: readonly TableLine[],
  firstRow: number,
  filledColumn: number,
): Continuations | null {
  let continuations: Continuations | null = null;
  let padded: boolean | undefined;
  for (let index = firstRow + 1; index < lines.length; index++) {
    const line = lines[index];
    const above = lines[index - 1];
    if (line === undefined || above === undefined) continue;
    // cheapest test first: nearly every line of a table that is not wrapped fails it
    if (!carriesOn(line.cells[0] ?? '') || isBlankRow(line)) continue;
    if (filledColumn !== -1 && !carriesOn(line.cells[filledColumn] ?? '')) continue;
    const aligned = samePipeColumns(line, above);
    if (!aligned && !(padded ??= isPadded(lines))) continue;
    continuations ??= { marks: new Array<ContinuationMark | undefined>(lines.length), wrapped: false };
    continuations.marks[index] = aligned ? 'aligned' : 'unaligned';
    continuations.wrapped ||= aligned;
  }
  return continuations;
}

export function isBlankRow({ cells }: TableLine): boolean {
  return cells.every((cell) => cell === '');
}

/**
 * One row from a line and its continuation lines: each cell's parts joined by a space. The row counts
 * as cut off when one of its lines is, or stops short of the first one's cells.
 */
export function joinLines(lines: readonly TableLine[]): Pick<TableLine, 'cells' | 'closed'> {
  const cells: string[] = [];
  const width = lines[0]?.cells.length ?? 0;
  let closed = true;
  for (const line of lines) {
    for (let index = 0; index < line.cells.length; index++) {
      const part = line.cells[index] ?? '';
      const joined = cells[index] ?? '';
      cells[index] = joined === '' ? part : part === '' ? joined : `${joined} ${part}`;
    }
    closed &&= line.closed && line.cells.length >= width;
  }
  return { cells, closed };
}

/** Blank, or starting with a lower-case letter (of any script that has cases). */
function carriesOn(cell: string): boolean {
  if (cell === '') return true;
  const code = cell.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const first = String.fromCodePoint(cell.codePointAt(0) ?? 0);
  return first !== first.toUpperCase();
}

/** A padded table: its first two lines (the header and the alignment row) line up. */
function isPadded(lines: readonly TableLine[]): boolean {
  const [first, second] = lines;
  return first !== undefined && second !== undefined && samePipeColumns(second, first);
}

function samePipeColumns(line: TableLine, above: TableLine): boolean {
  const own = pipeColumns(line.text);
  const theirs = pipeColumns(above.text);
  if (own.length > theirs.length) return false;
  return own.every((column, index) => column === theirs[index]);
}

/** Where the separating pipes stand, in code points from the start of the line; `\|` is no separator. */
function pipeColumns(text: string): number[] {
  const columns: number[] = [];
  let column = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 124 /* | */ && (index === 0 || text.charCodeAt(index - 1) !== 92) /* \ */)
      columns.push(column);
    // the second half of a surrogate pair belongs to the code point already counted
    if (code < 0xdc00 || code > 0xdfff) column++;
  }
  return columns;
}
