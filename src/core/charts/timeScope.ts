import { ENTRY_KINDS, type EntryKind } from '../model/types';
import { dateNumber, type CorpusIndex } from '../query/corpusIndex';
import type { QueryResult } from '../query/types';

/**
 * The result without the briefs dated after `today` (yyyy-mm-dd) and their rows, and how many
 * briefs that left out. A date in the future is a data error (a mistyped page id): kept in a time
 * chart it would stretch the span by years and anchor "the last N months" on nothing.
 */
export function withoutFutureBriefs(
  index: CorpusIndex,
  result: QueryResult,
  today: string,
): { result: QueryResult; future: number } {
  const limit = dateNumber(today);
  const isFuture = (brief: number) => index.briefDate[brief]! > limit;
  const briefIds = result.briefIds.filter((brief) => !isFuture(brief));
  const future = result.briefIds.length - briefIds.length;
  if (future === 0 || limit < 0) return { result, future: 0 };
  const rowIds = {} as Record<EntryKind, Uint32Array>;
  for (const kind of ENTRY_KINDS) {
    const { briefOf } = index.rows[kind];
    rowIds[kind] = result.rowIds[kind].filter((row) => !isFuture(briefOf[row]!));
  }
  return { result: { ...result, briefIds, rowIds }, future };
}
