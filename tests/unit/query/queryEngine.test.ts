import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../../src/core/model/types';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { createQueryEngine } from '../../../src/core/query/queryEngine';
import { runQuery } from '../../../src/core/query/runQuery';
import { EMPTY_FILTERS, type FacetName, type Filters, type QueryResult } from '../../../src/core/query/types';
import { handDataset, syntheticDataset } from './fixtures';
import { referenceQuery } from './reference';

const dataset = syntheticDataset(100, 3);
const index = buildIndex(dataset);
const everything = runQuery(index, EMPTY_FILTERS);

/** Values that occur (some common, some rare), respelled, plus one that does not occur. */
function facetValue(name: FacetName) {
  const labels = everything.facets[name].map(({ label }) => label);
  const occurring = fc.constantFrom(...labels.slice(0, 6), ...labels.slice(-3));
  return fc.oneof(
    occurring,
    occurring.map((label) => `  ${label.toUpperCase().replace(' ', '   ')} `),
    fc.constant('no such value'),
  );
}

const SEARCH_PARTS = ['ka', 'tra', 'gen', 'lo', 'MI', 'stopli', 'zze', 'ne ru', 'e', 'Dor'];
const text = fc.array(fc.constantFrom(...SEARCH_PARTS), { maxLength: 3 }).map((parts) => parts.join(' '));
const dateBound = fc.option(
  fc.constantFrom('2019-06-15', '2021-01', '2022-12', '2023-07-04', '2025-12-31', 'later'),
  { nil: null },
);

const filters: fc.Arbitrary<Filters> = fc.record({
  themes: fc.array(facetValue('themes'), { maxLength: 3 }),
  keywords: fc.array(facetValue('keywords'), { maxLength: 2 }),
  category: fc.array(facetValue('category'), { maxLength: 2 }),
  type: fc.array(facetValue('type'), { maxLength: 2 }),
  themesAll: fc.boolean(),
  keywordsAll: fc.boolean(),
  minRelevancy: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  dateFrom: dateBound,
  dateTo: dateBound,
  text,
});

/** A user typing a query one character at a time, then deleting some of it, under fixed other filters. */
const typing: fc.Arbitrary<Filters[]> = fc
  .tuple(filters, fc.constantFrom('trage ka', 'lo mi', 'stopligen', 'ka tra'), fc.nat(6))
  .map(([base, typed, deleted]) => {
    const steps = Array.from(typed, (_, length) => typed.slice(0, length + 1));
    for (let length = typed.length - 1; length >= Math.max(0, typed.length - deleted); length--)
      steps.push(typed.slice(0, length));
    return steps.map((step) => ({ ...base, text: step }));
  });

const plain = (result: QueryResult) => ({
  briefIds: Array.from(result.briefIds),
  rowIds: Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, Array.from(result.rowIds[kind])])),
  facets: result.facets,
});

describe('runQuery', () => {
  it('agrees with the plain brief-by-brief reference on random filters', () => {
    fc.assert(
      fc.property(filters, (current) => {
        expect(plain(runQuery(index, current))).toEqual(referenceQuery(dataset, current));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('agrees with the reference on the hand-built briefs', () => {
    const small = handDataset();
    const smallIndex = buildIndex(small);
    fc.assert(
      fc.property(
        fc
          .record({
            themes: fc.subarray(['Energy', 'climate', 'Work', 'Space']),
            category: fc.subarray(['Technology', 'Society']),
            themesAll: fc.boolean(),
            minRelevancy: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
            dateFrom: fc.option(fc.constantFrom('2025-01', '2024-12-31'), { nil: null }),
            text: fc.constantFrom('', 'grid', 'power', 'heat alerts', 'cities'),
          })
          .map((chosen): Filters => ({ ...EMPTY_FILTERS, ...chosen })),
        (current) => {
          expect(plain(runQuery(smallIndex, current))).toEqual(referenceQuery(small, current));
        },
      ),
    );
  });
});

describe('createQueryEngine', () => {
  it('returns what runQuery returns over any sequence of filters', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            filters.map((one) => [one]),
            typing,
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (batches) => {
          const engine = createQueryEngine(index);
          for (const current of batches.flat())
            expect(plain(engine.run(current))).toEqual(plain(runQuery(index, current)));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('returns the same result object when the filters did not change', () => {
    const engine = createQueryEngine(index);
    const first = engine.run({ ...EMPTY_FILTERS, text: 'ka' });
    expect(engine.run({ ...EMPTY_FILTERS, text: 'ka' })).toBe(first);
  });

  it('keeps the results of the last four filter states with a text, and only those', () => {
    const engine = createQueryEngine(index);
    const states = ['ka', 'kap', 'ra', 'ro', 'ri'].map((text) => ({ ...EMPTY_FILTERS, text }));
    const results = states.map((state) => engine.run(state));
    expect(engine.run(states[4]!)).toBe(results[4]);
    expect(engine.run(states[1]!)).toBe(results[1]);
    // The oldest, 'ka', was dropped when the fifth came: it is computed again, equal but new.
    const again = engine.run(states[0]!);
    expect(again).not.toBe(results[0]);
    expect(plain(again)).toEqual(plain(results[0]!));
  });

  it('keeps the latest result without a text however many words were typed since', () => {
    const engine = createQueryEngine(index);
    const themed = { ...EMPTY_FILTERS, themes: [index.facets.themes.keys[0]!] };
    const before = engine.run(themed);
    for (const text of ['k', 'ka', 'kap', 'kapp', 'kappa', 'r', 'ro']) engine.run({ ...themed, text });
    expect(engine.run({ ...themed, text: '' })).toBe(before);
    expect(engine.run({ ...EMPTY_FILTERS, text: 'ro' })).not.toBe(before);
  });
});
