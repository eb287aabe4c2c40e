import { VIEW_COLUMNS, defaultColumnVisibility, visibleColumnIds } from '../query/columns';
import type { ViewName } from '../query/types';

/** Widths a column can be given, in CSS pixels. */
export const COLUMN_WIDTH_LIMITS = { min: 60, max: 1200 } as const;

/** The shown columns and the resized ones' widths of one view, as a link carries them. */
export interface ColumnLayout {
  /** Every column of the view: shown (true) or hidden (false). */
  columnVisibility: Record<string, boolean>;
  /** Widths of the columns the user resized, in pixels. */
  columnWidths: Record<string, number>;
}

export function clampColumnWidth(width: number): number {
  return Math.round(Math.min(COLUMN_WIDTH_LIMITS.max, Math.max(COLUMN_WIDTH_LIMITS.min, width)));
}

/**
 * `cols=title,date` (the shown columns, when they are not the view's default ones) and
 * `widths=title:320` (the resized columns); nothing for the default layout.
 */
export function columnLayoutToParams(
  view: ViewName,
  visibility: Readonly<Record<string, boolean>> | undefined,
  widths: Readonly<Record<string, number>> | undefined,
): [string, string][] {
  const params: [string, string][] = [];
  if (visibility !== undefined) {
    const shown = visibleColumnIds(view, visibility);
    if (shown.join(',') !== visibleColumnIds(view, defaultColumnVisibility(view)).join(','))
      params.push(['cols', shown.join(',')]);
  }
  const resized = VIEW_COLUMNS[view].filter((spec) => widths?.[spec.id] !== undefined);
  if (resized.length > 0) {
    params.push([
      'widths',
      resized.map((spec) => `${spec.id}:${clampColumnWidth(widths![spec.id]!)}`).join(','),
    ]);
  }
  return params;
}

/**
 * The column layout of a query string for `view`; each absent part is undefined (the default).
 * Unknown columns and bad widths are named in `problems` and left out.
 */
export function readColumnLayout(
  params: URLSearchParams,
  view: ViewName,
  problems: string[],
): Partial<ColumnLayout> {
  const known = new Set(VIEW_COLUMNS[view].map((spec) => spec.id));
  const layout: Partial<ColumnLayout> = {};
  const cols = params.get('cols');
  if (cols !== null) {
    const shown = new Set<string>();
    for (const id of cols.split(',').filter((part) => part !== '')) {
      if (known.has(id)) shown.add(id);
      else problems.push(`cols: ${view} has no column "${id}"`);
    }
    if (shown.size === 0) problems.push(`cols=${cols}: no column of ${view} to show`);
    else layout.columnVisibility = Object.fromEntries([...known].map((id) => [id, shown.has(id)]));
  }
  const widths = params.get('widths');
  if (widths !== null) {
    const read: Record<string, number> = {};
    for (const part of widths.split(',').filter((entry) => entry !== '')) {
      const [id = '', value = ''] = part.split(':');
      const width = Number(value);
      if (!known.has(id)) problems.push(`widths: ${view} has no column "${id}"`);
      else if (value.trim() === '' || !Number.isFinite(width))
        problems.push(`widths: "${part}" is not column:pixels`);
      else read[id] = clampColumnWidth(width);
    }
    if (Object.keys(read).length > 0) layout.columnWidths = read;
  }
  return layout;
}
