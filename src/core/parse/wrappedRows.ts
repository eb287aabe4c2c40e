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
 *    the same column widths (counted in code points); a line cut off need only agree as far as it goes.
 * 4. It is not blank throughout.
 * A table with at least one such line is wrapped: each continuation line is joined to the row above,
 * cell by cell with a space, its all-blank lines are dropped, and one warning names the repair.
 * A table without one is read line by line: a row that leaves a column empty keeps its place however
 * the table is padded, and so does a row whose name starts in lower case ("vSaaS is ...") while its
 * filled column starts with a capital.
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

/**
 * For each line, whether it continues the row above, looking from `firstRow` (the table's first data
 * line) on; null when no line does, that is when the table is not wrapped. `filledColumn` is the
 * index of the column every row fills, -1 when the table has none.
 */
export function findContinuations(
  lines: readonly TableLine[],
  firstRow: number,
  filledColumn: number,
): boolean[] | null {
  let continuations: boolean[] | null = null;
  for (let index = firstRow + 1; index < lines.length; index++) {
    const line = lines[index];
    const above = lines[index - 1];
    if (line === undefined || above === undefined) continue;
    // cheapest test first: nearly every line of a table that is not wrapped fails it
    if (!carriesOn(line.cells[0] ?? '') || isBlankRow(line)) continue;
    if (filledColumn !== -1 && !carriesOn(line.cells[filledColumn] ?? '')) continue;
    if (!samePipeColumns(line, above)) continue;
    continuations ??= new Array<boolean>(lines.length).fill(false);
    continuations[index] = true;
  }
  return continuations;
}

export function isBlankRow({ cells }: TableLine): boolean {
  return cells.every((cell) => cell === '');
}

/** One row from a line and its continuation lines: each cell's parts joined by a space. */
export function joinLines(lines: readonly TableLine[]): Pick<TableLine, 'cells' | 'closed'> {
  const cells: string[] = [];
  let closed = true;
  for (const line of lines) {
    for (let index = 0; index < line.cells.length; index++) {
      const part = line.cells[index] ?? '';
      const joined = cells[index] ?? '';
      cells[index] = joined === '' ? part : part === '' ? joined : `${joined} ${part}`;
    }
    closed &&= line.closed;
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

function samePipeColumns(line: TableLine, above: TableLine): boolean {
  const own = pipeColumns(line.text);
  const theirs = pipeColumns(above.text);
  if (line.closed ? own.length !== theirs.length : own.length > theirs.length) return false;
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
