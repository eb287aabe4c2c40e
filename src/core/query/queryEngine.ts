import { ENTRY_KINDS } from '../model/types';
import type { CorpusIndex } from './corpusIndex';
import {
  assembleResult,
  briefConstraints,
  dateMask,
  evaluateConstraints,
  facetMask,
  matchesAll,
  selectionKeys,
} from './runQuery';
import { holdsAtWordStart, isEmptySearch, parseSearch } from './searchQuery';
import { briefsWhere, matchSearch, matchText, newRowMasks, type RowMasks } from './textSearch';
import type { FacetName, Filters, QueryResult } from './types';

export interface QueryEngine {
  /** Same result as runQuery(index, filters), reusing what earlier calls computed. */
  run(filters: Filters): QueryResult;
}

interface CachedResult {
  filters: Filters;
  result: QueryResult;
}

/** Text matches for one set of words, valid for the rows of the briefs marked in `computed`. */
interface TextMatch {
  words: string[];
  computed: Uint8Array;
  masks: RowMasks;
}

const MASK_CACHE_SIZE = 48;
const TEXT_CACHE_SIZE = 6;
/**
 * Results kept for the latest filter states, and the latest without a text besides: unticking a
 * theme or clearing the search goes back to one of them, most often to the unfiltered view, which
 * at 30,000 briefs took the longest to assemble (every row of every kind). A result holds at most
 * one id per row: 2.2 MB at 30,000 briefs.
 */
const RESULT_CACHE_SIZE = 4;

/**
 * A query runner for one index that caches brief masks by selection, text matches by words and
 * the results of the latest filter states.
 * When the words narrow earlier ones (typing on: each earlier word is part of a new one), only
 * the rows that matched before are read again; going back (backspace) finds the earlier match
 * in the cache.
 */
export function createQueryEngine(index: CorpusIndex): QueryEngine {
  const masks = new Map<string, Uint8Array | null>();
  const textMatches: TextMatch[] = [];
  const results: CachedResult[] = [];
  /** Kept apart from `results`, which a typed word fills: clearing the search goes back to it. */
  let lastWithoutText: CachedResult | null = null;

  function cachedMask(key: string, compute: () => Uint8Array | null): Uint8Array | null {
    if (masks.has(key)) {
      const mask = masks.get(key)!;
      masks.delete(key);
      masks.set(key, mask);
      return mask;
    }
    const mask = compute();
    masks.set(key, mask);
    if (masks.size > MASK_CACHE_SIZE) masks.delete(masks.keys().next().value!);
    return mask;
  }

  function facetMaskFor(filters: Filters, facet: FacetName): Uint8Array | null {
    const key = `${facet}|${matchesAll(filters, facet) ? 'all' : 'any'}|${selectionKeys(index.fold, filters[facet]).join('\u0000')}`;
    return cachedMask(key, () => facetMask(index, facet, filters));
  }

  function textMatchFor(words: string[], candidates: Uint32Array): RowMasks {
    let match = takeTextMatch((cached) => sameWords(cached.words, words));
    if (match === undefined) {
      const base = textMatches.find((cached) => narrows(cached.words, words));
      match = base === undefined ? freshTextMatch(words) : narrowedTextMatch(base, words, candidates);
    }
    textMatches.unshift(match);
    if (textMatches.length > TEXT_CACHE_SIZE) textMatches.pop();
    const missing = briefsWhere(candidates, match.computed, 0);
    matchText(index, words, missing, match.masks, false);
    for (const brief of missing) match.computed[brief] = 1;
    return match.masks;
  }

  function remember(cached: CachedResult): void {
    results.unshift(cached);
    if (results.length > RESULT_CACHE_SIZE) results.pop();
  }

  function takeTextMatch(test: (match: TextMatch) => boolean): TextMatch | undefined {
    const position = textMatches.findIndex(test);
    return position < 0 ? undefined : textMatches.splice(position, 1)[0];
  }

  function freshTextMatch(words: string[]): TextMatch {
    return { words, computed: new Uint8Array(index.briefs.length), masks: newRowMasks(index) };
  }

  /** A copy of `base` re-checked for the candidates only; its other briefs are left to compute on demand. */
  function narrowedTextMatch(base: TextMatch, words: string[], candidates: Uint32Array): TextMatch {
    const match = freshTextMatch(words);
    for (const kind of ENTRY_KINDS) match.masks[kind].set(base.masks[kind]);
    const recheck = briefsWhere(candidates, base.computed, 1);
    const newWords = words.filter((word) => !base.words.some((old) => holdsAtWordStart(old, word)));
    matchText(index, newWords, recheck, match.masks, true);
    for (const brief of recheck) match.computed[brief] = 1;
    return match;
  }

  return {
    run(filters) {
      const cachedAt = results.findIndex((cached) => sameFilters(cached.filters, filters));
      if (cachedAt >= 0) {
        const [cached] = results.splice(cachedAt, 1);
        remember(cached!);
        return cached!.result;
      }
      if (lastWithoutText !== null && sameFilters(lastWithoutText.filters, filters)) {
        remember(lastWithoutText);
        return lastWithoutText.result;
      }
      const date = cachedMask(`date|${filters.dateFrom ?? ''}|${filters.dateTo ?? ''}`, () =>
        dateMask(index, filters),
      );
      const outcome = evaluateConstraints(
        index,
        briefConstraints(filters, (facet) => facetMaskFor(filters, facet), date),
      );
      const query = parseSearch(filters.text);
      const { candidates } = outcome;
      const textMask = isEmptySearch(query)
        ? null
        : matchSearch(index, query, candidates, (words) => textMatchFor(words, candidates));
      const result = assembleResult(index, filters, outcome, textMask);
      const cached = { filters: structuredClone(filters), result };
      remember(cached);
      if (textMask === null) lastWithoutText = cached;
      return result;
    },
  };
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, position) => word === b[position]);
}

/** True when every row matching `next` also matches `previous`: a new word holds each earlier one at a word start. */
function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((old) => next.some((word) => holdsAtWordStart(word, old)));
}

function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a.text === b.text &&
    a.minRelevancy === b.minRelevancy &&
    a.dateFrom === b.dateFrom &&
    a.dateTo === b.dateTo &&
    a.themesAll === b.themesAll &&
    a.keywordsAll === b.keywordsAll &&
    sameWords(a.themes, b.themes) &&
    sameWords(a.keywords, b.keywords) &&
    sameWords(a.category, b.category) &&
    sameWords(a.type, b.type)
  );
}
