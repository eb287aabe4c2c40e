import type { Filters } from '../query/types';
import { truncate } from './truncate';

const MAX_FILE_NAME = 120;
const MAX_VALUE_SLUG = 30;

/**
 * A file name saying what is inside: the subject (a view name, or "brief-<id>"), the main filters,
 * the date of the export and the extension, e.g. `signals_theme-ai+energy_minrel-4_q-solar_2026-11-28.csv`.
 * Values are slugged (accents dropped, lower case, anything but letters and digits becomes "-",
 * each cut at 30 characters); letters of other scripts are kept. When the filters make the name
 * longer than 120 characters the filter part is cut, the subject, date and extension never are.
 */
export function exportFileName(subject: string, filters: Filters, dateISO: string, ext: string): string {
  const head = slugify(subject);
  const tail = `_${dateISO}.${ext}`;
  const filterPart = describeFilters(filters).join('_');
  if (filterPart === '') return `${head}${tail}`;
  const room = Math.max(0, MAX_FILE_NAME - head.length - tail.length - 1);
  const cut = truncate(filterPart, room).replace(/[-+_]+$/, '');
  return cut === '' ? `${head}${tail}` : `${head}_${cut}${tail}`;
}

function describeFilters(filters: Filters): string[] {
  const parts = [
    listPart(filters.themesAll && filters.themes.length > 1 ? 'theme-all' : 'theme', filters.themes),
    listPart(filters.keywordsAll && filters.keywords.length > 1 ? 'kw-all' : 'kw', filters.keywords),
    listPart('cat', filters.category),
    listPart('type', filters.type),
    filters.minRelevancy === null ? '' : `minrel-${filters.minRelevancy}`,
    filters.dateFrom === null ? '' : `from-${filters.dateFrom}`,
    filters.dateTo === null ? '' : `to-${filters.dateTo}`,
    valuePart('q', filters.text),
  ];
  return parts.filter((part) => part !== '');
}

function listPart(prefix: string, values: readonly string[]): string {
  const slugs = values.map(valueSlug).filter((slug) => slug !== '');
  return slugs.length === 0 ? '' : `${prefix}-${slugs.join('+')}`;
}

function valuePart(prefix: string, value: string): string {
  const slug = valueSlug(value);
  return slug === '' ? '' : `${prefix}-${slug}`;
}

function valueSlug(value: string): string {
  return truncate(slugify(value), MAX_VALUE_SLUG).replace(/-+$/, '');
}

function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The local calendar day as yyyy-mm-dd (the user's "today", not UTC's), for file names and "future" dates. */
export function localDateISO(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
