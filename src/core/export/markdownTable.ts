import type { CorpusIndex } from '../query/corpusIndex';
import type { ViewName } from '../query/types';
import { tableRows } from './buildCsvRows';
import { chosenColumns } from './exportColumns';
import { truncate } from './truncate';

/** How many rows "Copy as Markdown table" copies. */
export const MARKDOWN_ROW_LIMIT = 20;

/** Cells longer than this (in characters, after line breaks became spaces) are cut and end in "…". */
export const MARKDOWN_CELL_MAX = 200;

/**
 * A GitHub-flavoured Markdown table of `rows` (first row = header): line breaks become spaces,
 * over-long cells are cut to MARKDOWN_CELL_MAX characters ending in "…", then `|` is escaped
 * as `\|` (after the cut, so an escape is never split).
 */
export function toMarkdownTable(rows: readonly (readonly string[])[]): string {
  const [header, ...body] = rows;
  if (header === undefined) return '';
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const separator = `| ${header.map(() => '---').join(' | ')} |`;
  return [line(header), separator, ...body.map(line)].join('\n') + '\n';
}

function markdownCell(cell: string): string {
  const flat = cell.replace(/\r\n|[\r\n]/g, ' ');
  return truncate(flat, MARKDOWN_CELL_MAX, '…').replace(/\|/g, '\\|');
}

/**
 * The first `limit` of `ids` (already sorted) as a Markdown table of the chosen columns, numbers
 * rounded to 2 decimals; meant for pasting into a document, so no formula protection.
 */
export function viewMarkdownTable(
  index: CorpusIndex,
  view: ViewName,
  ids: Uint32Array,
  columnIds: readonly string[],
  limit = MARKDOWN_ROW_LIMIT,
): string {
  const rows = tableRows(index, chosenColumns(view, columnIds), ids.subarray(0, limit), {
    neutralizeFormulas: false,
    maxFractionDigits: 2,
  });
  return toMarkdownTable(rows);
}
