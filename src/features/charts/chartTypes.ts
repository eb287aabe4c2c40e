import type { ChartSettings } from '../../core/charts/chartSettings';
import type { MarkSelection } from '../../core/charts/briefsBehind';
import type { EntryKind } from '../../core/model/types';
import type { CorpusIndex } from '../../core/query/corpusIndex';
import type { Filters, QueryResult } from '../../core/query/types';

/** What every chart is drawn from. */
export interface ChartProps {
  index: CorpusIndex;
  result: QueryResult;
  filters: Filters;
  settings: ChartSettings;
  /** Full screen: larger type. */
  presenting: boolean;
  /** Lists the briefs behind a clicked mark; call it before applying the mark's filter. */
  onMark(mark: MarkRequest): void;
}

export interface MarkRequest {
  /** E.g. "Theme “AI”". */
  title: string;
  selection: MarkSelection;
  /** The table that lists the mark's rows, offered as a way on. */
  rowsOf?: EntryKind;
}

/** Font sizes of the chart text: on screen, and in full screen. */
export function chartFontSize(presenting: boolean): number {
  return presenting ? 18 : 12;
}
