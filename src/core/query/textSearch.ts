import { ENTRY_KINDS, type Entry, type EntryKind, type Signal } from '../model/types';
import type { CorpusIndex } from './corpusIndex';
import { CHUNK_SHIFT, tokensHolding, type Lists, type SearchIndex } from './searchIndex';
import { holdsAtWordStart, isPlainSearch, termPattern, type SearchQuery } from './searchQuery';

/** Per kind, one byte per row: 1 when the row matches. */
export type RowMasks = Record<EntryKind, Uint8Array>;

/**
 * The words a row must all hold (lower-cased), without repeats or words another one holds at a
 * word start (a row holding "climate" holds "clim"), longest first.
 */
export function searchWords(words: readonly string[]): string[] {
  const distinct = [...new Set(words)].filter((word) => word !== '');
  return distinct
    .filter((word) => !distinct.some((other) => other !== word && holdsAtWordStart(other, word)))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** The words every matching row holds: those of the clauses that are one wanted word or phrase. */
export function requiredWords(query: SearchQuery): string[] {
  return searchWords(
    query.clauses.flatMap((clause) => (clause.length === 1 && !clause[0]!.negated ? clause[0]!.words : [])),
  );
}

/** Row masks of the rows of the candidate briefs holding every one of `words` (see matchText). */
export type WordsMatcher = (words: string[]) => RowMasks;

/**
 * The rows of `briefs` matching a parsed query, as row masks valid for those briefs' rows. The
 * rows holding the required words come from `wordsMatch` (which may cache them: the result of
 * a plain query is its masks, not a copy); phrases, OR and exclusions then only read the rows
 * still matching.
 */
export function matchSearch(
  index: CorpusIndex,
  query: SearchQuery,
  briefs: Uint32Array,
  wordsMatch: WordsMatcher,
): RowMasks {
  const required = requiredWords(query);
  if (isPlainSearch(query)) return wordsMatch(required);
  const base = required.length > 0 ? wordsMatch(required) : null;
  const masks = newRowMasks(index);
  for (const kind of ENTRY_KINDS) {
    forEachRowRun(index.rows[kind].rowStart, briefs, (from, to) => {
      if (base === null) masks[kind].fill(1, from, to);
      else masks[kind].set(base[kind].subarray(from, to), from);
    });
  }
  const phrases = new PhraseMatcher(index);
  for (const clause of query.clauses) {
    if (clause.length === 1 && !clause[0]!.negated && clause[0]!.words.length === 1) continue;
    const terms = clause.map((term) => ({
      negated: term.negated,
      words: term.words.length > 1 && clause.length === 1 && !term.negated ? null : wordsMatch(term.words),
      phrase: term.words.length > 1 ? phrases.pattern(term.words) : null,
    }));
    for (const kind of ENTRY_KINDS) {
      const mask = masks[kind];
      forEachRowRun(index.rows[kind].rowStart, briefs, (from, to) => {
        for (let row = from; row < to; row++) {
          if (mask[row] === 0) continue;
          const matches = terms.some(
            ({ negated, words, phrase }) =>
              negated !==
              ((words === null || words[kind][row] === 1) &&
                (phrase === null || phrases.holds(phrase, kind, row))),
          );
          if (!matches) mask[row] = 0;
        }
      });
    }
  }
  return masks;
}

/** Checks phrases against the text of the rows the index found holding their words. */
class PhraseMatcher {
  private patterns = new Map<string, RegExp>();
  /** Per phrase, brief number -> 1 when its title or summary holds the phrase, 0 when not, -1 unknown. */
  private briefHolds = new Map<RegExp, Int8Array>();

  constructor(private readonly index: CorpusIndex) {}

  pattern(words: string[]): RegExp {
    const key = words.join(' ');
    let pattern = this.patterns.get(key);
    if (pattern === undefined) {
      pattern = termPattern({ words }, 'u');
      this.patterns.set(key, pattern);
      this.briefHolds.set(pattern, new Int8Array(this.index.briefs.length).fill(-1));
    }
    return pattern;
  }

  /** Whether a cell of the row, or its brief's title or summary, holds the phrase. */
  holds(pattern: RegExp, kind: EntryKind, row: number): boolean {
    const { briefOf, entry } = this.index.rows[kind];
    const brief = briefOf[row]!;
    const known = this.briefHolds.get(pattern)!;
    if (known[brief] === -1) {
      const { title, summary } = this.index.briefs[brief]!;
      known[brief] = cellsHold(pattern, [title, summary]) ? 1 : 0;
    }
    return known[brief] === 1 || cellsHold(pattern, searchedCells(entry(row)));
  }
}

const cellsHold = (pattern: RegExp, cells: readonly string[]) =>
  cells.some((cell) => pattern.test(cell.toLowerCase()));

/** The cells of a row that Search reads (the same as the index's). */
export function searchedCells(row: Entry | Signal): string[] {
  const cells = [row.name, row.description];
  if ('change' in row) cells.push(row.change, row.tenYear, row.drivingForce);
  return cells;
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
