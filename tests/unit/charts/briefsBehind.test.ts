import { describe, expect, it } from 'vitest';
import { briefsBehind } from '../../../src/core/charts/briefsBehind';
import { withoutFutureBriefs } from '../../../src/core/charts/timeScope';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { runQuery } from '../../../src/core/query/runQuery';
import { EMPTY_FILTERS } from '../../../src/core/query/types';
import { brief, datasetOf, entry, signal } from '../query/fixtures';

const index = buildIndex(
  datasetOf([
    brief('b0', { date: '2027-03-01', themes: ['AI', 'Energy'], signals: [signal('s', 4)] }),
    brief('b1', { date: '2024-05-10', themes: ['ai'], concerns: [entry('c', 4), entry('c2', 2)] }),
    brief('b2', {
      date: '2024-05-31',
      themes: ['Energy'],
      signals: [signal('s', null)],
      issues: [entry('i', 4)],
    }),
    brief('b3', { date: '2024-06-01', themes: ['AI', 'energy', 'Water'], signals: [signal('s', 2)] }),
    brief('b4', { date: null, themes: ['AI'], concerns: [entry('c', 4)] }),
  ]),
);
const all = runQuery(index, EMPTY_FILTERS);
const ids = (numbers: number[]) => numbers.map((number) => index.briefs[number]!.id);

describe('briefsBehind', () => {
  it('finds the briefs carrying every value, in any spelling', () => {
    expect(ids(briefsBehind(index, all, { values: { facet: 'themes', labels: ['AI'] } }))).toEqual([
      'b0',
      'b1',
      'b3',
      'b4',
    ]);
    expect(
      ids(briefsBehind(index, all, { values: { facet: 'themes', labels: ['ENERGY', ' ai '] } })),
    ).toEqual(['b0', 'b3']);
  });

  it('finds nothing for a value no brief carries', () => {
    expect(briefsBehind(index, all, { values: { facet: 'themes', labels: ['AI', 'Space'] } })).toEqual([]);
  });

  it('finds the briefs dated within the bounds, both inclusive', () => {
    expect(ids(briefsBehind(index, all, { dates: { from: '2024-05-01', to: '2024-05-31' } }))).toEqual([
      'b1',
      'b2',
    ]);
  });

  it('finds the briefs with a matching row of the kind at the level, 0 for rows without one, null for any', () => {
    expect(ids(briefsBehind(index, all, { rows: { kinds: ['concerns'], level: 4 } }))).toEqual(['b1', 'b4']);
    expect(ids(briefsBehind(index, all, { rows: { kinds: ['signals', 'issues'], level: 4 } }))).toEqual([
      'b0',
      'b2',
    ]);
    expect(ids(briefsBehind(index, all, { rows: { kinds: ['signals'], level: 0 } }))).toEqual(['b2']);
    expect(ids(briefsBehind(index, all, { rows: { kinds: ['signals'], level: null } }))).toEqual([
      'b0',
      'b2',
      'b3',
    ]);
  });

  it('combines every part, within the filtered briefs only', () => {
    const selection = {
      values: { facet: 'themes' as const, labels: ['AI'] },
      rows: { kinds: ['concerns' as const], level: 4 },
    };
    expect(ids(briefsBehind(index, all, selection))).toEqual(['b1', 'b4']);
    const minimum4 = runQuery(index, { ...EMPTY_FILTERS, dateFrom: '2024-05-15' });
    expect(ids(briefsBehind(index, minimum4, selection))).toEqual([]);
  });
});

describe('withoutFutureBriefs', () => {
  it('leaves out briefs dated after today, with their rows, and counts them', () => {
    const { result, future } = withoutFutureBriefs(index, all, '2026-11-28');
    expect(future).toBe(1);
    expect(ids(Array.from(result.briefIds))).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(result.rowIds.signals).toHaveLength(all.rowIds.signals.length - 1);
    expect(result.rowIds.concerns).toEqual(all.rowIds.concerns);
  });

  it('keeps a brief dated today, and returns the same result when nothing is in the future', () => {
    const { result, future } = withoutFutureBriefs(index, all, '2027-03-01');
    expect(future).toBe(0);
    expect(result).toBe(all);
  });
});
