import type { Filters } from '../query/types';

export interface CaptionCounts {
  briefs: number;
  /** Matching table rows, for the charts that count rows. */
  rows?: number;
}

const SEPARATOR = ' · ';
const countFormat = new Intl.NumberFormat('en-US');

/**
 * One line saying what a chart shows: the active filters, then the counts, e.g.
 * "Themes: AI, open source · relevancy ≥ 4 · 2024-01 to 2025-06 · 412 briefs".
 * Without filters it starts with "No filters".
 */
export function chartCaption(filters: Filters, counts: CaptionCounts): string {
  const parts = [
    listPart(filters.themesAll && filters.themes.length > 1 ? 'Themes (all)' : 'Themes', filters.themes),
    listPart(
      filters.keywordsAll && filters.keywords.length > 1 ? 'Keywords (all)' : 'Keywords',
      filters.keywords,
    ),
    listPart('Category', filters.category),
    listPart('Type', filters.type),
    filters.minRelevancy === null ? '' : `relevancy ≥ ${filters.minRelevancy}`,
    datePart(filters.dateFrom, filters.dateTo),
    filters.text.trim() === '' ? '' : `search “${filters.text.trim().replace(/\s+/g, ' ')}”`,
  ].filter((part) => part !== '');
  if (parts.length === 0) parts.push('No filters');
  parts.push(plural(counts.briefs, 'brief'));
  if (counts.rows !== undefined) parts.push(plural(counts.rows, 'row'));
  return parts.join(SEPARATOR);
}

function listPart(name: string, values: readonly string[]): string {
  return values.length === 0 ? '' : `${name}: ${values.join(', ')}`;
}

function datePart(from: string | null, to: string | null): string {
  const start = from === null ? null : compactMonth(from, 'start');
  const end = to === null ? null : compactMonth(to, 'end');
  if (start !== null && end !== null) return start === end ? start : `${start} to ${end}`;
  if (start !== null) return `from ${start}`;
  if (end !== null) return `until ${end}`;
  return '';
}

/** "2024-01-01" -> "2024-01" as a start, "2024-01-31" -> "2024-01" as an end; other days stay whole. */
function compactMonth(date: string, edge: 'start' | 'end'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const boundary = edge === 'start' ? 1 : new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day === boundary ? date.slice(0, 7) : date;
}

function plural(count: number, noun: string): string {
  return `${countFormat.format(count)} ${noun}${count === 1 ? '' : 's'}`;
}
