import { describe, expect, it } from 'vitest';
import {
  formatLift,
  heatCells,
  kindLevels,
  liftIntensity,
  meanLevel,
  ratedRows,
  risingAndFading,
  sharePoints,
  symmetricReach,
} from '../../../src/core/charts/chartData';
import type { RelevancyHistogram } from '../../../src/core/query/aggregateRelevancy';
import type { Momentum, ThemeTrend } from '../../../src/core/query/aggregateTime';
import type { CoOccurrence } from '../../../src/core/query/aggregateValues';

const zero = { signals: 0, concerns: 0, behaviors: 0, technologies: 0, issues: 0 };

const histogram: RelevancyHistogram = {
  bins: [1, 2, 3, 4, 5].map((level) => ({ ...zero, level, signals: level, issues: level === 5 ? 7 : 0 })),
  unrated: { ...zero, concerns: 4 },
};

describe('relevancy shaping', () => {
  it('turns the histogram into one entry per kind with its rows per level', () => {
    const kinds = kindLevels(histogram);
    expect(kinds.map((kind) => kind.kind)).toEqual([
      'signals',
      'concerns',
      'behaviors',
      'technologies',
      'issues',
    ]);
    expect(kinds[0]).toEqual({ kind: 'signals', label: 'Signals', levels: [1, 2, 3, 4, 5], total: 15 });
    expect(kinds[4]).toMatchObject({ levels: [0, 0, 0, 0, 7], total: 7 });
    expect(kinds[1]!.total).toBe(0);
  });

  it('counts rated rows only', () => {
    expect(ratedRows(histogram)).toBe(15 + 7);
  });

  it.each([
    [null, null],
    [1, 1],
    [2.49, 2],
    [2.5, 3],
    [4.6, 5],
    [0.2, 1],
  ])('colours a mean relevancy of %s as level %s', (mean, level) => {
    expect(meanLevel(mean)).toBe(level);
  });
});

function trend(key: string, delta: number): ThemeTrend {
  return {
    key,
    label: key,
    recentCount: 0,
    previousCount: 0,
    recentShare: 0,
    previousShare: 0,
    delta,
    ratio: null,
  };
}

describe('risingAndFading', () => {
  // momentum() ranks by delta descending.
  const trends = [
    trend('a', 0.3),
    trend('b', 0.2),
    trend('c', 0.1),
    trend('flat', 0),
    trend('d', -0.05),
    trend('e', -0.2),
    trend('f', -0.4),
  ];

  it('takes the steepest risers first, and the steepest faders first', () => {
    const { rising, fading } = risingAndFading(trends, 2);
    expect(rising.map((entry) => entry.key)).toEqual(['a', 'b']);
    expect(fading.map((entry) => entry.key)).toEqual(['f', 'e']);
  });

  it('never lists a flat theme, and lists fewer when fewer move', () => {
    const { rising, fading } = risingAndFading(trends, 10);
    expect(rising.map((entry) => entry.key)).toEqual(['a', 'b', 'c']);
    expect(fading.map((entry) => entry.key)).toEqual(['f', 'e', 'd']);
  });
});

describe('sharePoints', () => {
  const momentum: Momentum = {
    themes: [
      { key: 'x', label: 'X' },
      { key: 'y.z', label: 'Y.Z' },
    ],
    quarters: [
      { quarter: '2024-Q1', briefs: 1, shares: { x: 1, 'y.z': 0 } },
      { quarter: '2024-Q2', briefs: 4, shares: { x: 0.25, 'y.z': 0.5 } },
    ],
    windows: null,
    recentBriefs: 0,
    previousBriefs: 0,
    trends: [],
  };

  it('lists the shares in theme order, leaving out those of quarters with too few briefs', () => {
    expect(sharePoints(momentum, 3)).toEqual([
      { quarter: '2024-Q1', briefs: 1, shares: [null, null] },
      { quarter: '2024-Q2', briefs: 4, shares: [0.25, 0.5] },
    ]);
    expect(sharePoints(momentum, 1)[0]!.shares).toEqual([1, 0]);
  });
});

describe('heatCells', () => {
  const coOccurrence: CoOccurrence = {
    themes: [
      { key: 'a', label: 'A', briefs: 10 },
      { key: 'b', label: 'B', briefs: 5 },
      { key: 'c', label: 'C', briefs: 4 },
    ],
    counts: [
      [10, 4, 0],
      [4, 5, 2],
      [0, 2, 4],
    ],
    lift: [
      [2, 1.6, 0],
      [1.6, 4, 2],
      [0, 2, 5],
    ],
    briefs: 20,
  };

  it('shades counts against the largest pair, the diagonal apart', () => {
    const { cells, maxPair } = heatCells(coOccurrence, 'count');
    expect(maxPair).toBe(4);
    expect(cells).toHaveLength(9);
    expect(cells[1]).toMatchObject({ row: 0, column: 1, count: 4, intensity: 1, tone: 'more', text: '4' });
    expect(cells[5]).toMatchObject({ row: 1, column: 2, intensity: 0.5, text: '2' });
    expect(cells[2]).toMatchObject({ intensity: 0, text: '0' });
    expect(cells[0]).toMatchObject({ tone: 'self', intensity: 0, text: '10' });
  });

  it('shades lift on a log scale around 1, pairs never seen together fully', () => {
    const { cells } = heatCells(coOccurrence, 'lift');
    expect(cells[1]).toMatchObject({ tone: 'more', text: '1.6×' });
    expect(cells[1]!.intensity).toBeCloseTo(Math.log2(1.6) / 2, 10);
    expect(cells[5]).toMatchObject({ tone: 'more', intensity: 0.5, text: '2.0×' });
    expect(cells[2]).toMatchObject({ tone: 'less', intensity: 1, text: '0.0×' });
    expect(cells[4]).toMatchObject({ tone: 'self' });
  });

  it.each([
    [1, 0],
    [2, 0.5],
    [0.5, 0.5],
    [4, 1],
    [16, 1],
    [0, 1],
  ])('shades a lift of %s at %s', (lift, intensity) => {
    expect(liftIntensity(lift)).toBeCloseTo(intensity, 12);
  });

  it('writes lift with one decimal', () => {
    expect(formatLift(0.25)).toBe('0.3×');
    expect(formatLift(12)).toBe('12.0×');
  });
});

describe('symmetricReach', () => {
  it.each([
    [[0.03, -0.1], 0.2],
    [[0.163, -0.103], 0.5],
    [[0.3], 0.5],
    [[-0.004], 0.01],
    [[], 0.01],
    [[0.4], 1],
  ])('fits %j with room to spare on a round half-width', (values, reach) => {
    expect(symmetricReach(values)).toBeCloseTo(reach, 12);
  });

  it('always holds the largest value with its room', () => {
    for (const value of [0.011, 0.07, 0.19, 0.33, 0.66])
      expect(symmetricReach([value])).toBeGreaterThanOrEqual(value * 1.5);
  });
});
