import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIEW_COLUMNS } from '../../../src/core/query/columns';
import { EMPTY_FILTERS, VIEW_NAMES } from '../../../src/core/query/types';
import {
  DEFAULT_VIEW_STATE,
  historyActionFor,
  monthToDate,
  readDataUrl,
  searchToViewState,
  viewStateToSearch,
  type ViewState,
} from '../../../src/core/url/viewState';

const FULL_STATE: ViewState = {
  filters: {
    themes: ['AI', 'open source'],
    keywords: ['solar & wind', 'x=1, y=2'],
    category: ['Technology'],
    type: ['Trend'],
    themesAll: true,
    keywordsAll: true,
    minRelevancy: 4,
    dateFrom: '2024-01-01',
    dateTo: '2025-06-30',
    text: 'solar  panels ',
  },
  view: 'signals',
  sort: [
    { column: 'relevancy', desc: true },
    { column: 'name', desc: false },
  ],
  briefId: 'abc123',
};

describe('viewStateToSearch', () => {
  it('writes nothing for the default state', () => {
    expect(viewStateToSearch(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes readable parameters', () => {
    expect(viewStateToSearch(FULL_STATE, 'https://example.test/briefs.json')).toBe(
      '?data=https://example.test/briefs.json&theme=AI&theme=open%20source&kw=solar%20%26%20wind&kw=x%3D1,%20y%3D2' +
        '&cat=Technology&type=Trend&themesAll=1&kwAll=1&minRel=4&from=2024-01&to=2025-06&q=solar%20%20panels%20' +
        '&view=signals&sort=-relevancy,name&brief=abc123',
    );
  });

  it('writes whole days when a bound is not a month edge', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      filters: { ...EMPTY_FILTERS, dateFrom: '2024-01-15', dateTo: '2024-02-28' },
    };
    expect(viewStateToSearch(state)).toBe('?from=2024-01-15&to=2024-02-28');
  });

  it('leaves out a search of blanks only', () => {
    expect(viewStateToSearch({ ...DEFAULT_VIEW_STATE, filters: { ...EMPTY_FILTERS, text: '   ' } })).toBe('');
  });
});

describe('searchToViewState', () => {
  it('reads back what viewStateToSearch wrote', () => {
    const search = viewStateToSearch(FULL_STATE, 'data/other.json');
    expect(searchToViewState(search)).toEqual({ state: FULL_STATE, problems: [] });
    expect(readDataUrl(search)).toBe('data/other.json');
  });

  it('gives the defaults for an empty query', () => {
    expect(searchToViewState('')).toEqual({ state: DEFAULT_VIEW_STATE, problems: [] });
    expect(readDataUrl('')).toBeNull();
  });

  it('reads + as a space and a month as its first and last day', () => {
    const { state } = searchToViewState('?theme=open+source&from=2024-02&to=2024-02');
    expect(state.filters.themes).toEqual(['open source']);
    expect(state.filters.dateFrom).toBe('2024-02-01');
    expect(state.filters.dateTo).toBe('2024-02-29');
  });

  it('drops blank and repeated facet values', () => {
    expect(searchToViewState('?kw=a&kw=%20&kw=a&kw=b').state.filters.keywords).toEqual(['a', 'b']);
  });

  it.each([
    ['minRel=9', 'minRel=9'],
    ['minRel=0', 'minRel=0'],
    ['minRel=2.5', 'minRel=2.5'],
    ['minRel=abc', 'minRel=abc'],
    ['view=nope', 'view=nope'],
    ['sort=-bogus', 'bogus'],
    ['from=2024-13', 'from=2024-13'],
    ['to=2024-02-30', 'to=2024-02-30'],
    ['from=yesterday', 'from=yesterday'],
    ['themesAll=maybe', 'themesAll=maybe'],
  ])('falls back to the default for %s and says so', (query, named) => {
    const { state, problems } = searchToViewState(`?${query}`);
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(named);
  });

  it('keeps the good parameters next to a bad one', () => {
    const { state, problems } = searchToViewState(
      '?minRel=9&theme=AI&view=issues&sort=-bogus,relevancy,relevancy',
    );
    expect(state.filters.minRelevancy).toBeNull();
    expect(state.filters.themes).toEqual(['AI']);
    expect(state.view).toBe('issues');
    expect(state.sort).toEqual([{ column: 'relevancy', desc: false }]);
    expect(problems).toHaveLength(2);
  });

  it('checks sort columns against the view they sort', () => {
    expect(searchToViewState('?sort=title').state.sort).toEqual([{ column: 'title', desc: false }]);
    expect(searchToViewState('?view=signals&sort=title').state.sort).toEqual([]);
  });

  it('round-trips any state it can represent', () => {
    const label = fc.string({ minLength: 1 }).filter((value) => value.trim() === value && value !== '');
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    const state = fc.constantFrom(...VIEW_NAMES).chain((view) =>
      fc.record({
        filters: fc.record({
          themes: fc.uniqueArray(label, { maxLength: 3 }),
          keywords: fc.uniqueArray(label, { maxLength: 3 }),
          category: fc.uniqueArray(label, { maxLength: 2 }),
          type: fc.uniqueArray(label, { maxLength: 2 }),
          themesAll: fc.boolean(),
          keywordsAll: fc.boolean(),
          minRelevancy: fc.option(fc.integer({ min: 1, max: 5 })),
          dateFrom: fc.option(day),
          dateTo: fc.option(day),
          text: fc.string().filter((text) => text.trim() !== ''),
        }),
        view: fc.constant(view),
        sort: fc
          .uniqueArray(fc.constantFrom(...VIEW_COLUMNS[view].map((spec) => spec.id)), { maxLength: 3 })
          .chain((columns) =>
            fc.tuple(
              ...columns.map((column) => fc.record({ column: fc.constant(column), desc: fc.boolean() })),
            ),
          ),
        briefId: fc.option(label),
      }),
    );
    fc.assert(
      fc.property(state, (original) => {
        expect(searchToViewState(viewStateToSearch(original))).toEqual({ state: original, problems: [] });
      }),
    );
  });
});

describe('monthToDate', () => {
  it.each([
    ['2024-02', 'start', '2024-02-01'],
    ['2024-02', 'end', '2024-02-29'],
    ['2023-02', 'end', '2023-02-28'],
    ['2024-12', 'end', '2024-12-31'],
    ['2024-00', 'start', null],
    ['', 'start', null],
    ['2024-1', 'end', null],
  ] as const)('%s (%s) -> %s', (month, edge, expected) => {
    expect(monthToDate(month, edge)).toBe(expected);
  });
});

describe('historyActionFor', () => {
  const withText = (text: string): ViewState => ({ ...FULL_STATE, filters: { ...FULL_STATE.filters, text } });

  it('replaces the entry while only the search text changes', () => {
    expect(historyActionFor(withText('sol'), withText('sola'))).toBe('replace');
  });

  it.each([
    ['a filter', { ...FULL_STATE, filters: { ...FULL_STATE.filters, minRelevancy: 2 } }],
    ['the view', { ...FULL_STATE, view: 'issues' as const, sort: [] }],
    ['the sort', { ...FULL_STATE, sort: [] }],
    ['the open brief', { ...FULL_STATE, briefId: null }],
  ])('adds an entry when %s changes', (_, next) => {
    expect(historyActionFor(FULL_STATE, next)).toBe('push');
  });
});
