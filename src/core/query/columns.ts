import { ENTRY_KINDS, ENTRY_KIND_LABELS, type Entry, type EntryKind, type Signal } from '../model/types';
import type { CorpusIndex } from './corpusIndex';
import type { ViewName } from './types';

export type ColumnValue = string | number | null | readonly string[];

/** One table column. `id` passed to value() is a brief number in the briefs view, a row id of the view's kind otherwise. */
export interface ColumnSpec {
  id: string;
  label: string;
  type: 'text' | 'number' | 'date' | 'list';
  defaultVisible: boolean;
  value(index: CorpusIndex, id: number): ColumnValue;
}

function column(
  id: string,
  label: string,
  type: ColumnSpec['type'],
  value: ColumnSpec['value'],
  defaultVisible = true,
): ColumnSpec {
  return { id, label, type, defaultVisible, value };
}

/** Mean relevancy over all rows of a brief that have one; null when none has. */
export function meanRelevancy(index: CorpusIndex, brief: number): number | null {
  let sum = 0;
  let count = 0;
  for (const kind of ENTRY_KINDS) {
    const { rowStart, relevancy } = index.rows[kind];
    for (let row = rowStart[brief]!; row < rowStart[brief + 1]!; row++) {
      if (relevancy[row]! > 0) {
        sum += relevancy[row]!;
        count++;
      }
    }
  }
  return count === 0 ? null : sum / count;
}

const BRIEF_COLUMNS: ColumnSpec[] = [
  column('title', 'Title', 'text', (index, id) => index.briefs[id]!.title),
  column('date', 'Date', 'date', (index, id) => index.briefs[id]!.date),
  column('category', 'Category', 'text', (index, id) => index.briefs[id]!.category),
  column('type', 'Type', 'text', (index, id) => index.briefs[id]!.type),
  column('themes', 'Themes', 'list', (index, id) => index.briefs[id]!.themes),
  column('keywords', 'Keywords', 'list', (index, id) => index.briefs[id]!.keywords, false),
  // Only the Signals count is shown at first, so that the default columns fit a 1366 px screen.
  ...ENTRY_KINDS.map((kind) =>
    column(
      kind,
      ENTRY_KIND_LABELS[kind],
      'number',
      (index, id) => {
        const { rowStart } = index.rows[kind];
        return rowStart[id + 1]! - rowStart[id]!;
      },
      kind === 'signals',
    ),
  ),
  column('meanRelevancy', 'Mean relevancy', 'number', meanRelevancy),
  column('warnings', 'Warnings', 'number', (index, id) => index.briefs[id]!.warnings.length, false),
];

function entryColumns(kind: EntryKind): ColumnSpec[] {
  const entry = (index: CorpusIndex, id: number): Entry => index.rows[kind].entry(id);
  const signal = (index: CorpusIndex, id: number): Signal => index.rows[kind].entry(id) as Signal;
  const brief = (index: CorpusIndex, id: number) => index.briefs[index.rows[kind].briefOf[id]!]!;
  return [
    column('name', 'Name', 'text', (index, id) => entry(index, id).name),
    column('description', 'Description', 'text', (index, id) => entry(index, id).description),
    ...(kind === 'signals'
      ? [
          column('change', 'Change', 'text', (index, id) => signal(index, id).change),
          column('tenYear', '10-year', 'text', (index, id) => signal(index, id).tenYear, false),
          column('drivingForce', 'Driving force', 'text', (index, id) => signal(index, id).drivingForce),
        ]
      : []),
    column('relevancy', 'Relevancy', 'number', (index, id) => entry(index, id).relevancy),
    column('brief', 'Brief', 'text', (index, id) => brief(index, id).title),
    column('date', 'Date', 'date', (index, id) => brief(index, id).date),
  ];
}

export const VIEW_COLUMNS: Record<ViewName, ColumnSpec[]> = {
  briefs: BRIEF_COLUMNS,
  signals: entryColumns('signals'),
  concerns: entryColumns('concerns'),
  behaviors: entryColumns('behaviors'),
  technologies: entryColumns('technologies'),
  issues: entryColumns('issues'),
};

/** A view's columns at first: every column shown (true) or hidden (false). */
export function defaultColumnVisibility(view: ViewName): Record<string, boolean> {
  return Object.fromEntries(VIEW_COLUMNS[view].map((spec) => [spec.id, spec.defaultVisible]));
}

/** The columns shown, in table order: a column is shown unless its visibility is explicitly false. */
export function visibleColumnIds(view: ViewName, visibility: Readonly<Record<string, boolean>>): string[] {
  return VIEW_COLUMNS[view].filter((spec) => visibility[spec.id] !== false).map((spec) => spec.id);
}
