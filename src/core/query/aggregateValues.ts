import { ENTRY_KINDS } from '../model/types';
import type { CorpusIndex } from './corpusIndex';
import type { FacetName, QueryResult } from './types';

export interface ValueStat {
  key: string;
  label: string;
  /** Briefs of result.briefIds carrying the value. */
  briefs: number;
  /** Mean relevancy of the matching rows (result.rowIds) of those briefs that have one; null when none has. */
  meanRelevancy: number | null;
}

/** How many of the given briefs carry each value of the facet. */
export function briefCountsPerValue(
  index: CorpusIndex,
  facet: FacetName,
  briefIds: Uint32Array,
): Uint32Array {
  const { briefOffsets, briefValues, keys } = index.facets[facet];
  const counts = new Uint32Array(keys.length);
  for (const brief of briefIds) {
    for (let i = briefOffsets[brief]!; i < briefOffsets[brief + 1]!; i++) counts[briefValues[i]!]!++;
  }
  return counts;
}

/**
 * The ids of the n values with the highest counts (ties by label), highest first, counts > 0 only.
 * Values below the n-th highest count are dropped by a histogram of counts before sorting.
 */
export function topValueIds(index: CorpusIndex, facet: FacetName, counts: Uint32Array, n: number): number[] {
  if (n <= 0) return [];
  let maxCount = 0;
  for (const count of counts) if (count > maxCount) maxCount = count;
  const valuesWithCount = new Uint32Array(maxCount + 1);
  for (const count of counts) valuesWithCount[count]!++;
  let threshold = maxCount;
  let kept = valuesWithCount[maxCount]!;
  while (threshold > 1 && kept < n) kept += valuesWithCount[--threshold]!;
  threshold = Math.max(threshold, 1);
  const { labelRank } = index.facets[facet];
  const ids: number[] = [];
  counts.forEach((count, id) => {
    if (count >= threshold) ids.push(id);
  });
  return ids.sort((a, b) => counts[b]! - counts[a]! || labelRank[a]! - labelRank[b]!).slice(0, n);
}

/** The n values carried by the most filtered briefs, with the mean relevancy of their matching rows. */
export function topValues(
  index: CorpusIndex,
  result: QueryResult,
  facet: 'themes' | 'keywords',
  n: number,
): ValueStat[] {
  const briefCount = index.briefs.length;
  const relevancySum = new Float64Array(briefCount);
  const ratedRows = new Uint32Array(briefCount);
  for (const kind of ENTRY_KINDS) {
    const { briefOf, relevancy } = index.rows[kind];
    for (const row of result.rowIds[kind]) {
      const level = relevancy[row]!;
      if (level === 0) continue;
      relevancySum[briefOf[row]!]! += level;
      ratedRows[briefOf[row]!]!++;
    }
  }
  const values = index.facets[facet];
  const counts = new Uint32Array(values.keys.length);
  const valueSum = new Float64Array(values.keys.length);
  const valueRated = new Uint32Array(values.keys.length);
  for (const brief of result.briefIds) {
    for (let i = values.briefOffsets[brief]!; i < values.briefOffsets[brief + 1]!; i++) {
      const id = values.briefValues[i]!;
      counts[id]!++;
      valueSum[id]! += relevancySum[brief]!;
      valueRated[id]! += ratedRows[brief]!;
    }
  }
  return topValueIds(index, facet, counts, n).map((id) => ({
    key: values.keys[id]!,
    label: values.labels[id]!,
    briefs: counts[id]!,
    meanRelevancy: valueRated[id] === 0 ? null : valueSum[id]! / valueRated[id]!,
  }));
}

export interface CoOccurrence {
  /** The top n themes among the filtered briefs, with how many carry each. */
  themes: { key: string; label: string; briefs: number }[];
  /** counts[i][j]: filtered briefs carrying both theme i and theme j (the diagonal: theme i). */
  counts: number[][];
  /** lift[i][j] = P(i and j) / (P(i) P(j)) over the filtered briefs; 1 means independent. */
  lift: number[][];
  /** The number of filtered briefs the probabilities are taken over. */
  briefs: number;
}

/** Co-occurrence of the top n themes over result.briefIds. */
export function coOccurrence(index: CorpusIndex, result: QueryResult, n: number): CoOccurrence {
  const values = index.facets.themes;
  const totals = briefCountsPerValue(index, 'themes', result.briefIds);
  const top = topValueIds(index, 'themes', totals, n);
  const slotOf = new Int32Array(values.keys.length).fill(-1);
  top.forEach((id, slot) => (slotOf[id] = slot));
  const size = top.length;
  const pairs = new Uint32Array(size * size);
  const slots: number[] = [];
  for (const brief of result.briefIds) {
    slots.length = 0;
    for (let i = values.briefOffsets[brief]!; i < values.briefOffsets[brief + 1]!; i++) {
      const slot = slotOf[values.briefValues[i]!]!;
      if (slot >= 0) slots.push(slot);
    }
    for (const a of slots) for (const b of slots) pairs[a * size + b]!++;
  }
  const briefs = result.briefIds.length;
  const counts = top.map((_, a) => Array.from(pairs.subarray(a * size, (a + 1) * size)));
  const lift = counts.map((row, a) =>
    row.map((both, b) => (both * briefs) / (totals[top[a]!]! * totals[top[b]!]!)),
  );
  return {
    themes: top.map((id) => ({ key: values.keys[id]!, label: values.labels[id]!, briefs: totals[id]! })),
    counts,
    lift,
    briefs,
  };
}
