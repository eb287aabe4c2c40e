import { VIEW_COLUMNS, type ColumnSpec, type ColumnValue } from '../query/columns';
import type { CorpusIndex } from '../query/corpusIndex';
import type { ViewName } from '../query/types';

/** What a row export (CSV, Parquet) adds beyond the columns the table shows. */
export interface ExportColumnOptions {
  /** Add each row's brief category, type, themes and keywords, so rows can be pivoted by theme. */
  briefContext?: boolean;
}

/** What the rows of an export are: briefs, or table rows (signals, concerns...) of briefs. */
export type ExportRows = 'briefs' | 'entries';

/**
 * A column about the brief a row comes from. `value` takes the brief's number, whatever the rows;
 * `addTo` says in which exports it follows the chosen columns (when not chosen already).
 */
export interface BriefExportColumn {
  id: string;
  label: string;
  type: ColumnSpec['type'];
  addTo(rows: ExportRows, options: ExportColumnOptions): boolean;
  value(index: CorpusIndex, brief: number): ColumnValue;
}

const always = () => true;
const toEntries = (rows: ExportRows) => rows === 'entries';
const withBriefContext = (_rows: ExportRows, options: ExportColumnOptions) => options.briefContext === true;

function briefsViewColumn(id: string): ColumnSpec {
  const spec = VIEW_COLUMNS.briefs.find((column) => column.id === id);
  if (spec === undefined) throw new Error(`no briefs-view column "${id}"`);
  return spec;
}

function contextColumn(id: string): BriefExportColumn {
  const { label, type, value } = briefsViewColumn(id);
  return { id, label, type, addTo: withBriefContext, value };
}

/**
 * The brief columns of row exports, in the order they follow the chosen columns. Which brief a
 * row comes from (id, title and date in entry views, article URL) is always said; the rest is
 * asked for. To add a column to every export, add it here.
 */
export const BRIEF_EXPORT_COLUMNS: readonly BriefExportColumn[] = [
  {
    id: 'briefId',
    label: 'Brief id',
    type: 'text',
    addTo: always,
    value: (index, brief) => index.briefs[brief]!.id,
  },
  { ...briefsViewColumn('title'), id: 'brief', label: 'Brief', addTo: toEntries },
  { ...briefsViewColumn('date'), addTo: toEntries },
  {
    id: 'url',
    label: 'Article URL',
    type: 'text',
    addTo: always,
    value: (index, brief) => index.briefs[brief]!.url,
  },
  contextColumn('category'),
  contextColumn('type'),
  contextColumn('themes'),
  contextColumn('keywords'),
  {
    id: 'summary',
    label: 'Summary',
    type: 'text',
    addTo: (rows) => rows === 'briefs',
    value: (index, brief) => index.briefs[brief]!.summary,
  },
];

/**
 * The columns of a row export: the chosen ones in the order given (unknown ids ignored), then the
 * BRIEF_EXPORT_COLUMNS this view and these options add, unless already chosen.
 */
export function exportColumns(
  view: ViewName,
  columnIds: readonly string[],
  options: ExportColumnOptions = {},
): ColumnSpec[] {
  const chosen = chosenColumns(view, columnIds);
  const briefOf =
    view === 'briefs'
      ? (_index: CorpusIndex, id: number) => id
      : (index: CorpusIndex, id: number) => index.rows[view].briefOf[id]!;
  const added = addedBriefColumns(view === 'briefs' ? 'briefs' : 'entries', options)
    .filter((column) => !chosen.some((spec) => spec.id === column.id))
    .map(({ id, label, type, value }): ColumnSpec => ({
      id,
      label,
      type,
      defaultVisible: false,
      value: (index, id) => value(index, briefOf(index, id)),
    }));
  return [...chosen, ...added];
}

/** The BRIEF_EXPORT_COLUMNS an export of these rows carries, with these options. */
export function addedBriefColumns(rows: ExportRows, options: ExportColumnOptions): BriefExportColumn[] {
  return BRIEF_EXPORT_COLUMNS.filter((column) => column.addTo(rows, options));
}

/** The view's columns with these ids, in the order given; unknown ids are ignored. */
export function chosenColumns(view: ViewName, columnIds: readonly string[]): ColumnSpec[] {
  const specs = VIEW_COLUMNS[view];
  return columnIds.flatMap((id) => specs.filter((spec) => spec.id === id));
}
