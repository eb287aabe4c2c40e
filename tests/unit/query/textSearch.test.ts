import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS, type Brief, type Dataset } from '../../../src/core/model/types';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { createQueryEngine } from '../../../src/core/query/queryEngine';
import { runQuery } from '../../../src/core/query/runQuery';
import { EMPTY_FILTERS, type Filters, type QueryResult } from '../../../src/core/query/types';
import { brief, datasetOf, entry, seededRandom, signal } from './fixtures';
import { referenceQuery } from './reference';

const plain = (result: QueryResult) => ({
  briefIds: Array.from(result.briefIds),
  rowIds: Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, Array.from(result.rowIds[kind])])),
});

const matching = (dataset: Dataset, text: string) => {
  const filters = { ...EMPTY_FILTERS, text };
  const found = plain(runQuery(buildIndex(dataset), filters));
  const { briefIds, rowIds } = referenceQuery(dataset, filters);
  expect(found).toEqual({ briefIds, rowIds });
  return found.rowIds.signals;
};

describe('text search', () => {
  const cells = datasetOf([
    brief('x', {
      title: 'Heat',
      summary: 'Cool',
      signals: [
        signal('Grid strain', 1, {
          description: 'Noon peaks',
          change: 'Tab\there',
          tenYear: 'Crème\u00a0BRÛLÉE',
          drivingForce: 'ΟΔΟΣ ΣΑΣ',
        }),
        signal('İstanbul straße', 2),
        signal('今後十年で', 3),
      ],
    }),
  ]);

  it.each<[string, string, number[]]>([
    ['the last word of a cell', 'strain', [0]],
    ['the first word of the next cell', 'noon', [0]],
    ['not across two cells', 'ainno', []],
    ['not across a tab', 'tabhere', []],
    ['one letter, at a word start', 'n', [0]],
    ['one letter, at word starts in two rows', 's', [0, 1]],
    ['a word after a non-breaking space', 'brûlée', [0]],
    ['not inside a word', 'ème', []],
    ['either side of a non-breaking space, as two words', 'crème\u00a0brûlée', [0]],
    ['upper-case letters with accents', 'BRÛLÉE', [0]],
    ['a final sigma, lower-cased in place', 'ΟΔΟΣ', [0]],
    ['a medial sigma where the text has a final one', 'οδοσ', []],
    ['a letter that lower-cases to two', 'i̇stanbul', [1]],
    ['ß is not ss', 'strasse', []],
    ['text without spaces', '十年', [2]],
    ['one word from the title, one from a row', 'heat noon', [0]],
    ['a word from the summary keeps every row', 'cool', [0, 1, 2]],
  ])('%s: %j', (_, text, signals) => {
    expect(matching(cells, text)).toEqual(signals);
  });

  const words = datasetOf([
    brief('w', {
      title: 'Weekly',
      summary: 'Notes',
      signals: [
        signal('AI-driven triage', 1),
        signal('Regulators said no', 1, { description: 'Fair prices' }),
        signal('More AIs in air traffic', 1),
        signal('Climate change adaptation', 1),
        signal('Change in climate policy', 1),
        signal('Software war games', 1, { tenYear: 'Art of the part' }),
        signal('Machine learning (ML) at scale', 1),
      ],
    }),
  ]);

  it.each<[string, string, number[]]>([
    ['a word at its start, before a hyphen, in a plural', 'AI', [0, 2]],
    ['not inside a word (said, fair, air)', 'ai', [0, 2]],
    ['a word, not a fragment of software', 'war', [5]],
    ['a word, not the end of part', 'art', [5]],
    ['a word after a hyphen', 'driven', [0]],
    ['a word after a parenthesis', 'ml', [6]],
    ['a hyphenated word', 'ai-driven', [0]],
    ['two words in any order', 'climate change', [3, 4]],
    ['a phrase, its words in order', '"climate change"', [3]],
    ['a phrase whose last word is a prefix', '"change in clim"', [4]],
    ['an unclosed phrase, as it is typed', '"climate chan', [3]],
    ['a word, excluding another', 'climate -policy', [3]],
    ['excluding a word only', '-ai', [1, 3, 4, 5, 6]],
    ['excluding a phrase', 'climate -"climate change"', [4]],
    ['either word', 'ai OR ml', [0, 2, 6]],
    ['either a word or a phrase, and a word', 'ai OR "climate change" adaptation', [3]],
    ['or in lower case is a word', 'ai or ml', []],
    ['a stray OR', 'OR ai OR', [0, 2]],
    ['a stray minus', 'ai -', [0, 2]],
  ])('%s: %j', (_, text, signals) => {
    expect(matching(words, text)).toEqual(signals);
  });

  /** Briefs with short cells over a few letters, spaces and tricky characters, so that some words are in nearly every row and others in a few. */
  function randomDataset(seed: number, briefCount: number): Dataset {
    const random = seededRandom(seed);
    const letters = ['a', 'b', 'A', 'é', 'É', 'Σ', 'σ', 'ς', 'İ', 'i', '-', ' ', ' ', '\n', '\t', '\u00a0'];
    const cell = () =>
      Array.from(
        { length: Math.floor(random() * 12) },
        () => letters[Math.floor(random() * letters.length)],
      ).join('');
    const count = (most: number) => Math.floor(random() * (most + 1));
    const briefs: Brief[] = Array.from({ length: briefCount }, (_, i) =>
      brief(`r${i}`, {
        title: cell(),
        summary: cell(),
        signals: Array.from({ length: count(3) }, () =>
          signal(cell(), 1, { description: cell(), change: cell(), tenYear: cell(), drivingForce: cell() }),
        ),
        concerns: Array.from({ length: count(2) }, () => entry(cell(), 2, cell())),
        issues: Array.from({ length: count(1) }, () => entry(cell(), 3)),
      }),
    );
    return datasetOf(briefs);
  }

  const word = fc
    .array(fc.constantFrom('a', 'b', 'A', 'é', 'σ', 'ς', 'Σ', 'i', 'İ', '-'), { minLength: 1, maxLength: 3 })
    .map((letters) => letters.join(''));
  const query = fc
    .array(fc.tuple(word, fc.constantFrom(' ', '  ', '\t', '\u00a0')), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.map(([text, space]) => text + space).join(''));
  /** Queries with phrases, exclusions and OR besides words. */
  const operatorQuery = fc
    .array(
      fc.tuple(
        fc.constantFrom('', '-'),
        fc.oneof(
          word,
          fc.array(word, { minLength: 2, maxLength: 3 }).map((phrase) => `"${phrase.join(' ')}"`),
        ),
        fc.constantFrom(' ', ' OR '),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((parts) => parts.map((part) => part.join('')).join(''));

  it('agrees with the reference on random text, common and rare words, phrases, exclusions, OR, across chunks', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 1, max: 300 }),
        fc.oneof(query, operatorQuery),
        (seed, briefCount, text) => {
          matching(randomDataset(seed, briefCount), text);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('agrees with runQuery while a query is typed and deleted through the engine', () => {
    fc.assert(
      fc.property(fc.nat(), fc.oneof(query, operatorQuery), fc.nat(4), (seed, typed, deleted) => {
        const index = buildIndex(randomDataset(seed, 280));
        const engine = createQueryEngine(index);
        const steps = Array.from(typed, (_, length) => typed.slice(0, length + 1));
        for (let length = typed.length - 1; length >= Math.max(0, typed.length - deleted); length--)
          steps.push(typed.slice(0, length));
        for (const text of steps) {
          const filters: Filters = { ...EMPTY_FILTERS, text };
          expect(plain(engine.run(filters))).toEqual(plain(runQuery(index, filters)));
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
