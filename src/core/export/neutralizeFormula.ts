/**
 * OWASP's CSV-injection triggers: a spreadsheet runs a cell starting with = + - @ as a formula,
 * and a leading tab or carriage return can hide one. Leading spaces or line feeds before = + - @
 * count too: several importers (LibreOffice's "trim spaces", Google Sheets) strip them first.
 */
const FORMULA_START = /^(?:[\t\r]|[ \n]*[=+\-@])/;

/**
 * Prefixes a text cell with a single quote when a spreadsheet could read it as a formula, so
 * "=1+1" stays the text "=1+1" (shown without the quote) and "-5%" stays text rather than a number.
 * Only text goes through here: number cells are written as they are.
 */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
