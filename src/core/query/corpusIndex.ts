import {
  ENTRY_KINDS,
  type Brief,
  type Dataset,
  type Entry,
  type EntryKind,
  type Signal,
} from '../model/types';
import { buildLabelFold, type LabelFold } from '../labels/labelFold';
import { lazySearchIndex, type LazySearchIndex } from './searchIndex';
import { FACET_NAMES, type FacetName } from './types';

/** The rows of one kind across all briefs. Row ids are numbered in brief order, then table order. */
export interface RowTable {
  kind: EntryKind;
  count: number;
  /** Row id -> brief number. */
  briefOf: Uint32Array;
  /** Row id -> index within that brief's table. */
  entryOf: Uint32Array;
  /** The rows of brief b are the ids rowStart[b] .. rowStart[b + 1] - 1. */
  rowStart: Uint32Array;
  /** Row id -> relevancy 1..5, or 0 when the row has none. */
  relevancy: Uint8Array;
  entry(rowId: number): Entry | Signal;
}

/**
 * One facet's distinct values (groups of labels under the dataset's LabelFold) and which briefs carry them, both ways, as CSR arrays:
 * the values of brief b are briefValues[briefOffsets[b] .. briefOffsets[b + 1]), the briefs of
 * value v are valueBriefs[valueOffsets[v] .. valueOffsets[v + 1]) in ascending order.
 */
export interface FacetIndex {
  keys: string[];
  /** The most frequent original spelling of each value (ties: the first seen). */
  labels: string[];
  /** Each value's distinct spellings (trimmed), most frequent first: labels[v] === spellings[v][0]. */
  spellings: string[][];
  idByKey: Map<string, number>;
  /** Value ids in label order (locale-aware, case-insensitive), and each value's position in it. */
  labelOrder: Uint32Array;
  labelRank: Uint32Array;
  briefOffsets: Uint32Array;
  briefValues: Uint32Array;
  valueOffsets: Uint32Array;
  valueBriefs: Uint32Array;
}

/** A column's values as dense ranks: equal values share one; rank === distinct marks an empty value. */
export interface ColumnRanks {
  ranks: Uint32Array;
  distinct: number;
}

/** Everything the queries need, built once when a dataset is loaded. Brief number = position in dataset.briefs. */
export interface CorpusIndex {
  dataset: Dataset;
  briefs: Brief[];
  briefNumberById: Map<string, number>;
  /** Brief number -> date as yyyymmdd, or -1 when the brief has no date. */
  briefDate: Int32Array;
  /** Which labels are one value, for every facet (see core/labels); selections are matched through it. */
  fold: LabelFold;
  facets: Record<FacetName, FacetIndex>;
  rows: Record<EntryKind, RowTable>;
  /** What the text search reads, built on first use or ahead of it (see prepareSearch, warmUpSteps). */
  search: LazySearchIndex;
  /** Sort ranks per "view:column", computed on first use (see sortIds). */
  sortRanks: Map<string, ColumnRanks>;
}

/** Compares labels the way people read them: in the user's locale, ignoring case. */
export const labelCollator = new Intl.Collator(undefined, { sensitivity: 'accent' });

export function buildIndex(dataset: Dataset): CorpusIndex {
  const briefs = dataset.briefs;
  const briefNumberById = new Map<string, number>();
  const briefDate = new Int32Array(briefs.length);
  briefs.forEach((brief, number) => {
    if (!briefNumberById.has(brief.id)) briefNumberById.set(brief.id, number);
    briefDate[number] = dateNumber(brief.date);
  });
  const fold = buildLabelFold(allLabels(briefs));
  const facets = {} as Record<FacetName, FacetIndex>;
  for (const facet of FACET_NAMES) facets[facet] = buildFacetIndex(briefs, facetValuesOf(facet), fold);
  const rows = {} as Record<EntryKind, RowTable>;
  for (const kind of ENTRY_KINDS) rows[kind] = buildRowTable(briefs, kind);
  return {
    dataset,
    briefs,
    briefNumberById,
    briefDate,
    fold,
    facets,
    rows,
    search: lazySearchIndex(briefs, (kind) => rows[kind].rowStart),
    sortRanks: new Map(),
  };
}

/**
 * Builds the search index now rather than on the first text query: tokenizing a large corpus
 * takes a while (warmUpSteps spreads it over idle periods).
 */
export function prepareSearch(index: CorpusIndex): void {
  index.search.get();
}

/** yyyymmdd of an ISO yyyy-mm-dd date, -1 for null or anything else. */
export function dateNumber(date: string | null): number {
  const match = date === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return -1;
  return Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]);
}

export function facetValuesOf(facet: FacetName): (brief: Brief) => readonly (string | null)[] {
  switch (facet) {
    case 'themes':
      return (brief) => brief.themes;
    case 'keywords':
      return (brief) => brief.keywords;
    case 'category':
      return (brief) => [brief.category];
    case 'type':
      return (brief) => [brief.type];
  }
}

/** Every facet value of every brief: the fold pairs an acronym in one facet with its expansion in another. */
function* allLabels(briefs: readonly Brief[]): Iterable<string> {
  const valuesOf = FACET_NAMES.map(facetValuesOf);
  for (const brief of briefs)
    for (const values of valuesOf) for (const value of values(brief)) if (value !== null) yield value;
}

/** The id of the value a label belongs to (any spelling of it), or undefined when no brief carries it. */
export function valueIdOf(index: Pick<CorpusIndex, 'fold' | 'facets'>, facet: FacetName, label: string) {
  return index.facets[facet].idByKey.get(index.fold.keyOf(label));
}

/** One distinct raw value as written in the briefs (before folding), and how often it occurs. */
interface Spelling {
  valueId: number;
  trimmed: string;
  occurrences: number;
}

function buildFacetIndex(
  briefs: readonly Brief[],
  valuesOf: (brief: Brief) => readonly (string | null)[],
  fold: LabelFold,
): FacetIndex {
  const keys: string[] = [];
  const idByKey = new Map<string, number>();
  // Raw values repeat across briefs: key each distinct one once. null marks a blank value.
  const spellingOf = new Map<string, Spelling | null>();
  const spellings: Spelling[] = [];
  const lastBriefOf: number[] = [];
  const briefOffsets = new Uint32Array(briefs.length + 1);
  const briefValueList: number[] = [];
  for (let number = 0; number < briefs.length; number++) {
    for (const value of valuesOf(briefs[number]!)) {
      if (value === null) continue;
      let spelling = spellingOf.get(value);
      if (spelling === undefined) {
        spelling = newSpelling(fold.keyOf(value), value, keys, idByKey, lastBriefOf);
        spellingOf.set(value, spelling);
        if (spelling !== null) spellings.push(spelling);
      }
      if (spelling === null) continue;
      spelling.occurrences++;
      if (lastBriefOf[spelling.valueId] === number) continue;
      lastBriefOf[spelling.valueId] = number;
      briefValueList.push(spelling.valueId);
    }
    briefOffsets[number + 1] = briefValueList.length;
  }
  const briefValues = Uint32Array.from(briefValueList);
  const spellingsOf = spellingsByFrequency(spellings, keys.length);
  const labels = spellingsOf.map((spelled) => spelled[0]!);
  const labelOrder = Uint32Array.from(keys.keys()).sort(
    (a, b) => labelCollator.compare(labels[a]!, labels[b]!) || a - b,
  );
  const labelRank = new Uint32Array(keys.length);
  labelOrder.forEach((id, rank) => (labelRank[id] = rank));
  const { offsets: valueOffsets, members: valueBriefs } = invert(briefOffsets, briefValues, keys.length);
  return {
    keys,
    labels,
    spellings: spellingsOf,
    idByKey,
    labelOrder,
    labelRank,
    briefOffsets,
    briefValues,
    valueOffsets,
    valueBriefs,
  };
}

function newSpelling(
  key: string,
  value: string,
  keys: string[],
  idByKey: Map<string, number>,
  lastBriefOf: number[],
): Spelling | null {
  if (key === '') return null;
  let valueId = idByKey.get(key);
  if (valueId === undefined) {
    valueId = keys.length;
    idByKey.set(key, valueId);
    keys.push(key);
    lastBriefOf.push(-1);
  }
  return { valueId, trimmed: value.trim(), occurrences: 0 };
}

/** Per value, its distinct trimmed spellings, most frequent first; spellings come in first-seen order, so the first seen wins a tie. */
function spellingsByFrequency(spellings: readonly Spelling[], valueCount: number): string[][] {
  const idOf = (valueId: number, trimmed: string) => `${valueId}\u0000${trimmed}`;
  const counts = new Map<string, number>();
  const byValue = Array.from({ length: valueCount }, (): string[] => []);
  for (const { valueId, trimmed, occurrences } of spellings) {
    const id = idOf(valueId, trimmed);
    const counted = counts.get(id);
    if (counted === undefined) byValue[valueId]!.push(trimmed);
    counts.set(id, (counted ?? 0) + occurrences);
  }
  byValue.forEach((spelled, valueId) => {
    if (spelled.length > 1)
      spelled.sort((a, b) => counts.get(idOf(valueId, b))! - counts.get(idOf(valueId, a))!);
  });
  return byValue;
}

/** Turns "values per brief" into "briefs per value", briefs ascending. */
function invert(offsets: Uint32Array, values: Uint32Array, valueCount: number) {
  const valueOffsets = new Uint32Array(valueCount + 1);
  for (const value of values) valueOffsets[value + 1]!++;
  for (let v = 0; v < valueCount; v++) valueOffsets[v + 1]! += valueOffsets[v]!;
  const fill = valueOffsets.slice(0, valueCount);
  const members = new Uint32Array(values.length);
  for (let b = 0; b + 1 < offsets.length; b++) {
    for (let i = offsets[b]!; i < offsets[b + 1]!; i++) members[fill[values[i]!]!++] = b;
  }
  return { offsets: valueOffsets, members };
}

function buildRowTable(briefs: readonly Brief[], kind: EntryKind): RowTable {
  let count = 0;
  for (const brief of briefs) count += brief[kind].length;
  const briefOf = new Uint32Array(count);
  const entryOf = new Uint32Array(count);
  const rowStart = new Uint32Array(briefs.length + 1);
  const relevancy = new Uint8Array(count);
  let row = 0;
  for (let number = 0; number < briefs.length; number++) {
    const entries: readonly (Entry | Signal)[] = briefs[number]![kind];
    for (let position = 0; position < entries.length; position++) {
      briefOf[row] = number;
      entryOf[row] = position;
      relevancy[row] = validRelevancy(entries[position]!.relevancy);
      row++;
    }
    rowStart[number + 1] = row;
  }
  const entry = (rowId: number): Entry | Signal => {
    const entries: readonly (Entry | Signal)[] = briefs[briefOf[rowId]!]![kind];
    return entries[entryOf[rowId]!]!;
  };
  return {
    kind,
    count,
    briefOf,
    entryOf,
    rowStart,
    relevancy,
    entry,
  };
}

function validRelevancy(relevancy: number | null): number {
  return relevancy !== null && Number.isInteger(relevancy) && relevancy >= 1 && relevancy <= 5
    ? relevancy
    : 0;
}
