import { ENTRY_KINDS, type EntryKind } from '../model/types';
import type { CorpusIndex } from './corpusIndex';
import { CHUNK_SHIFT, tokensHolding, type Lists, type SearchIndex } from './searchIndex';

/** Per kind, one byte per row: 1 when the row matches. */
export type RowMasks = Record<EntryKind, Uint8Array>;

/**
 * The lower-cased words of a text query, without repeats or words contained in another one
 * (a row holding "climate" holds "clim"), longest first.
 */
export function searchWords(text: string): string[] {
  const words = [...new Set(text.toLowerCase().split(/\s+/))].filter((word) => word !== '');
  return words
    .filter((word) => !words.some((other) => other !== word && other.includes(word)))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

export function newRowMasks(index: CorpusIndex): RowMasks {
  const masks = {} as RowMasks;
  for (const kind of ENTRY_KINDS) masks[kind] = new Uint8Array(index.rows[kind].count);
  return masks;
}

/**
 * Reading a word's postings visits every item holding one of its tokens; reading token lists
 * stops at an item's first token holding it, which is quick for a common word. The postings are
 * read when they hold less than this share of all (item, token) pairs.
 */
const POSTINGS_SHARE = 1 / 20;

/**
 * Sets masks[kind][row] for the rows of the given briefs: 1 when every word occurs in the row's
 * text or in its brief's title or summary. With `onlyKept`, rows already at 0 are left unread
 * (the words narrow an earlier match).
 */
export function matchText(
  index: CorpusIndex,
  words: readonly string[],
  briefs: Uint32Array,
  masks: RowMasks,
  onlyKept: boolean,
): void {
  if (!onlyKept) {
    for (const kind of ENTRY_KINDS) {
      forEachRowRun(index.rows[kind].rowStart, briefs, (from, to) => masks[kind].fill(1, from, to));
    }
  }
  if (words.length === 0 || briefs.length === 0) return;
  const search = index.search.get();
  for (const word of words) {
    const tokens = tokensHolding(search, word);
    let postings = 0;
    for (const token of tokens) postings += search.occurrences[token]!;
    if (postings < search.pairCount * POSTINGS_SHARE)
      keepRowsByPostings(index, search, tokens, briefs, masks);
    else keepRowsByTokenLists(index, search, tokens, briefs, masks);
  }
}

/** The briefs b of `briefs` with flags[b] === value, in order (TypedArray filter, a call per brief, takes ms). */
export function briefsWhere(briefs: Uint32Array, flags: Uint8Array, value: number): Uint32Array {
  const kept = new Uint32Array(briefs.length);
  let length = 0;
  for (let i = 0; i < briefs.length; i++) if (flags[briefs[i]!] === value) kept[length++] = briefs[i]!;
  return kept.subarray(0, length);
}

/** Calls back with the row range of each run of consecutive briefs (b, b + 1, ...). */
function forEachRowRun(
  rowStart: Uint32Array,
  briefs: Uint32Array,
  visit: (from: number, to: number) => void,
): void {
  let first = 0;
  for (let i = 1; i <= briefs.length; i++) {
    if (i < briefs.length && briefs[i] === briefs[i - 1]! + 1) continue;
    visit(rowStart[briefs[first]!]!, rowStart[briefs[i - 1]! + 1]!);
    first = i;
  }
}

/**
 * Keeps, in the briefs not holding the word, only the kept rows listed under one of its tokens:
 * clears those briefs' rows, then sets the listed ones back, so the work follows the postings
 * rather than the rows.
 */
function keepRowsByPostings(
  index: CorpusIndex,
  search: SearchIndex,
  tokens: readonly number[],
  briefs: Uint32Array,
  masks: RowMasks,
): void {
  const others = briefsWhere(briefs, listedItems(search.postings.briefs, tokens, index.briefs.length), 0);
  const isOther = new Uint8Array(index.briefs.length);
  for (const brief of others) isOther[brief] = 1;
  for (const kind of ENTRY_KINDS) {
    const { rowStart, briefOf } = index.rows[kind];
    const { starts, values } = search.postings[kind];
    const mask = masks[kind];
    const kept: number[] = [];
    for (const token of tokens) {
      for (let at = starts[token]!; at < starts[token + 1]!; at++) {
        const row = values[at]!;
        if (mask[row] === 1 && isOther[briefOf[row]!] === 1) kept.push(row);
      }
    }
    forEachRowRun(rowStart, others, (from, to) => mask.fill(0, from, to));
    for (const row of kept) mask[row] = 1;
  }
}

/** One byte per item, 1 for the items listed under any of the tokens. */
function listedItems({ starts, values }: Lists, tokens: readonly number[], itemCount: number): Uint8Array {
  const listed = new Uint8Array(itemCount);
  for (const token of tokens) {
    for (let at = starts[token]!; at < starts[token + 1]!; at++) listed[values[at]!] = 1;
  }
  return listed;
}

/** Reads the token list of each brief, and of each kept row of a brief not holding the word. */
function keepRowsByTokenLists(
  index: CorpusIndex,
  search: SearchIndex,
  tokens: readonly number[],
  briefs: Uint32Array,
  masks: RowMasks,
): void {
  const wanted = new Uint8Array(search.occurrences.length);
  for (const token of tokens) wanted[token] = 1;
  const kinds = ENTRY_KINDS.map((kind) => ({
    rowStart: index.rows[kind].rowStart,
    mask: masks[kind],
    chunks: search.tokens[kind],
  }));
  for (let i = 0; i < briefs.length; i++) {
    const brief = briefs[i]!;
    if (listHolds(search.tokens.briefs, brief, brief, wanted)) continue;
    for (const { rowStart, mask, chunks } of kinds) {
      const end = rowStart[brief + 1]!;
      for (let row = rowStart[brief]!; row < end; row++) {
        if (mask[row] === 1 && !listHolds(chunks, row, brief, wanted)) mask[row] = 0;
      }
    }
  }
}

/** Whether the token list of `item` (a brief, or a row of brief `brief`) holds a wanted token. */
function listHolds(chunks: readonly Lists[], item: number, brief: number, wanted: Uint8Array): boolean {
  const { first, starts, values } = chunks[brief >>> CHUNK_SHIFT]!;
  const end = starts[item - first + 1]!;
  for (let at = starts[item - first]!; at < end; at++) if (wanted[values[at]!] === 1) return true;
  return false;
}
