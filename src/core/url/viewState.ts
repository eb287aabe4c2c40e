import type { ChartSettings } from '../charts/chartSettings';
import { VIEW_COLUMNS } from '../query/columns';
import { EMPTY_FILTERS, VIEW_NAMES, type Filters, type SortKey, type ViewName } from '../query/types';
import { chartSettingsToParams, readChartSettings } from './chartParams';
import { columnLayoutToParams, readColumnLayout } from './columnParams';

/** Everything a shared link restores: the filters, the table shown, its columns and sort, and the open brief. */
export interface ViewState {
  filters: Filters;
  view: ViewName;
  /** Sort of the current view, first key first. */
  sort: SortKey[];
  /** Id of the brief open in the detail dialog. */
  briefId: string | null;
  /** The chart shown and its options; absent while the table is shown. */
  charts?: ChartSettings;
  /** Columns of `view` shown (true) or hidden (false); absent for the default columns. */
  columnVisibility?: Readonly<Record<string, boolean>>;
  /** Widths of the resized columns of `view`, in pixels; absent when none was resized. */
  columnWidths?: Readonly<Record<string, number>>;
}

export const DEFAULT_VIEW: ViewName = 'briefs';

export const DEFAULT_VIEW_STATE: ViewState = {
  filters: EMPTY_FILTERS,
  view: DEFAULT_VIEW,
  sort: [],
  briefId: null,
};

/** A parsed query string: the view state (defaults where a parameter was bad) and what was wrong. */
export interface ParsedSearch {
  state: ViewState;
  problems: string[];
}

/** Repeated parameters holding the selected values of each facet. */
const FACET_PARAMS = { themes: 'theme', keywords: 'kw', category: 'cat', type: 'type' } as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * The query string ("?..." or "") for a view state; parameters at their default are left out.
 * `dataUrl` is the dataset the page was opened with, kept first when present.
 */
export function viewStateToSearch(state: ViewState, dataUrl: string | null = null): string {
  const params: [string, string][] = [];
  if (dataUrl !== null) params.push(['data', dataUrl]);
  const { filters } = state;
  for (const facet of Object.keys(FACET_PARAMS) as (keyof typeof FACET_PARAMS)[]) {
    for (const value of filters[facet]) params.push([FACET_PARAMS[facet], value]);
  }
  if (filters.themesAll) params.push(['themesAll', '1']);
  if (filters.keywordsAll) params.push(['kwAll', '1']);
  if (filters.minRelevancy !== null) params.push(['minRel', String(filters.minRelevancy)]);
  if (filters.dateFrom !== null) params.push(['from', compactDate(filters.dateFrom, 'start')]);
  if (filters.dateTo !== null) params.push(['to', compactDate(filters.dateTo, 'end')]);
  if (filters.text.trim() !== '') params.push(['q', filters.text]);
  if (state.view !== DEFAULT_VIEW) params.push(['view', state.view]);
  if (state.sort.length > 0) {
    params.push(['sort', state.sort.map((key) => `${key.desc ? '-' : ''}${key.column}`).join(',')]);
  }
  params.push(...columnLayoutToParams(state.view, state.columnVisibility, state.columnWidths));
  if (state.briefId !== null) params.push(['brief', state.briefId]);
  params.push(...chartSettingsToParams(state.charts));
  if (params.length === 0) return '';
  return `?${params.map(([name, value]) => `${name}=${encodeReadably(value)}`).join('&')}`;
}

/** Reads a query string back; every bad parameter falls back to its default and is named in `problems`. */
export function searchToViewState(search: string): ParsedSearch {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const filters: Filters = {
    themes: facetValues(params.getAll(FACET_PARAMS.themes)),
    keywords: facetValues(params.getAll(FACET_PARAMS.keywords)),
    category: facetValues(params.getAll(FACET_PARAMS.category)),
    type: facetValues(params.getAll(FACET_PARAMS.type)),
    themesAll: readSwitch(params, 'themesAll', problems),
    keywordsAll: readSwitch(params, 'kwAll', problems),
    minRelevancy: readMinRelevancy(params.get('minRel'), problems),
    dateFrom: readDate(params.get('from'), 'start', 'from', problems),
    dateTo: readDate(params.get('to'), 'end', 'to', problems),
    text: params.get('q') ?? '',
  };
  const view = readView(params.get('view'), problems);
  const sort = readSort(params.get('sort'), view, problems);
  const briefId = params.get('brief')?.trim() || null;
  const charts = readChartSettings(params, problems);
  const columns = readColumnLayout(params, view, problems);
  return {
    state: { filters, view, sort, briefId, ...(charts === undefined ? {} : { charts }), ...columns },
    problems,
  };
}

/** The dataset URL of a query string, or null. */
export function readDataUrl(search: string): string | null {
  return new URLSearchParams(search).get('data')?.trim() || null;
}

/** Percent-encodes a value but leaves the characters that read well and are safe inside a query value. */
function encodeReadably(value: string): string {
  return encodeURIComponent(value).replace(/%(2C|3A|2F|40)/gi, (escape) => decodeURIComponent(escape));
}

function facetValues(values: string[]): string[] {
  const kept: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed !== '' && !kept.includes(trimmed)) kept.push(trimmed);
  }
  return kept;
}

function readSwitch(params: URLSearchParams, name: string, problems: string[]): boolean {
  const value = params.get(name);
  if (value === null || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  problems.push(`${name}=${value}: expected 1 or 0`);
  return false;
}

function readMinRelevancy(value: string | null, problems: string[]): number | null {
  if (value === null || value === '') return null;
  const number = Number(value);
  if (Number.isInteger(number) && number >= 1 && number <= 5) return number;
  problems.push(`minRel=${value}: expected a whole number from 1 to 5`);
  return null;
}

/** Accepts yyyy-mm-dd or yyyy-mm; a month means its first day for `start`, its last day for `end`. */
function readDate(
  value: string | null,
  edge: 'start' | 'end',
  name: string,
  problems: string[],
): string | null {
  if (value === null || value === '') return null;
  const day = ISO_DAY.exec(value);
  if (day !== null && isValidDay(Number(day[1]), Number(day[2]), Number(day[3]))) return value;
  const date = monthToDate(value, edge);
  if (date !== null) return date;
  problems.push(`${name}=${value}: expected a date as yyyy-mm or yyyy-mm-dd`);
  return null;
}

/** "2025-02" -> "2025-02-01" (start) or "2025-02-28" (end); null when not a month. */
export function monthToDate(month: string, edge: 'start' | 'end'): string | null {
  const match = ISO_MONTH.exec(month);
  if (match === null || Number(match[2]) < 1 || Number(match[2]) > 12) return null;
  const day = edge === 'start' ? 1 : daysInMonth(Number(match[1]), Number(match[2]));
  return `${match[1]}-${match[2]}-${String(day).padStart(2, '0')}`;
}

/** Writes a whole-month bound (the 1st for `start`, the last day for `end`) as yyyy-mm. */
function compactDate(date: string, edge: 'start' | 'end'): string {
  const day = ISO_DAY.exec(date);
  if (day === null) return date;
  const boundary = edge === 'start' ? 1 : daysInMonth(Number(day[1]), Number(day[2]));
  return Number(day[3]) === boundary ? `${day[1]}-${day[2]}` : date;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function readView(value: string | null, problems: string[]): ViewName {
  if (value === null || value === '') return DEFAULT_VIEW;
  const view = VIEW_NAMES.find((name) => name === value);
  if (view !== undefined) return view;
  problems.push(`view=${value}: expected one of ${VIEW_NAMES.join(', ')}`);
  return DEFAULT_VIEW;
}

/** "-relevancy,name": columns of the view, "-" for descending; unknown or repeated columns are dropped. */
function readSort(value: string | null, view: ViewName, problems: string[]): SortKey[] {
  if (value === null || value === '') return [];
  const sort: SortKey[] = [];
  for (const part of value.split(',')) {
    const desc = part.startsWith('-');
    const column = desc ? part.slice(1) : part;
    if (!VIEW_COLUMNS[view].some((spec) => spec.id === column)) {
      problems.push(`sort: ${view} has no column "${column}"`);
    } else if (!sort.some((key) => key.column === column)) {
      sort.push({ column, desc });
    }
  }
  return sort;
}

/** Typing in Search replaces the current history entry; any other change adds one, so Back undoes it. */
export function historyActionFor(previous: ViewState, next: ViewState): 'push' | 'replace' {
  const withoutText = (state: ViewState): string =>
    viewStateToSearch({ ...state, filters: { ...state.filters, text: '' } });
  return withoutText(previous) === withoutText(next) ? 'replace' : 'push';
}
