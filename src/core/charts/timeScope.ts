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
  const isFuture = new Uint8Array(index.briefs.length);
  let future = 0;
  for (const brief of result.briefIds) {
    if (index.briefDate[brief]! > limit) {
      isFuture[brief] = 1;
      future++;
    }
  }
  if (future === 0 || limit < 0) return { result, future: 0 };
  const rowIds = {} as Record<EntryKind, Uint32Array>;
  for (const kind of ENTRY_KINDS)
    rowIds[kind] = keptRows(result.rowIds[kind], index.rows[kind].briefOf, isFuture);
  return { result: { ...result, briefIds: keptRows(result.briefIds, null, isFuture), rowIds }, future };
}

/** The ids whose brief (the id itself when `briefOf` is null) is not marked. */
function keptRows(ids: Uint32Array, briefOf: Uint32Array | null, marked: Uint8Array): Uint32Array {
  const kept = new Uint32Array(ids.length);
  let count = 0;
  for (const id of ids) if (marked[briefOf === null ? id : briefOf[id]!] === 0) kept[count++] = id;
  return kept.slice(0, count);
}
