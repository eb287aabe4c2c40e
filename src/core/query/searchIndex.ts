import { ENTRY_KINDS, type Brief, type Entry, type EntryKind, type Signal } from '../model/types';
import { isWordCharacter, needsWordStart } from './searchQuery';

/** The items text is searched in: briefs (title and summary) and the rows of each kind. */
export type SearchedItems = 'briefs' | EntryKind;
const SEARCHED_ITEMS: readonly SearchedItems[] = ['briefs', ...ENTRY_KINDS];
const KINDS = SEARCHED_ITEMS.length;

/** Lists stored end to end: list `first + i` is values[starts[i] .. starts[i + 1]). */
export interface Lists {
  first: number;
  starts: Uint32Array;
  values: Ids;
}

/** Ids (of tokens or items) take 16 bits while there are at most 65,536: half the memory to fill. */
type Ids = Uint16Array | Uint32Array;

function newIds(length: number, idCount: number): Ids {
  return idCount <= 0x10000 ? new Uint16Array(length) : new Uint32Array(length);
}

/**
 * Every item as the set of its tokens: the runs of characters between (ASCII) whitespace in its
 * cells, lower-cased. A search word holds no whitespace, so it occurs in an item's text at a word
 * start exactly when it occurs at a word start of one of the item's tokens (whitespace is no word
 * character). A search finds the word in the vocabulary of distinct tokens, then the items holding
 * one of the tokens found: by their postings, or by reading token lists.
 */
export interface SearchIndex {
  /** The distinct tokens, one per line; token t starts at tokenStarts[t]. */
  vocabulary: string;
  tokenStarts: Uint32Array;
  /** Token -> how many items (of any kind) hold it: the length of its postings. */
  occurrences: Uint32Array;
  /** All (item, token) pairs: the sum of the occurrences. */
  pairCount: number;
  /** Item -> its token ids, by chunk: chunk c holds brief b's items for b >>> CHUNK_SHIFT === c. */
  tokens: Record<SearchedItems, Lists[]>;
  /** Token id -> the items holding it (brief numbers or row ids), ascending. */
  postings: Record<SearchedItems, Lists>;
}

/** A chunk holds 256 briefs and their rows (about 5,000): tokenizing it is one build step. */
export const CHUNK_SHIFT = 8;
const CHUNK_BRIEFS = 1 << CHUNK_SHIFT;

/** A search index built step by step (each step short, for idle time), or at once by `get`. */
export interface LazySearchIndex {
  readonly stepCount: number;
  /** Runs a step and the ones before it not run yet; a step already run does nothing. */
  runStep(step: number): void;
  get(): SearchIndex;
}

/** Tokenizes the items of one brief: itself (title, summary) or its rows of one kind, cell by cell. */
function tokenizeItemsOf(tokenizer: Tokenizer, brief: Brief, items: SearchedItems): void {
  if (items === 'briefs') {
    tokenizer.addCell(brief.title);
    tokenizer.addCell(brief.summary);
    tokenizer.endItem();
    return;
  }
  const rows: readonly (Entry | Signal)[] = brief[items];
  for (const row of rows) {
    tokenizer.addCell(row.name);
    tokenizer.addCell(row.description);
    if ('change' in row) {
      tokenizer.addCell(row.change);
      tokenizer.addCell(row.tenYear);
      tokenizer.addCell(row.drivingForce);
    }
    tokenizer.endItem();
  }
}

/**
 * Steps 0 .. chunks - 1 tokenize one chunk each; the next steps size the postings of one kind of
 * item each from the whole vocabulary's counts; the next `chunks` steps file one chunk each into
 * them; the last one writes the vocabulary out (what `get` finishes). A step first runs the steps
 * before it that have not run, so token ids and postings come out the same in any order.
 */
export function lazySearchIndex(
  briefs: readonly Brief[],
  rowStartOf: (kind: EntryKind) => Uint32Array,
): LazySearchIndex {
  const chunkCount = Math.ceil(briefs.length / CHUNK_BRIEFS);
  const tokenizer = new Tokenizer();
  const tokens = {} as Record<SearchedItems, Lists[]>;
  for (const items of SEARCHED_ITEMS) tokens[items] = [];
  let postings: PostingsBuilder | null = null;
  let built: SearchIndex | null = null;

  const firstItem = (items: SearchedItems, brief: number) =>
    items === 'briefs' ? brief : rowStartOf(items)[brief]!;

  function tokenizeThrough(chunk: number): void {
    for (let next = tokens.briefs.length; next <= chunk; next++) {
      const from = next * CHUNK_BRIEFS;
      const to = Math.min(briefs.length, from + CHUNK_BRIEFS);
      for (const items of SEARCHED_ITEMS) {
        const first = firstItem(items, from);
        tokenizer.beginLists(items, firstItem(items, to) - first);
        for (let brief = from; brief < to; brief++) tokenizeItemsOf(tokenizer, briefs[brief]!, items);
        tokens[items].push(tokenizer.endLists(first));
      }
    }
  }

  function preparedThrough(kind: number): PostingsBuilder {
    tokenizeThrough(chunkCount - 1);
    postings ??= new PostingsBuilder(tokenizer.counts, (items) => firstItem(items, briefs.length));
    postings.prepareThrough(kind);
    return postings;
  }

  function fileThrough(chunk: number): PostingsBuilder {
    const builder = preparedThrough(KINDS - 1);
    builder.fileThrough(tokens, chunk);
    return builder;
  }

  const index: LazySearchIndex = {
    stepCount: 2 * chunkCount + KINDS + 1,
    runStep(step) {
      if (step < chunkCount) tokenizeThrough(step);
      else if (step < chunkCount + KINDS) preparedThrough(step - chunkCount);
      else if (step < 2 * chunkCount + KINDS) fileThrough(step - chunkCount - KINDS);
      else index.get();
    },
    get() {
      if (built !== null) return built;
      const { lists } = fileThrough(chunkCount - 1);
      built = { ...tokenizer.finish(), tokens, postings: lists };
      return built;
    },
  };
  return index;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * Splits cells into tokens at ASCII whitespace and numbers the distinct lower-cased tokens in
 * order of appearance. Search words hold no whitespace at all, so tokens split at a part of it
 * still hold every occurrence of a word. Raw spellings are looked up in a hash table keyed by
 * the characters in place, so a known token costs no string.
 */
class Tokenizer {
  private tokens: string[] = [];
  /** Per kind of item, token id -> how many items hold it. */
  readonly counts = {} as Record<SearchedItems, number[]>;
  private idByToken = new Map<string, number>();
  /** Open addressing, at most half full: slot -> spelling id + 1, or 0. */
  private slots = new Int32Array(1 << 12);
  private spellings: string[] = [];
  private spellingHashes: number[] = [];
  private tokenOfSpelling: number[] = [];
  /** Token id -> the last item that listed it, to list each token once per item. */
  private lastItem: number[] = [];
  private item = 1;
  /** The lists being built. */
  private listCounts: number[] = [];
  private starts = new Uint32Array(1);
  private listed = 0;
  private values = new Uint32Array(1 << 16);
  private length = 0;

  constructor() {
    for (const items of SEARCHED_ITEMS) this.counts[items] = [];
  }

  beginLists(items: SearchedItems, itemCount: number): void {
    this.listCounts = this.counts[items];
    this.starts = new Uint32Array(itemCount + 1);
    this.listed = 0;
    this.length = 0;
  }

  /** Lists the tokens of one cell of the current item; a search word never matches across cells. */
  addCell(cell: string): void {
    const end = cell.length;
    let at = 0;
    while (at < end) {
      let code = cell.charCodeAt(at);
      if (isSpace(code)) {
        at++;
        continue;
      }
      const start = at;
      let hash = 0x811c9dc5;
      for (;;) {
        hash = Math.imul(hash ^ code, 0x01000193);
        if (++at === end) break;
        code = cell.charCodeAt(at);
        if (isSpace(code)) break;
      }
      this.list(this.tokenAt(cell, start, at, hash));
    }
  }

  endItem(): void {
    this.starts[++this.listed] = this.length;
    this.item++;
  }

  endLists(first: number): Lists {
    const values = newIds(this.length, this.tokens.length);
    values.set(this.values.subarray(0, this.length));
    return { first, starts: this.starts, values };
  }

  private list(token: number): void {
    if (this.lastItem[token] === this.item) return;
    this.lastItem[token] = this.item;
    this.listCounts[token]!++;
    if (this.length === this.values.length) {
      const grown = new Uint32Array(2 * this.length);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = token;
  }

  /** The token id of cell[start .. end), whose characters hash to `hash`. */
  private tokenAt(cell: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const spelling = this.slots[slot]! - 1;
      if (spelling < 0) return this.register(cell.slice(start, end), hash);
      const known = this.spellings[spelling]!;
      if (
        this.spellingHashes[spelling] === hash &&
        known.length === end - start &&
        cell.startsWith(known, start)
      )
        return this.tokenOfSpelling[spelling]!;
    }
  }

  private register(spelling: string, hash: number): number {
    const lower = spelling.toLowerCase();
    let token = this.idByToken.get(lower);
    if (token === undefined) {
      token = this.tokens.length;
      this.idByToken.set(lower, token);
      this.tokens.push(lower);
      this.lastItem.push(0);
      for (const items of SEARCHED_ITEMS) this.counts[items].push(0);
    }
    this.spellings.push(spelling);
    this.spellingHashes.push(hash);
    this.tokenOfSpelling.push(token);
    if (2 * this.spellings.length <= this.slots.length) {
      this.place(this.spellings.length - 1);
    } else {
      this.slots = new Int32Array(2 * this.slots.length);
      for (let known = 0; known < this.spellings.length; known++) this.place(known);
    }
    return token;
  }

  private place(spelling: number): void {
    const mask = this.slots.length - 1;
    let slot = this.spellingHashes[spelling]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = spelling + 1;
  }

  /** The vocabulary as one text, and each token's item count; what only the build needed is let go. */
  finish(): Pick<SearchIndex, 'vocabulary' | 'tokenStarts' | 'occurrences' | 'pairCount'> {
    this.idByToken.clear();
    this.slots = new Int32Array(1);
    this.spellings = [];
    this.spellingHashes = [];
    this.tokenOfSpelling = [];
    this.lastItem = [];
    this.values = new Uint32Array(1);
    const tokenStarts = new Uint32Array(this.tokens.length + 1);
    const occurrences = new Uint32Array(this.tokens.length);
    let pairCount = 0;
    this.tokens.forEach((token, id) => {
      tokenStarts[id + 1] = tokenStarts[id]! + token.length + 1;
      for (const items of SEARCHED_ITEMS) occurrences[id]! += this.counts[items][id]!;
      pairCount += occurrences[id]!;
    });
    return { vocabulary: this.tokens.join('\n'), tokenStarts, occurrences, pairCount };
  }
}

/** Token -> items lists, sized from the vocabulary's counts and filled chunk by chunk, so items ascend. */
class PostingsBuilder {
  readonly lists = {} as Record<SearchedItems, Lists>;
  /** Per kind of item, token -> where its next item goes. */
  private next = {} as Record<SearchedItems, Uint32Array>;
  private preparedKinds = 0;
  private filedChunks = 0;

  constructor(
    private readonly counts: Record<SearchedItems, number[]>,
    private readonly itemCount: (items: SearchedItems) => number,
  ) {}

  /** Sizes the postings of the kinds SEARCHED_ITEMS[0 .. kind]; one kind is one build step. */
  prepareThrough(kind: number): void {
    for (; this.preparedKinds <= kind; this.preparedKinds++) {
      const items = SEARCHED_ITEMS[this.preparedKinds]!;
      const tokenCounts = this.counts[items];
      const starts = new Uint32Array(tokenCounts.length + 1);
      tokenCounts.forEach((count, token) => (starts[token + 1] = starts[token]! + count));
      const values = newIds(starts[tokenCounts.length]!, this.itemCount(items));
      this.lists[items] = { first: 0, starts, values };
      this.next[items] = starts.slice(0, tokenCounts.length);
    }
  }

  fileThrough(tokens: Record<SearchedItems, Lists[]>, chunk: number): void {
    for (; this.filedChunks <= chunk; this.filedChunks++) this.file(tokens, this.filedChunks);
  }

  private file(tokens: Record<SearchedItems, Lists[]>, chunk: number): void {
    for (const items of SEARCHED_ITEMS) {
      const { first, starts, values } = tokens[items][chunk]!;
      const next = this.next[items];
      const itemsOfToken = this.lists[items].values;
      for (let i = 0; i + 1 < starts.length; i++) {
        for (let at = starts[i]!; at < starts[i + 1]!; at++) itemsOfToken[next[values[at]!]!++] = first + i;
      }
    }
  }
}

/** The ids of the tokens holding `word` (lower-case, no whitespace) at a word start, ascending. */
export function tokensHolding(search: SearchIndex, word: string): number[] {
  const { vocabulary, tokenStarts } = search;
  const anywhere = !needsWordStart(word);
  const found: number[] = [];
  for (let at = vocabulary.indexOf(word); at >= 0;) {
    // A token's first character follows the line break before it, which is no word character.
    if (!anywhere && at > 0 && isWordCharacter(vocabulary.charCodeAt(at - 1))) {
      at = vocabulary.indexOf(word, at + 1);
      continue;
    }
    const token = tokenCovering(tokenStarts, at);
    found.push(token);
    at = vocabulary.indexOf(word, tokenStarts[token + 1]);
  }
  return found;
}

/** The token whose text covers position `at` of the vocabulary (binary search). */
function tokenCovering(tokenStarts: Uint32Array, at: number): number {
  let low = 0;
  let high = tokenStarts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (tokenStarts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
