import {
  ENTRY_KINDS,
  type Brief,
  type Dataset,
  type Entry,
  type EntryKind,
  type Signal,
} from '../../../src/core/model/types';
import { parseSearch } from '../../../src/core/query/searchQuery';
import { buildLabelFold } from '../../../src/core/labels/labelFold';
import { FACET_NAMES, type FacetCount, type FacetName, type Filters } from '../../../src/core/query/types';

/**
 * The query semantics written as plainly as possible, brief by brief and row by row, with no
 * index: what runQuery must agree with.
 */
export interface ReferenceResult {
  briefIds: number[];
  rowIds: Record<EntryKind, number[]>;
  facets: Record<FacetName, FacetCount[]>;
}

/** A value's group: set per dataset by referenceQuery (the fold is data-dependent and has its own tests). */
let key: (value: string) => string = (value) => value;
const collator = new Intl.Collator(undefined, { sensitivity: 'accent' });

function valuesOf(brief: Brief, facet: FacetName): string[] {
  const raw = facet === 'themes' ? brief.themes : facet === 'keywords' ? brief.keywords : [brief[facet]];
  return raw.filter((value): value is string => value !== null && key(value) !== '');
}

function passesFacet(brief: Brief, facet: FacetName, filters: Filters): boolean {
  const selected = [...new Set(filters[facet].map(key))].filter((value) => value !== '');
  if (selected.length === 0) return true;
  const carried = new Set(valuesOf(brief, facet).map(key));
  const all = (facet === 'themes' && filters.themesAll) || (facet === 'keywords' && filters.keywordsAll);
  return all ? selected.every((value) => carried.has(value)) : selected.some((value) => carried.has(value));
}

function bound(value: string | null, side: 'from' | 'to'): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  if (/^\d{4}-\d{2}$/.test(trimmed)) return `${trimmed}-${side === 'from' ? '01' : '31'}`;
  return null;
}

function passesDate(brief: Brief, filters: Filters): boolean {
  const from = bound(filters.dateFrom, 'from');
  const to = bound(filters.dateTo, 'to');
  if (from === null && to === null) return true;
  if (brief.date === null) return false;
  return (from === null || brief.date >= from) && (to === null || brief.date <= to);
}

function rowMatches(brief: Brief, row: Entry, filters: Filters): boolean {
  if (filters.minRelevancy !== null && (row.relevancy === null || row.relevancy < filters.minRelevancy))
    return false;
  const cells = [row.name, row.description, brief.title, brief.summary];
  if ('change' in row) {
    const { change, tenYear, drivingForce } = row as Signal;
    cells.push(change, tenYear, drivingForce);
  }
  const lowerCells = cells.map((cell) => cell.toLowerCase());
  return parseSearch(filters.text).clauses.every((clause) =>
    clause.some((term) => term.negated !== lowerCells.some((cell) => holdsTerm(cell, term.words))),
  );
}

const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}\p{M}]/u.test(character);
const isUnspaced = (character: string) =>
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u.test(
    character,
  );

/**
 * Whether a lower-cased cell holds the words in order, the first at a word start (any position
 * when it starts with neither a letter nor a digit, or with a letter of a script without spaces),
 * each next one after one or more characters that are neither.
 */
function holdsTerm(cell: string, words: readonly string[]): boolean {
  const first = words[0]!;
  const anywhere = !isWordCharacter(first[0]) || isUnspaced(first[0]!);
  for (let start = 0; start < cell.length; start++) {
    if (!anywhere && isWordCharacter(cell[start - 1])) continue;
    if (cell.startsWith(first, start) && restFollows(cell, start + first.length, words.slice(1))) return true;
  }
  return false;
}

/** Whether the words follow from `at` on, each after a gap of one or more characters that are no letters or digits. */
function restFollows(cell: string, at: number, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  for (let next = at + 1; next <= cell.length && !isWordCharacter(cell[next - 1]); next++) {
    if (cell.startsWith(words[0]!, next) && restFollows(cell, next + words[0]!.length, words.slice(1)))
      return true;
  }
  return false;
}

const spellingCache = new WeakMap<Dataset, Map<string, string[]>>();

/** Each value's distinct spellings, most frequent first (first seen on a tie), keyed by facet and value key. */
function spellings(dataset: Dataset): Map<string, string[]> {
  const cached = spellingCache.get(dataset);
  if (cached !== undefined) return cached;
  const counted = new Map<string, Map<string, number>>();
  for (const brief of dataset.briefs) {
    for (const facet of FACET_NAMES) {
      for (const value of valuesOf(brief, facet)) {
        const id = `${facet}:${key(value)}`;
        const counts = counted.get(id) ?? new Map<string, number>();
        counts.set(value.trim(), (counts.get(value.trim()) ?? 0) + 1);
        counted.set(id, counts);
      }
    }
  }
  const ordered = new Map<string, string[]>();
  for (const [id, counts] of counted)
    ordered.set(
      id,
      [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!),
    );
  spellingCache.set(dataset, ordered);
  return ordered;
}

export function referenceQuery(dataset: Dataset, filters: Filters): ReferenceResult {
  const fold = buildLabelFold(
    dataset.briefs.flatMap((brief) => [
      ...brief.themes,
      ...brief.keywords,
      brief.category ?? '',
      brief.type ?? '',
    ]),
  );
  key = (value) => fold.keyOf(value);
  const rowLevel = filters.minRelevancy !== null || parseSearch(filters.text).clauses.length > 0;
  const hasRow = dataset.briefs.map(
    (brief) =>
      !rowLevel || ENTRY_KINDS.some((kind) => brief[kind].some((row) => rowMatches(brief, row, filters))),
  );
  const passesExcept = (brief: Brief, except: FacetName | null) =>
    passesDate(brief, filters) &&
    FACET_NAMES.every((facet) => facet === except || passesFacet(brief, facet, filters));

  const briefIds = dataset.briefs.flatMap((brief, number) =>
    passesExcept(brief, null) && hasRow[number] ? [number] : [],
  );
  const rowIds = {} as Record<EntryKind, number[]>;
  for (const kind of ENTRY_KINDS) {
    rowIds[kind] = [];
    let rowId = 0;
    for (const brief of dataset.briefs) {
      for (const row of brief[kind]) {
        if (passesExcept(brief, null) && rowMatches(brief, row, filters)) rowIds[kind].push(rowId);
        rowId++;
      }
    }
  }

  const facets = {} as Record<FacetName, FacetCount[]>;
  for (const facet of FACET_NAMES) {
    const counts = new Map<string, number>();
    dataset.briefs.forEach((brief, number) => {
      if (!hasRow[number] || !passesExcept(brief, facet)) return;
      for (const value of new Set(valuesOf(brief, facet).map(key)))
        counts.set(value, (counts.get(value) ?? 0) + 1);
    });
    for (const selected of filters[facet]) {
      if (key(selected) !== '' && !counts.has(key(selected))) counts.set(key(selected), 0);
    }
    const given = (valueKey: string) => filters[facet].find((selected) => key(selected) === valueKey)!.trim();
    facets[facet] = [...counts]
      .map(([valueKey, count]) => {
        const spelled = spellings(dataset).get(`${facet}:${valueKey}`);
        return {
          key: valueKey,
          label: spelled?.[0] ?? given(valueKey),
          count,
          spellings: spelled ?? [given(valueKey)],
        };
      })
      .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label) || (a.key < b.key ? -1 : 1));
  }
  return { briefIds, rowIds, facets };
}
