import { DateText } from '../shared/DateText';
import {
  createColumnHelper,
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { VIEW_COLUMNS, type ColumnSpec, type ColumnValue } from '../../core/query/columns';
import type { CorpusIndex } from '../../core/query/corpusIndex';
import type { ViewName } from '../../core/query/types';
import { Highlighted } from '../shared/SearchHighlight';

export const tableFeatureSet = tableFeatures({ rowSortingFeature, columnVisibilityFeature });

/** A table row: a brief number (briefs view) or a row id of the view's kind. */
export interface RowRef {
  id: number;
}

const helper = createColumnHelper<typeof tableFeatureSet, RowRef>();

/**
 * Grid track per column: [minimum px, CSS track]. Wide text columns share the spare space. The
 * minimums of each view's default columns add up to less than the table's width on a 1366 px screen
 * (1,024 px beside the sidebar), so that they fit without a sideways scroll.
 */
const TRACKS: Record<string, [number, string]> = {
  title: [240, 'minmax(240px, 3fr)'],
  description: [240, 'minmax(240px, 3fr)'],
  name: [160, 'minmax(160px, 1.6fr)'],
  brief: [160, 'minmax(160px, 1.6fr)'],
  relevancy: [104, '104px'],
};
const TYPE_TRACKS: Record<ColumnSpec['type'], [number, string]> = {
  text: [120, 'minmax(120px, 1.2fr)'],
  list: [180, 'minmax(180px, 1.6fr)'],
  number: [96, '96px'],
  date: [112, '112px'],
};

/** The column's track; a width the user gave it replaces it. */
export function columnTrack(spec: ColumnSpec, width: number | undefined): [number, string] {
  if (width !== undefined) return [width, `${width}px`];
  return TRACKS[spec.id] ?? TYPE_TRACKS[spec.type];
}

export function columnsFor(view: ViewName, index: CorpusIndex) {
  return helper.columns(
    VIEW_COLUMNS[view].map((spec) =>
      helper.accessor((row: RowRef): ColumnValue => spec.value(index, row.id), {
        id: spec.id,
        header: spec.label,
        cell: (info) => <CellValue value={info.getValue()} type={spec.type} />,
      }),
    ),
  );
}

const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('en-US');

function CellValue({ value, type }: { value: ColumnValue; type: ColumnSpec['type'] }) {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return null;
  }
  if (typeof value === 'number') {
    return (
      <span className="cell-number">
        {Number.isInteger(value) ? integer.format(value) : decimal.format(value)}
      </span>
    );
  }
  const text = typeof value === 'string' ? value : value.join(', ');
  if (type === 'date') return <DateText date={text} className="cell-date" />;
  return (
    <span className="cell-text" title={text}>
      {type === 'text' ? <Highlighted text={text} /> : text}
    </span>
  );
}
