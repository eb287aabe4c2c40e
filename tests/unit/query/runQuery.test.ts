import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { dateBound, runQuery } from '../../../src/core/query/runQuery';
import { parseSearch } from '../../../src/core/query/searchQuery';
import { requiredWords } from '../../../src/core/query/textSearch';
import { EMPTY_FILTERS, type FacetName, type Filters, type QueryResult } from '../../../src/core/query/types';
import { brief, datasetOf, handDataset, signal } from './fixtures';

const index = buildIndex(handDataset());
const query = (filters: Partial<Filters>): QueryResult => runQuery(index, { ...EMPTY_FILTERS, ...filters });
const facet = (result: QueryResult, name: FacetName) =>
  result.facets[name].map(({ label, count }) => `${label} ${count}`);

describe('runQuery brief-level filters', () => {
  it.each<[string, Partial<Filters>, number[]]>([
    ['no filter keeps every brief, rows or not', {}, [0, 1, 2, 3, 4, 5, 6, 7]],
    ['one theme', { themes: ['Energy'] }, [0, 2, 6]],
    ['theme matched ignoring case and spaces', { themes: ['  eNeRgY '] }, [0, 2, 6]],
    ['themes, any', { themes: ['Energy', 'climate'] }, [0, 1, 2, 3, 5, 6]],
    ['themes, all', { themes: ['Energy', 'climate'], themesAll: true }, [0]],
    ['keywords, any', { keywords: ['SOLAR', 'roofs'] }, [0, 2]],
    ['keywords, all', { keywords: ['SOLAR', 'roofs'], keywordsAll: true }, [0]],
    ['keyword with inner spaces', { keywords: ['water rights'] }, [3, 6]],
    ['all with an unknown value', { themes: ['Energy', 'Space'], themesAll: true }, []],
    ['any with an unknown value', { themes: ['Energy', 'Space'] }, [0, 2, 6]],
    ['category, spelled differently', { category: ['technology '] }, [0, 2]],
    ['type', { type: ['article', 'Essay'] }, [0, 2, 4, 5, 6]],
    ['across facets every one holds', { themes: ['Climate'], category: ['Technology'] }, [0]],
    ['date from (undated briefs fail)', { dateFrom: '2025-01-01' }, [0, 1, 2, 3]],
    ['date to as a month means its last day', { dateTo: '2024-12' }, [4, 5]],
    ['date from and to as one month', { dateFrom: '2025-02', dateTo: '2025-02' }, [2]],
    ['date bounds are inclusive', { dateFrom: '2025-03-02', dateTo: '2025-03-02' }, [1]],
    ['a bound that is not a date is ignored', { dateFrom: 'soon' }, [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('%s', (_, filters, expected) => {
    expect(Array.from(query(filters).briefIds)).toEqual(expected);
  });

  it('keeps the rows of passing briefs, in index order', () => {
    const result = query({ themes: ['Energy'] });
    expect(Array.from(result.rowIds.signals)).toEqual([0, 1, 4, 7]);
    expect(Array.from(result.rowIds.concerns)).toEqual([0]);
    expect(Array.from(result.rowIds.behaviors)).toEqual([0]);
    expect(Array.from(result.rowIds.technologies)).toEqual([0]);
    expect(Array.from(result.rowIds.issues)).toEqual([]);
  });
});

describe('runQuery row-level filters', () => {
  it.each<[string, string, number[], number[]]>([
    ['a word in a row name', 'grid', [0], [1]],
    ['every word, one from the title, one from the row', 'heat alerts', [1], [2]],
    ['words from title and summary keep all rows of the brief', 'HEAT Hospitals', [1], [2, 3]],
    ['the change cell', 'infrastructure', [0], [1]],
    ['the 10-year cell', 'batteries', [0], [1]],
    ['the driving-force cell', 'aging', [1], [3]],
    ['a row cell in one brief, the summary in another', 'power', [0, 6], [0, 7]],
    ['themes are not searched', 'mobility', [], []],
    ['a brief without rows never matches', 'empty', [], []],
    ['part of a word', 'rooft', [0], [0]],
    ['only spaces is no filter', '   ', [0, 1, 2, 3, 4, 5, 6, 7], [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('text: %s', (_, text, briefs, signals) => {
    const result = query({ text });
    expect(Array.from(result.briefIds)).toEqual(briefs);
    expect(Array.from(result.rowIds.signals)).toEqual(signals);
  });

  it.each([
    ['BRÛLÉE', [0]],
    ['crème', [0]],
    ['c++', [1]],
    ['(50%)', [1]],
    ['€', [2]],
    ['x', []],
  ])('text: non-ASCII and punctuation %j, any case', (text, signals) => {
    const odd = buildIndex(
      datasetOf([
        brief('o', {
          signals: [
            signal('Crème BRÛLÉE', 1),
            signal('Rise of C++ (50%)', 2),
            signal('Prices in €', 3, { tenYear: '“quoted”' }),
          ],
        }),
      ]),
    );
    expect(Array.from(runQuery(odd, { ...EMPTY_FILTERS, text }).rowIds.signals)).toEqual(signals);
  });

  it('text matches rows of every kind', () => {
    const result = query({ text: 'grid' });
    expect(Array.from(result.rowIds.concerns)).toEqual([0]);
    expect(Array.from(result.rowIds.technologies)).toEqual([]);
  });

  it.each<[number, number[], number[], number[]]>([
    [4, [0, 1, 5], [0, 2, 6], [0]],
    [5, [0, 1, 5], [0, 6], [0]],
    [1, [0, 1, 2, 3, 5, 6], [0, 1, 2, 3, 4, 6, 7], [0]],
  ])('minRelevancy %i keeps rated rows at or above it', (minRelevancy, briefs, signals, issues) => {
    const result = query({ minRelevancy });
    expect(Array.from(result.briefIds)).toEqual(briefs);
    expect(Array.from(result.rowIds.signals)).toEqual(signals);
    expect(Array.from(result.rowIds.issues)).toEqual(issues);
  });

  it('combines text and relevancy on the same row', () => {
    const result = query({ text: 'grid', minRelevancy: 4 });
    expect(Array.from(result.rowIds.signals)).toEqual([]);
    expect(Array.from(result.rowIds.concerns)).toEqual([0]);
    expect(Array.from(result.briefIds)).toEqual([0]);
  });
});

describe('runQuery facet counts', () => {
  it('counts every brief when nothing is set, by count then label', () => {
    const result = query({});
    expect(facet(result, 'themes')).toEqual([
      'Climate 4',
      'Energy 3',
      'Work 2',
      'Economy 1',
      'Food 1',
      'Health 1',
      'Mobility 1',
    ]);
    expect(facet(result, 'category')).toEqual(['Society 2', 'Technology 2', 'Economy 1', 'Science 1']);
    expect(facet(result, 'type')).toEqual(['Article 4', 'Essay 1', 'Opinion 1', 'Report 1']);
    expect(result.facets.keywords.find((value) => value.key === 'water rights')).toEqual({
      key: 'water rights',
      label: 'Water  rights',
      count: 2,
      spellings: ['Water  rights', 'water rights'],
    });
  });

  it('does not narrow a facet by its own selection (crossfilter)', () => {
    const result = query({ themes: ['Climate'], category: ['technology'] });
    expect(facet(result, 'themes')).toEqual(['Energy 2', 'Climate 1', 'Mobility 1']);
    expect(facet(result, 'category')).toEqual(['Economy 1', 'Science 1', 'Technology 1']);
    expect(facet(result, 'type')).toEqual(['Article 1']);
  });

  it('narrows the other facets under themesAll', () => {
    const result = query({ themes: ['Energy', 'Climate'], themesAll: true });
    expect(facet(result, 'themes')).toEqual([
      'Climate 4',
      'Energy 3',
      'Work 2',
      'Economy 1',
      'Food 1',
      'Health 1',
      'Mobility 1',
    ]);
    expect(facet(result, 'category')).toEqual(['Technology 1']);
  });

  it('keeps selected values at zero, known or not, after the others', () => {
    expect(facet(query({ themes: ['work'], category: ['Science'] }), 'themes')).toEqual([
      'Climate 1',
      'Health 1',
      'Work 0',
    ]);
    const unknown = query({ themes: ['Space '] });
    expect(unknown.facets.themes.at(-1)).toEqual({
      key: 'space',
      label: 'Space',
      count: 0,
      spellings: ['Space'],
    });
    expect(unknown.facets.category).toEqual([]);
  });

  it('applies the date range to every facet', () => {
    expect(facet(query({ dateFrom: '2025-01-01' }), 'themes')).toEqual([
      'Climate 3',
      'Energy 2',
      'Economy 1',
      'Health 1',
      'Mobility 1',
    ]);
  });

  it('counts only briefs with a matching row when a row-level filter is set', () => {
    expect(facet(query({ minRelevancy: 4, category: ['Science'] }), 'category')).toEqual([
      'Science 1',
      'Technology 1',
    ]);
    const text = query({ text: 'vertical', themes: ['Climate'] });
    expect(Array.from(text.briefIds)).toEqual([5]);
    expect(facet(text, 'themes')).toEqual(['Climate 1', 'Food 1']);
    expect(facet(text, 'category')).toEqual([]);
    expect(facet(text, 'type')).toEqual(['Article 1']);
  });
});

describe('query parts', () => {
  it.each<[string, string[]]>([
    ['  Solar   ROOF ', ['solar', 'roof']],
    ['clim climate', ['climate']],
    ['change climate-change', ['climate-change']],
    ['mate climate', ['climate', 'mate']],
    ['a b a', ['a', 'b']],
    ['"solar roof" grid -heat', ['solar', 'grid', 'roof']],
    ['solar OR wind', []],
    ['', []],
  ])('requiredWords(%j)', (text, expected) => {
    expect(requiredWords(parseSearch(text))).toEqual(expected);
  });

  it.each<[string | null, 'from' | 'to', number | null]>([
    ['2025-02-03', 'from', 20250203],
    ['2025-02', 'from', 20250201],
    ['2025-02', 'to', 20250231],
    [' 2025-02 ', 'to', 20250231],
    ['2025', 'from', null],
    [null, 'to', null],
  ])('dateBound(%j, %s)', (value, side, expected) => {
    expect(dateBound(value, side)).toBe(expected);
  });
});
