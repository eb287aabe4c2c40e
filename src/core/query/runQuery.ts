import { ENTRY_KINDS, type EntryKind } from '../model/types';
import type { LabelFold } from '../labels/labelFold';
import { labelCollator, type CorpusIndex, type FacetIndex } from './corpusIndex';
import { isEmptySearch, parseSearch } from './searchQuery';
import { matchSearch, matchText, newRowMasks, type RowMasks } from './textSearch';
import { FACET_NAMES, type FacetCount, type FacetName, type Filters, type QueryResult } from './types';

/**
 * A brief-level condition: mask[b] === 1 when brief b passes. Facet constraints are left out
 * when counting that facet's own values (crossfilter); the date range never is.
 */
export interface BriefConstraint {
  facet: FacetName | null;
  mask: Uint8Array;
}

/** Which briefs fail how many constraints, and the briefs worth looking at for results or facet counts. */
export interface ConstraintOutcome {
  constraints: BriefConstraint[];
  failures: Uint8Array;
  /** The constraint a brief failed, meaningful when it failed exactly one. */
  failedAt: Uint8Array;
  /** Briefs passing every constraint, or all but one facet's (those count towards that facet). */
  candidates: Uint32Array;
}

/** The stateless query: every call computes everything from the index. */
export function runQuery(index: CorpusIndex, filters: Filters): QueryResult {
  const outcome = evaluateConstraints(
    index,
    briefConstraints(filters, (facet) => facetMask(index, facet, filters), dateMask(index, filters)),
  );
  const query = parseSearch(filters.text);
  const textMask = isEmptySearch(query)
    ? null
    : matchSearch(index, query, outcome.candidates, (words) => {
        const masks = newRowMasks(index);
        matchText(index, words, outcome.candidates, masks, false);
        return masks;
      });
  return assembleResult(index, filters, outcome, textMask);
}

export function briefConstraints(
  filters: Filters,
  maskOf: (facet: FacetName) => Uint8Array | null,
  date: Uint8Array | null,
): BriefConstraint[] {
  const constraints: BriefConstraint[] = [];
  for (const facet of FACET_NAMES) {
    const mask = filters[facet].length > 0 ? maskOf(facet) : null;
    if (mask !== null) constraints.push({ facet, mask });
  }
  if (date !== null) constraints.push({ facet: null, mask: date });
  return constraints;
}

/** Distinct group keys of a selection, sorted, so that equal selections (in any spelling) compare equal. */
export function selectionKeys(fold: LabelFold, selected: readonly string[]): string[] {
  return [...new Set(selected.map((label) => fold.keyOf(label)))].filter((key) => key !== '').sort();
}

export function matchesAll(filters: Filters, facet: FacetName): boolean {
  return (facet === 'themes' && filters.themesAll) || (facet === 'keywords' && filters.keywordsAll);
}

/** Briefs carrying any (or, for themesAll/keywordsAll, every) selected value; null when nothing is selected. */
export function facetMask(index: CorpusIndex, facet: FacetName, filters: Filters): Uint8Array | null {
  const keys = selectionKeys(index.fold, filters[facet]);
  if (keys.length === 0) return null;
  const values = index.facets[facet];
  const mask = new Uint8Array(index.briefs.length);
  const ids = keys.map((key) => values.idByKey.get(key));
  if (!matchesAll(filters, facet)) {
    for (const id of ids) if (id !== undefined) forEachBriefOf(values, id, (brief) => (mask[brief] = 1));
    return mask;
  }
  if (ids.includes(undefined)) return mask;
  const carried = new Uint32Array(index.briefs.length);
  for (const id of ids) forEachBriefOf(values, id!, (brief) => carried[brief]!++);
  for (let brief = 0; brief < mask.length; brief++) mask[brief] = carried[brief] === ids.length ? 1 : 0;
  return mask;
}

function forEachBriefOf(values: FacetIndex, id: number, visit: (brief: number) => void): void {
  for (let i = values.valueOffsets[id]!; i < values.valueOffsets[id + 1]!; i++) visit(values.valueBriefs[i]!);
}

/** Briefs dated within the inclusive range; null when no bound is set. A bound that is not a date is ignored. */
export function dateMask(
  index: CorpusIndex,
  filters: Pick<Filters, 'dateFrom' | 'dateTo'>,
): Uint8Array | null {
  const from = dateBound(filters.dateFrom, 'from');
  const to = dateBound(filters.dateTo, 'to');
  if (from === null && to === null) return null;
  const low = from ?? 0;
  const high = to ?? Number.MAX_SAFE_INTEGER;
  const dates = index.briefDate;
  const mask = new Uint8Array(dates.length);
  for (let brief = 0; brief < dates.length; brief++) {
    const date = dates[brief]!;
    mask[brief] = date >= 0 && date >= low && date <= high ? 1 : 0;
  }
  return mask;
}

/** yyyymmdd of a bound given as yyyy-mm-dd or yyyy-mm (the whole month: its first day as lower bound, its last as upper). */
export function dateBound(value: string | null, side: 'from' | 'to'): number | null {
  const match = value === null ? null : /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (match === null) return null;
  const month = Number(match[1]) * 100 + Number(match[2]);
  if (match[3] !== undefined) return month * 100 + Number(match[3]);
  return month * 100 + (side === 'from' ? 1 : 31);
}

export function evaluateConstraints(index: CorpusIndex, constraints: BriefConstraint[]): ConstraintOutcome {
  const briefCount = index.briefs.length;
  const failures = new Uint8Array(briefCount);
  const failedAt = new Uint8Array(briefCount);
  constraints.forEach(({ mask }, position) => {
    for (let brief = 0; brief < briefCount; brief++) {
      if (mask[brief] === 0) {
        failures[brief]!++;
        failedAt[brief] = position;
      }
    }
  });
  const candidates = new Uint32Array(briefCount);
  let length = 0;
  for (let brief = 0; brief < briefCount; brief++) {
    const failed = failures[brief]!;
    if (failed === 0 || (failed === 1 && constraints[failedAt[brief]!]!.facet !== null))
      candidates[length++] = brief;
  }
  return { constraints, failures, failedAt, candidates: candidates.slice(0, length) };
}

/** Scratch space for the row ids of one kind, reused: a fresh one per kind and query (2 MB at 30,000 briefs) cost more than filling it. */
let rowBuffer = new Uint32Array(0);

/** Gathers briefs, rows and crossfilter facet counts from the evaluated constraints and row-level filters. */
export function assembleResult(
  index: CorpusIndex,
  filters: Filters,
  outcome: ConstraintOutcome,
  textMask: RowMasks | null,
): QueryResult {
  const { constraints, failures, failedAt, candidates } = outcome;
  const rowLevel = textMask !== null || filters.minRelevancy !== null;
  const threshold = filters.minRelevancy === null ? 0 : Math.max(1, filters.minRelevancy);
  const hasRow = new Uint8Array(rowLevel ? index.briefs.length : 0);
  const rowIds = {} as Record<EntryKind, Uint32Array>;
  for (const kind of ENTRY_KINDS) {
    const { rowStart, relevancy, count } = index.rows[kind];
    const text = textMask === null ? null : textMask[kind];
    if (rowBuffer.length < count) rowBuffer = new Uint32Array(count);
    const buffer = rowBuffer;
    let length = 0;
    for (let i = 0; i < candidates.length; i++) {
      const brief = candidates[i]!;
      const passesAll = failures[brief] === 0;
      const end = rowStart[brief + 1]!;
      if (!rowLevel) {
        if (passesAll) for (let row = rowStart[brief]!; row < end; row++) buffer[length++] = row;
        continue;
      }
      // A brief that only counts towards one facet needs one matching row, not all of them.
      if (!passesAll && hasRow[brief] === 1) continue;
      for (let row = rowStart[brief]!; row < end; row++) {
        if (relevancy[row]! < threshold || (text !== null && text[row] === 0)) continue;
        hasRow[brief] = 1;
        if (!passesAll) break;
        buffer[length++] = row;
      }
    }
    rowIds[kind] = buffer.slice(0, length);
  }

  const counts = {} as Record<FacetName, Uint32Array>;
  for (const facet of FACET_NAMES) counts[facet] = new Uint32Array(index.facets[facet].keys.length);
  const briefIds = new Uint32Array(candidates.length);
  let briefLength = 0;
  for (let i = 0; i < candidates.length; i++) {
    const brief = candidates[i]!;
    if (rowLevel && hasRow[brief] === 0) continue;
    if (failures[brief] === 0) {
      briefIds[briefLength++] = brief;
      for (const facet of FACET_NAMES) countValues(index.facets[facet], brief, counts[facet]);
    } else {
      const facet = constraints[failedAt[brief]!]!.facet!;
      countValues(index.facets[facet], brief, counts[facet]);
    }
  }

  const facets = {} as Record<FacetName, FacetCount[]>;
  for (const facet of FACET_NAMES)
    facets[facet] = facetCounts(index.fold, index.facets[facet], counts[facet], filters[facet]);
  return { briefIds: briefIds.slice(0, briefLength), rowIds, facets };
}

function countValues(values: FacetIndex, brief: number, counts: Uint32Array): void {
  for (let i = values.briefOffsets[brief]!; i < values.briefOffsets[brief + 1]!; i++)
    counts[values.briefValues[i]!]!++;
}

/** Values with a count, plus the selected ones even at zero; by count descending, then label. */
function facetCounts(
  fold: LabelFold,
  values: FacetIndex,
  counts: Uint32Array,
  selected: readonly string[],
): FacetCount[] {
  const selectedLabels = new Map<string, string>();
  for (const label of selected) {
    const key = fold.keyOf(label);
    if (key !== '' && !selectedLabels.has(key)) selectedLabels.set(key, label.trim());
  }
  // Counting sort by count, descending, stable over label order.
  let maxCount = 0;
  for (const count of counts) if (count > maxCount) maxCount = count;
  const slots = new Uint32Array(maxCount + 1);
  for (const count of counts) if (count > 0) slots[maxCount - count + 1]!++;
  for (let slot = 1; slot < slots.length; slot++) slots[slot]! += slots[slot - 1]!;
  const ranked: FacetCount[] = new Array<FacetCount>(slots[maxCount]!);
  for (const id of values.labelOrder) {
    const count = counts[id]!;
    if (count > 0)
      ranked[slots[maxCount - count]!++] = {
        key: values.keys[id]!,
        label: values.labels[id]!,
        count,
        spellings: values.spellings[id]!,
      };
  }
  const unmatched: FacetCount[] = [];
  for (const [key, label] of selectedLabels) {
    const id = values.idByKey.get(key);
    if (id === undefined) unmatched.push({ key, label, count: 0, spellings: [label] });
    else if (counts[id] === 0)
      unmatched.push({ key, label: values.labels[id]!, count: 0, spellings: values.spellings[id]! });
  }
  unmatched.sort((a, b) => labelCollator.compare(a.label, b.label) || (a.key < b.key ? -1 : 1));
  return ranked.concat(unmatched);
}
