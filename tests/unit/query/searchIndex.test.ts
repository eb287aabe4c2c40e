import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import {
  CHUNK_SHIFT,
  tokensHolding,
  type SearchedItems,
  type SearchIndex,
} from '../../../src/core/query/searchIndex';
import { runQuery } from '../../../src/core/query/runQuery';
import { EMPTY_FILTERS } from '../../../src/core/query/types';
import { brief, datasetOf, entry, handDataset, signal, syntheticDataset } from './fixtures';

const ITEMS: SearchedItems[] = ['briefs', 'signals', 'concerns', 'behaviors', 'technologies', 'issues'];

/** The tokens of one item (a brief, or a row of brief `briefNumber`), sorted. */
function tokensOf(search: SearchIndex, items: SearchedItems, item: number, briefNumber: number): string[] {
  const vocabulary = search.vocabulary.split('\n');
  const { first, starts, values } = search.tokens[items][briefNumber >>> CHUNK_SHIFT]!;
  const ids = values.subarray(starts[item - first], starts[item - first + 1]);
  return Array.from(ids, (id) => vocabulary[id]!).sort();
}

/** Every (item, token) pair, as read from the token lists and as read from the postings. */
function pairs(search: SearchIndex, items: SearchedItems) {
  const fromLists: string[] = [];
  for (const { first, starts, values } of search.tokens[items]) {
    for (let i = 0; i + 1 < starts.length; i++) {
      for (let at = starts[i]!; at < starts[i + 1]!; at++) fromLists.push(`${first + i}:${values[at]}`);
    }
  }
  const fromPostings: string[] = [];
  const { starts, values } = search.postings[items];
  for (let token = 0; token + 1 < starts.length; token++) {
    for (let at = starts[token]!; at < starts[token + 1]!; at++) fromPostings.push(`${values[at]}:${token}`);
  }
  return { fromLists: fromLists.sort(), fromPostings: fromPostings.sort() };
}

/** The whole index as text: quicker to compare than its typed arrays one by one. */
const asText = (search: SearchIndex) =>
  JSON.stringify(search, (_, value: unknown) =>
    value instanceof Uint32Array ? Array.from(value).join(',') : value,
  );

describe('the search index', () => {
  it("lists each item's distinct lower-cased tokens, cells split at whitespace", () => {
    const search = buildIndex(handDataset()).search.get();
    expect(tokensOf(search, 'signals', 1, 0)).toEqual([
      'batteries',
      'demand',
      'everywhere',
      'grid',
      'infrastructure',
      'noon',
      'peaks',
      'strain',
    ]);
    expect(tokensOf(search, 'briefs', 2, 2)).toEqual(['buses', 'buy', 'cities', 'electric', 'fleets.']);
    expect(tokensOf(search, 'concerns', 1, 3)).toEqual(['speculation']);
  });

  it('keeps punctuation and non-ASCII spaces inside tokens, and tokens spelled twice once', () => {
    const search = buildIndex(
      datasetOf([
        brief('x', {
          title: '',
          summary: '\t Rise\u00a0OF  rise\n',
          signals: [signal('Crème BRÛLÉE', 1, { description: 'C++ (50%)', change: 'crème', tenYear: ' ' })],
        }),
      ]),
    ).search.get();
    expect(tokensOf(search, 'briefs', 0, 0)).toEqual(['rise', 'rise\u00a0of']);
    expect(tokensOf(search, 'signals', 0, 0)).toEqual(['(50%)', 'brûlée', 'c++', 'crème']);
  });

  it('finds the tokens holding a word, each once', () => {
    const search = buildIndex(handDataset()).search.get();
    const vocabulary = search.vocabulary.split('\n');
    const holding = (word: string) => tokensHolding(search, word).map((id) => vocabulary[id]);
    expect(holding('roof').sort()).toEqual(['roof', 'roofs', 'rooftop']);
    expect(holding('fleet').sort()).toEqual(['fleets', 'fleets.']);
    expect(holding('ee')).toEqual([]);
    expect(holding('zebra')).toEqual([]);
    expect(new Set(holding('e')).size).toBe(holding('e').length);
  });

  it('holds every (item, token) pair in the token lists and in the postings', () => {
    const search = buildIndex(syntheticDataset(300, 5)).search.get();
    let total = 0;
    for (const items of ITEMS) {
      const { fromLists, fromPostings } = pairs(search, items);
      expect(fromLists.length).toBeGreaterThan(0);
      expect(fromPostings.join(' ')).toBe(fromLists.join(' '));
      total += fromLists.length;
    }
    expect(search.pairCount).toBe(total);
    const postingLengths = Array.from(search.occurrences.keys(), (token) =>
      ITEMS.reduce(
        (sum, items) =>
          sum + search.postings[items].starts[token + 1]! - search.postings[items].starts[token]!,
        0,
      ),
    );
    expect(Array.from(search.occurrences)).toEqual(postingLengths);
  });

  it('builds the same index step by step, in any order, as at once', () => {
    const dataset = syntheticDataset(300, 5);
    const atOnce = asText(buildIndex(dataset).search.get());
    const stepped = buildIndex(dataset).search;
    expect(stepped.stepCount).toBe(2 + 6 + 2 + 1);
    for (let step = 0; step < stepped.stepCount; step++) stepped.runStep(step);
    expect(asText(stepped.get())).toBe(atOnce);
    const backwards = buildIndex(dataset).search;
    for (let step = backwards.stepCount - 1; step >= 0; step--) backwards.runStep(step);
    expect(asText(backwards.get())).toBe(atOnce);
    const skipping = buildIndex(dataset).search;
    skipping.runStep(4);
    skipping.runStep(1);
    skipping.runStep(8);
    expect(asText(skipping.get())).toBe(atOnce);
    const lastFirst = buildIndex(dataset).search;
    lastFirst.runStep(lastFirst.stepCount - 1);
    expect(asText(lastFirst.get())).toBe(atOnce);
  });

  it('keeps ids past 65,535 in 32 bits: tokens of a large vocabulary, rows of a large table', () => {
    const many = Array.from({ length: 70_000 }, (_, i) => `w${i}`);
    const dataset = datasetOf([
      brief('a', { summary: many.join(' '), signals: [signal('alpha', 1)] }),
      brief('b', { concerns: many.map((name) => entry(name, 2)) }),
    ]);
    const index = buildIndex(dataset);
    const search = index.search.get();
    expect(search.tokens.briefs[0]!.values).toBeInstanceOf(Uint32Array);
    expect(search.postings.concerns.values).toBeInstanceOf(Uint32Array);
    expect(search.postings.signals.values).toBeInstanceOf(Uint16Array);
    const concerns = (text: string) =>
      Array.from(runQuery(index, { ...EMPTY_FILTERS, text }).rowIds.concerns);
    expect(concerns('w69999')).toEqual([69_999]);
    expect(concerns('w6999')).toEqual([6999, ...Array.from({ length: 10 }, (_, i) => 69_990 + i)]);
  });

  it('is empty for a dataset without briefs', () => {
    const search = buildIndex(datasetOf([])).search;
    expect(search.stepCount).toBe(6 + 1);
    expect(search.get().pairCount).toBe(0);
    expect(tokensHolding(search.get(), 'a')).toEqual([]);
  });
});
