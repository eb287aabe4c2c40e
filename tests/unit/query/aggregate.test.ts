import { describe, expect, it } from 'vitest';
import { relevancyHistogram } from '../../../src/core/query/aggregateRelevancy';
import { momentum, timeline } from '../../../src/core/query/aggregateTime';
import { coOccurrence, topValues } from '../../../src/core/query/aggregateValues';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { runQuery } from '../../../src/core/query/runQuery';
import { EMPTY_FILTERS, type Filters } from '../../../src/core/query/types';
import { handDataset } from './fixtures';

const index = buildIndex(handDataset());
const query = (filters: Partial<Filters>) => runQuery(index, { ...EMPTY_FILTERS, ...filters });
const all = query({});
const kinds = (
  signals: number,
  concerns: number,
  behaviors: number,
  technologies: number,
  issues: number,
) => ({
  signals,
  concerns,
  behaviors,
  technologies,
  issues,
});

describe('relevancyHistogram', () => {
  it('counts matching rows per level and kind, and the unrated ones', () => {
    expect(relevancyHistogram(index, all)).toEqual({
      bins: [
        { level: 1, ...kinds(0, 1, 0, 0, 0) },
        { level: 2, ...kinds(2, 0, 1, 0, 0) },
        { level: 3, ...kinds(2, 0, 0, 0, 0) },
        { level: 4, ...kinds(1, 1, 0, 1, 0) },
        { level: 5, ...kinds(2, 0, 0, 0, 1) },
      ],
      unrated: kinds(1, 0, 1, 1, 0),
    });
  });

  it('follows the filtered rows', () => {
    const histogram = relevancyHistogram(index, query({ minRelevancy: 4 }));
    expect(
      histogram.bins
        .slice(0, 3)
        .every((bin) => bin.signals + bin.concerns + bin.behaviors + bin.technologies + bin.issues === 0),
    ).toBe(true);
    expect(histogram.bins[3]).toEqual({ level: 4, ...kinds(1, 1, 0, 1, 0) });
    expect(histogram.unrated).toEqual(kinds(0, 0, 0, 0, 0));
  });
});

describe('topValues', () => {
  it('ranks values by filtered briefs with the mean relevancy of their rated rows', () => {
    const top = topValues(index, all, 'themes', 3);
    expect(top.map(({ label, briefs }) => [label, briefs])).toEqual([
      ['Climate', 4],
      ['Energy', 3],
      ['Work', 2],
    ]);
    expect(top[0]!.meanRelevancy).toBeCloseTo(33 / 9);
    expect(top[1]!.meanRelevancy).toBeCloseTo(19 / 6);
    expect(top[2]!.meanRelevancy).toBe(2);
  });

  it('averages only the rows that match the filters', () => {
    const top = topValues(index, query({ text: 'grid' }), 'themes', 5);
    expect(top).toEqual([
      { key: 'climate', label: 'Climate', briefs: 1, meanRelevancy: 3.5 },
      { key: 'energy', label: 'Energy', briefs: 1, meanRelevancy: 3.5 },
    ]);
  });

  it('gives null when no matching row is rated', () => {
    const top = topValues(index, query({ themes: ['Work'] }), 'keywords', 10);
    expect(top.map(({ label, meanRelevancy }) => [label, meanRelevancy])).toEqual([
      ['burnout', null],
      ['essay', 2],
      ['Water  rights', 2],
      ['work', null],
    ]);
  });
});

describe('timeline', () => {
  it('counts briefs and rows per kind per month, undated briefs apart', () => {
    const result = timeline(index, all, 'kind');
    expect(result.series.map((series) => series.key)).toEqual([
      'signals',
      'concerns',
      'behaviors',
      'technologies',
      'issues',
    ]);
    expect(result.points).toEqual([
      { month: '2024-12', briefs: 2, counts: kinds(2, 0, 1, 1, 0) },
      { month: '2025-01', briefs: 1, counts: kinds(0, 1, 0, 0, 0) },
      { month: '2025-02', briefs: 1, counts: kinds(1, 0, 1, 0, 0) },
      { month: '2025-03', briefs: 2, counts: kinds(4, 1, 0, 1, 1) },
    ]);
    expect(result.undatedBriefs).toBe(2);
  });

  it('splits rows by relevancy and keeps empty months', () => {
    const result = timeline(index, query({ themes: ['Climate'] }), 'relevancy');
    const level = (one: number, two: number, three: number, four: number, five: number, unrated: number) => ({
      '1': one,
      '2': two,
      '3': three,
      '4': four,
      '5': five,
      unrated,
    });
    expect(result.points).toEqual([
      { month: '2024-12', briefs: 1, counts: level(0, 0, 0, 1, 1, 0) },
      { month: '2025-01', briefs: 1, counts: level(1, 0, 0, 0, 0, 0) },
      { month: '2025-02', briefs: 0, counts: level(0, 0, 0, 0, 0, 0) },
      { month: '2025-03', briefs: 2, counts: level(0, 1, 1, 2, 2, 1) },
    ]);
    expect(result.undatedBriefs).toBe(0);
  });

  it('is empty without dated briefs', () => {
    expect(timeline(index, query({ themes: ['Work'], type: ['Essay'] }), 'kind')).toMatchObject({
      points: [],
      undatedBriefs: 1,
    });
  });
});

describe('momentum', () => {
  it('follows the top themes per quarter and ranks every theme by its change in share', () => {
    const result = momentum(index, all, { themes: 2, months: 2, minCount: 1 });
    expect(result.themes.map((theme) => theme.label)).toEqual(['Climate', 'Energy']);
    expect(result.quarters).toEqual([
      { quarter: '2024-Q4', briefs: 2, shares: { climate: 0.5, energy: 0 } },
      { quarter: '2025-Q1', briefs: 4, shares: { climate: 0.75, energy: 0.5 } },
    ]);
    expect(result.windows).toEqual({ recent: ['2025-02', '2025-03'], previous: ['2024-12', '2025-01'] });
    expect([result.recentBriefs, result.previousBriefs]).toEqual([3, 3]);
    expect(result.trends.map((trend) => trend.label)).toEqual([
      'Energy',
      'Health',
      'Mobility',
      'Climate',
      'Economy',
      'Food',
      'Work',
    ]);
    const [energy, , , climate, economy] = result.trends;
    expect(energy).toMatchObject({ recentCount: 2, previousCount: 0, previousShare: 0, ratio: null });
    expect(energy!.delta).toBeCloseTo(2 / 3);
    expect(climate).toMatchObject({ recentCount: 2, previousCount: 2, delta: 0, ratio: 1 });
    expect(economy).toMatchObject({ recentShare: 0, ratio: 0 });
    expect(economy!.delta).toBeCloseTo(-1 / 3);
  });

  it('leaves out themes below minCount', () => {
    const result = momentum(index, all, { themes: 2, months: 2, minCount: 2 });
    expect(result.trends.map((trend) => trend.label)).toEqual(['Energy', 'Climate']);
  });

  it('is empty without dated briefs', () => {
    expect(momentum(index, query({ type: ['Essay'] }), { themes: 3, months: 6, minCount: 1 })).toMatchObject({
      themes: [],
      quarters: [],
      windows: null,
      trends: [],
    });
  });
});

describe('coOccurrence', () => {
  it('counts briefs carrying both themes and the lift over independence', () => {
    const result = coOccurrence(index, all, 3);
    expect(result.themes).toEqual([
      { key: 'climate', label: 'Climate', briefs: 4 },
      { key: 'energy', label: 'Energy', briefs: 3 },
      { key: 'work', label: 'Work', briefs: 2 },
    ]);
    expect(result.counts).toEqual([
      [4, 1, 0],
      [1, 3, 1],
      [0, 1, 2],
    ]);
    expect(result.briefs).toBe(8);
    expect(result.lift[0]![1]).toBeCloseTo(8 / 12);
    expect(result.lift[1]![2]).toBeCloseTo(8 / 6);
    expect(result.lift[0]![2]).toBe(0);
    expect(result.lift[2]![2]).toBe(4);
  });

  it('takes fewer themes when fewer occur', () => {
    const result = coOccurrence(index, query({ text: 'grid' }), 5);
    expect(result.themes.map((theme) => theme.key)).toEqual(['climate', 'energy']);
    expect(result.lift).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});
