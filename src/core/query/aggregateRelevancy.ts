import { ENTRY_KINDS, type EntryKind } from '../model/types';
import type { CorpusIndex } from './corpusIndex';
import type { QueryResult } from './types';

/** Matching rows at one relevancy level, per kind: one bar group of the histogram. */
export type RelevancyBin = { level: number } & Record<EntryKind, number>;

export interface RelevancyHistogram {
  /** Levels 1..5 in order. */
  bins: RelevancyBin[];
  /** Matching rows without a relevancy, per kind. */
  unrated: Record<EntryKind, number>;
}

export const RELEVANCY_LEVELS = [1, 2, 3, 4, 5] as const;

/** Rows of result.rowIds per relevancy level and kind. */
export function relevancyHistogram(index: CorpusIndex, result: QueryResult): RelevancyHistogram {
  const perKind = {} as Record<EntryKind, Uint32Array>;
  for (const kind of ENTRY_KINDS) {
    const counts = new Uint32Array(RELEVANCY_LEVELS.length + 1);
    const { relevancy } = index.rows[kind];
    for (const row of result.rowIds[kind]) counts[relevancy[row]!]!++;
    perKind[kind] = counts;
  }
  const countsAt = (level: number) => {
    const counts = {} as Record<EntryKind, number>;
    for (const kind of ENTRY_KINDS) counts[kind] = perKind[kind][level]!;
    return counts;
  };
  return { bins: RELEVANCY_LEVELS.map((level) => ({ level, ...countsAt(level) })), unrated: countsAt(0) };
}
