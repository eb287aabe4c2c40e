import { VIEW_COLUMNS, type ColumnSpec, type ColumnValue } from './columns';
import { labelCollator, type ColumnRanks, type CorpusIndex } from './corpusIndex';
import type { SortKey, ViewName } from './types';

/**
 * Orders ids (brief numbers for the briefs view, row ids otherwise) by the sort keys, first key
 * first. Stable: ids that tie keep their input order. Empty values (null, blank text, empty
 * list) come last in either direction. Text compares case-insensitively and locale-aware,
 * lists by their values joined. Unknown columns are ignored; no keys returns `ids` itself.
 *
 * Each column is turned once into dense ranks (cached on the index); a sort is then one stable
 * counting-sort pass per key, last key first: O(keys x (ids + distinct values)), no comparisons.
 */
export function sortIds(
  index: CorpusIndex,
  view: ViewName,
  ids: Uint32Array,
  sort: readonly SortKey[],
): Uint32Array {
  const keys = sort.flatMap((key) => {
    const ranks = columnRanks(index, view, key.column);
    return ranks === null ? [] : [{ ranks, desc: key.desc }];
  });
  if (keys.length === 0) return ids;
  let order = ids;
  for (let k = keys.length - 1; k >= 0; k--) {
    const { ranks, desc } = keys[k]!;
    order = countingSort(order, ranks, desc);
  }
  return order;
}

function countingSort(ids: Uint32Array, { ranks, distinct }: ColumnRanks, desc: boolean): Uint32Array {
  const bucketOf = (id: number): number => {
    const rank = ranks[id]!;
    return rank === distinct || !desc ? rank : distinct - 1 - rank;
  };
  const starts = new Uint32Array(distinct + 2);
  for (const id of ids) starts[bucketOf(id) + 1]!++;
  for (let bucket = 1; bucket < starts.length; bucket++) starts[bucket]! += starts[bucket - 1]!;
  const sorted = new Uint32Array(ids.length);
  for (const id of ids) sorted[starts[bucketOf(id)]!++] = id;
  return sorted;
}

/** The column's ranks over every id of the view, computed on first use; null for an unknown column. */
export function columnRanks(index: CorpusIndex, view: ViewName, columnId: string): ColumnRanks | null {
  const cacheKey = `${view}:${columnId}`;
  const cached = index.sortRanks.get(cacheKey);
  if (cached !== undefined) return cached;
  const steps = columnRanksInSteps(index, view, columnId);
  while (steps.next().done !== true);
  return index.sortRanks.get(cacheKey) ?? null;
}

/**
 * Computes what columnRanks(index, view, columnId) computes, a slice at a time: each `next()`
 * does a few milliseconds of the work, so idle-time callers never hold the page for long. Done
 * at once when the ranks are already there (a sort asked for them meanwhile).
 */
export function* columnRanksInSteps(
  index: CorpusIndex,
  view: ViewName,
  columnId: string,
): Generator<void, void> {
  const cacheKey = `${view}:${columnId}`;
  const spec = VIEW_COLUMNS[view].find((candidate) => candidate.id === columnId);
  if (spec === undefined || index.sortRanks.has(cacheKey)) return;
  const ranks = yield* rankColumn(
    index,
    spec,
    view === 'briefs' ? index.briefs.length : index.rows[view].count,
  );
  if (!index.sortRanks.has(cacheKey)) index.sortRanks.set(cacheKey, ranks);
}

type SortValue = string | number;

/** Ids read, values sorted or values compared between two pauses of rankColumn. */
const IDS_PER_SLICE = 8_192;
const SORTED_RUN = 1_024;
const COMPARISONS_PER_SLICE = 4_096;

function* rankColumn(index: CorpusIndex, spec: ColumnSpec, count: number): Generator<void, ColumnRanks> {
  const slotOf = new Map<SortValue, number>();
  const values: SortValue[] = [];
  const slots = new Int32Array(count);
  for (let id = 0; id < count; id++) {
    if (id > 0 && id % IDS_PER_SLICE === 0) yield;
    const value = sortValue(spec.value(index, id));
    if (value === null) {
      slots[id] = -1;
      continue;
    }
    let slot = slotOf.get(value);
    if (slot === undefined) {
      slot = values.length;
      slotOf.set(value, slot);
      values.push(value);
    }
    slots[id] = slot;
  }
  const text = spec.type === 'text' || spec.type === 'list';
  const order = yield* sortInSlices(
    Array.from(values.keys()),
    text ? (a, b) => orderText(values[a]!, values[b]!) : (a, b) => comparePlain(values[a]!, values[b]!),
  );
  const same = text
    ? (a: SortValue, b: SortValue) => labelCollator.compare(String(a), String(b)) === 0
    : (a: SortValue, b: SortValue) => a === b;
  const rankOfSlot = new Uint32Array(values.length);
  let rank = 0;
  for (let position = 0; position < order.length; position++) {
    if (position > 0 && position % IDS_PER_SLICE === 0) yield;
    const slot = order[position]!;
    if (position > 0 && !same(values[order[position - 1]!]!, values[slot]!)) rank++;
    rankOfSlot[slot] = rank;
  }
  const distinct = values.length === 0 ? 0 : rank + 1;
  const ranks = new Uint32Array(count);
  for (let id = 0; id < count; id++) ranks[id] = slots[id]! < 0 ? distinct : rankOfSlot[slots[id]!]!;
  return { ranks, distinct };
}

/**
 * A stable merge sort that pauses between slices: runs sorted by Array.prototype.sort (stable),
 * then merged pairwise, the left run winning ties. So the order is exactly the one a single
 * stable sort with `compare` gives.
 */
function* sortInSlices(
  items: number[],
  compare: (a: number, b: number) => number,
): Generator<void, number[]> {
  let runs: number[][] = [];
  for (let start = 0; start < items.length; start += SORTED_RUN) {
    if (start > 0) yield;
    runs.push(items.slice(start, start + SORTED_RUN).sort(compare));
  }
  while (runs.length > 1) {
    const merged: number[][] = [];
    for (let pair = 0; pair < runs.length; pair += 2) {
      const left = runs[pair]!;
      const right = runs[pair + 1];
      merged.push(right === undefined ? left : yield* mergeInSlices(left, right, compare));
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

function* mergeInSlices(
  left: readonly number[],
  right: readonly number[],
  compare: (a: number, b: number) => number,
): Generator<void, number[]> {
  const merged = new Array<number>(left.length + right.length);
  let l = 0;
  let r = 0;
  let out = 0;
  while (l < left.length && r < right.length) {
    merged[out++] = compare(left[l]!, right[r]!) <= 0 ? left[l++]! : right[r++]!;
    if (out % COMPARISONS_PER_SLICE === 0) yield;
  }
  while (l < left.length) merged[out++] = left[l++]!;
  while (r < right.length) merged[out++] = right[r++]!;
  return merged;
}

/** What a value sorts by; null when it is empty. */
function sortValue(value: ColumnValue): SortValue | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  const text = typeof value === 'string' ? value : value.join(', ');
  return text.trim() === '' ? null : text;
}

/**
 * The default locale's full order (case breaks ties), which V8 compares about twice as fast as a
 * configured collator. Values equal but for case end up next to each other, and `same` gives them
 * one rank.
 */
function orderText(a: SortValue, b: SortValue): number {
  return String(a).localeCompare(String(b));
}

function comparePlain(a: SortValue, b: SortValue): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
