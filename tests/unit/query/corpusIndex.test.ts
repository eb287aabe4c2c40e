import { describe, expect, it } from 'vitest';
import { buildIndex, dateNumber, valueIdOf } from '../../../src/core/query/corpusIndex';
import { brief, datasetOf, handDataset, signal } from './fixtures';

describe('buildIndex', () => {
  const dataset = handDataset();
  const index = buildIndex(dataset);

  it('numbers briefs by position', () => {
    expect(index.briefs).toBe(dataset.briefs);
    expect(index.briefNumberById.get('b3')).toBe(3);
    expect(Array.from(index.briefDate)).toEqual([
      20250310, 20250302, 20250215, 20250120, 20241231, 20241201, -1, -1,
    ]);
  });

  it('labels a value by its most frequent spelling, the first seen on a tie', () => {
    const { themes, keywords, category } = index.facets;
    expect(themes.labels[themes.idByKey.get('climate')!]).toBe('Climate');
    expect(keywords.labels[keywords.idByKey.get('solar')!]).toBe('solar');
    expect(keywords.labels[keywords.idByKey.get('water rights')!]).toBe('Water  rights');
    expect(category.labels[category.idByKey.get('technology')!]).toBe('Technology');
  });

  it('adds up spellings that differ only by surrounding spaces before breaking a tie', () => {
    const spelled = buildIndex(
      datasetOf([
        brief('a', { themes: ['Ai'] }),
        brief('b', { themes: ['AI'] }),
        brief('c', { themes: ['AI'] }),
        brief('d', { themes: ['Ai '] }),
      ]),
    );
    expect(spelled.facets.themes.labels).toEqual(['Ai']);
  });

  it('links briefs and values both ways', () => {
    const themes = index.facets.themes;
    const valuesOf = (number: number) =>
      Array.from(
        themes.briefValues.subarray(themes.briefOffsets[number], themes.briefOffsets[number + 1]),
        (id) => themes.keys[id],
      );
    const briefsOf = (key: string) => {
      const id = themes.idByKey.get(key)!;
      return Array.from(themes.valueBriefs.subarray(themes.valueOffsets[id], themes.valueOffsets[id + 1]));
    };
    expect(valuesOf(5)).toEqual(['food', 'climate']);
    expect(valuesOf(7)).toEqual([]);
    expect(briefsOf('climate')).toEqual([0, 1, 3, 5]);
    expect(briefsOf('energy')).toEqual([0, 2, 6]);
  });

  it('counts a value once per brief and leaves out blank and missing values', () => {
    const small = buildIndex(
      datasetOf([brief('x', { themes: ['Climate', 'climate ', ' '], category: null, type: ' ' })]),
    );
    expect(small.facets.themes.keys).toEqual(['climate']);
    expect(Array.from(small.facets.themes.briefValues)).toEqual([0]);
    expect(small.facets.category.keys).toEqual([]);
    expect(small.facets.type.keys).toEqual([]);
  });

  it('makes one value of the spellings the fold groups, and lists them most common first', () => {
    const grouped = buildIndex(
      datasetOf([
        brief('a', { themes: ['AI', 'knowledge graphs'] }),
        brief('b', { themes: ['artificial intelligence'], keywords: ['AI'] }),
        brief('c', { themes: ['AI', 'Knowledge Graph'] }),
        brief('d', { themes: ['Al', 'US', 'us'] }),
      ]),
    );
    const { themes } = grouped.facets;
    const ai = valueIdOf(grouped, 'themes', 'artificial intelligence')!;
    expect(themes.labels[ai]).toBe('AI');
    expect(themes.spellings[ai]).toEqual(['AI', 'artificial intelligence']);
    expect(
      Array.from(themes.valueBriefs.subarray(themes.valueOffsets[ai], themes.valueOffsets[ai + 1])),
    ).toEqual([0, 1, 2]);
    const graph = valueIdOf(grouped, 'themes', 'knowledge-graphs');
    expect(graph).toBe(valueIdOf(grouped, 'themes', 'Knowledge Graph'));
    expect(themes.spellings[graph!]).toEqual(['knowledge graphs', 'Knowledge Graph']);
    expect(themes.keys).toHaveLength(5);
    expect(valueIdOf(grouped, 'themes', 'US')).not.toBe(valueIdOf(grouped, 'themes', 'us'));
    expect(valueIdOf(grouped, 'themes', 'Al')).not.toBe(ai);
    expect(valueIdOf(grouped, 'themes', 'space')).toBeUndefined();
  });

  it('numbers the rows of each kind in brief order', () => {
    const signals = index.rows.signals;
    expect(signals.count).toBe(8);
    expect(Array.from(signals.briefOf)).toEqual([0, 0, 1, 1, 2, 4, 5, 6]);
    expect(Array.from(signals.entryOf)).toEqual([0, 1, 0, 1, 0, 0, 0, 0]);
    expect(Array.from(signals.relevancy)).toEqual([5, 3, 4, 2, 3, 0, 5, 2]);
    expect(signals.entry(3)).toBe(dataset.briefs[1]!.signals[1]);
    expect(index.rows.issues.entry(0)).toBe(dataset.briefs[1]!.issues[0]);
  });

  it('treats a relevancy outside 1..5 as none', () => {
    const odd = buildIndex(
      datasetOf([
        brief('x', { signals: [signal('a', 7), signal('b', 0), signal('c', 2.5), signal('d', 1)] }),
      ]),
    );
    expect(Array.from(odd.rows.signals.relevancy)).toEqual([0, 0, 0, 1]);
  });
});

describe('dateNumber', () => {
  it.each([
    ['2025-03-10', 20250310],
    [null, -1],
    ['2025-3-10', -1],
    ['20250310', -1],
  ])('%j -> %i', (date, expected) => {
    expect(dateNumber(date)).toBe(expected);
  });
});
