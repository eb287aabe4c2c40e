import type { EntryKind } from '../model/types';
import { dateNumber, valueIdOf, type CorpusIndex } from '../query/corpusIndex';
import type { FacetName, QueryResult } from '../query/types';

/** What a chart mark stands for; a brief is behind the mark when it meets every part given. */
export interface MarkSelection {
  /** Values the brief carries, every one of them (any spelling of their groups). */
  values?: { facet: FacetName; labels: readonly string[] };
  /** Inclusive yyyy-mm-dd bounds of the brief's date. */
  dates?: { from: string; to: string };
  /** A matching row of one of these kinds at this relevancy (0 for rows without one, null for any). */
  rows?: { kinds: readonly EntryKind[]; level: number | null };
}

/** The filtered briefs (result.briefIds, in its order) behind a mark. */
export function briefsBehind(index: CorpusIndex, result: QueryResult, selection: MarkSelection): number[] {
  const tests: ((brief: number) => boolean)[] = [];
  if (selection.values !== undefined)
    tests.push(carriesAll(index, selection.values.facet, selection.values.labels));
  if (selection.dates !== undefined) {
    const from = dateNumber(selection.dates.from);
    const to = dateNumber(selection.dates.to);
    tests.push((brief) => from >= 0 && index.briefDate[brief]! >= from && index.briefDate[brief]! <= to);
  }
  if (selection.rows !== undefined)
    tests.push(hasRowsAt(index, result, selection.rows.kinds, selection.rows.level));
  const briefs: number[] = [];
  for (const brief of result.briefIds) if (tests.every((test) => test(brief))) briefs.push(brief);
  return briefs;
}

function carriesAll(
  index: CorpusIndex,
  facet: FacetName,
  labels: readonly string[],
): (brief: number) => boolean {
  const values = index.facets[facet];
  const ids = labels.map((label) => valueIdOf(index, facet, label));
  if (ids.some((id) => id === undefined)) return () => false;
  return (brief) => {
    const carried = values.briefValues.subarray(values.briefOffsets[brief]!, values.briefOffsets[brief + 1]!);
    return ids.every((id) => carried.includes(id!));
  };
}

function hasRowsAt(
  index: CorpusIndex,
  result: QueryResult,
  kinds: readonly EntryKind[],
  level: number | null,
): (brief: number) => boolean {
  const marked = new Uint8Array(index.briefs.length);
  for (const kind of kinds) {
    const { briefOf, relevancy } = index.rows[kind];
    for (const row of result.rowIds[kind])
      if (level === null || relevancy[row] === level) marked[briefOf[row]!] = 1;
  }
  return (brief) => marked[brief] === 1;
}
