import { describe, expect, it } from 'vitest';
import { VIEW_COLUMNS } from '../../../src/core/query/columns';
import { buildIndex, labelCollator } from '../../../src/core/query/corpusIndex';
import { sortIds } from '../../../src/core/query/sortIds';
import type { SortKey, ViewName } from '../../../src/core/query/types';
import { brief, datasetOf, entry, handDataset, seededRandom, signal } from './fixtures';
import { warmUpSteps } from '../../../src/core/query/warmUp';

const index = buildIndex(handDataset());
const allBriefs = Uint32Array.from([0, 1, 2, 3, 4, 5, 6, 7]);
const allSignals = Uint32Array.from([0, 1, 2, 3, 4, 5, 6, 7]);
const sorted = (view: ViewName, ids: Uint32Array, sort: SortKey[]) =>
  Array.from(sortIds(index, view, ids, sort));
const by = (column: string, desc = false): SortKey => ({ column, desc });

describe('sortIds', () => {
  it.each<[string, ViewName, SortKey[], number[]]>([
    ['text ascending, case-insensitive, empty last', 'briefs', [by('category')], [3, 1, 4, 6, 0, 2, 5, 7]],
    ['text descending, empty still last', 'briefs', [by('category', true)], [0, 2, 4, 6, 1, 3, 5, 7]],
    ['dates ascending, undated last', 'briefs', [by('date')], [5, 4, 3, 2, 1, 0, 6, 7]],
    ['dates descending, undated last', 'briefs', [by('date', true)], [0, 1, 2, 3, 4, 5, 6, 7]],
    ['numbers descending, none last', 'briefs', [by('meanRelevancy', true)], [5, 0, 1, 2, 6, 3, 4, 7]],
    ['numbers ascending, none last', 'briefs', [by('meanRelevancy')], [3, 6, 2, 1, 0, 5, 4, 7]],
    ['lists by their values joined, empty last', 'briefs', [by('themes')], [3, 1, 0, 2, 6, 5, 4, 7]],
    ['lists descending', 'briefs', [by('themes', true)], [4, 5, 6, 2, 0, 1, 3, 7]],
    ['row counts', 'briefs', [by('signals', true)], [0, 1, 2, 4, 5, 6, 3, 7]],
    ['two keys: type, then newest first', 'briefs', [by('type'), by('date', true)], [0, 2, 4, 5, 6, 3, 1, 7]],
    ['signal names, lower case among upper case', 'signals', [by('name')], [4, 3, 7, 5, 1, 2, 0, 6]],
    [
      'signal relevancy descending, unrated last',
      'signals',
      [by('relevancy', true)],
      [0, 6, 2, 1, 4, 3, 7, 5],
    ],
    [
      'row brief title, then name descending',
      'signals',
      [by('brief'), by('name', true)],
      [4, 2, 3, 5, 0, 1, 7, 6],
    ],
    ['an unknown column is ignored', 'signals', [by('colour'), by('relevancy')], [3, 7, 1, 4, 2, 0, 6, 5]],
  ])('%s', (_, view, sort, expected) => {
    expect(sorted(view, view === 'briefs' ? allBriefs : allSignals, sort)).toEqual(expected);
  });

  it('keeps the input order of ties (stable), whatever that order is', () => {
    expect(sorted('briefs', Uint32Array.from([5, 4, 2, 0]), [by('type')])).toEqual([5, 4, 2, 0]);
    expect(sorted('briefs', Uint32Array.from([5, 4, 2, 0]), [by('type', true)])).toEqual([5, 4, 2, 0]);
    expect(sorted('briefs', Uint32Array.from([6, 7, 4, 5, 3]), [by('category', true)])).toEqual([
      6, 4, 3, 7, 5,
    ]);
  });

  it('sorts only the ids given', () => {
    expect(sorted('briefs', Uint32Array.from([7, 3, 0]), [by('date')])).toEqual([3, 0, 7]);
  });

  it('returns the ids as they are without sort keys', () => {
    const ids = Uint32Array.from([2, 0, 1]);
    expect(sortIds(index, 'briefs', ids, [])).toBe(ids);
  });

  it.each<[boolean, number[]]>([
    [false, [0, 2, 1, 3]],
    [true, [1, 0, 2, 3]],
  ])('ties text that differs only in case, blank last (desc: %s)', (desc, expected) => {
    const cased = buildIndex(
      datasetOf([
        brief('x', { concerns: [entry('apple', 1), entry('Banana', 1), entry('APPLE', 1), entry('  ', 1)] }),
      ]),
    );
    expect(
      Array.from(sortIds(cased, 'concerns', Uint32Array.from([0, 1, 2, 3]), [by('name', desc)])),
    ).toEqual(expected);
  });
});

describe('VIEW_COLUMNS', () => {
  it('names the columns of each view', () => {
    const ids = (view: ViewName) => VIEW_COLUMNS[view].map((column) => column.id);
    expect(ids('briefs')).toEqual([
      'title',
      'date',
      'category',
      'type',
      'themes',
      'keywords',
      'signals',
      'concerns',
      'behaviors',
      'technologies',
      'issues',
      'meanRelevancy',
      'warnings',
    ]);
    expect(ids('signals')).toEqual([
      'name',
      'description',
      'change',
      'tenYear',
      'drivingForce',
      'relevancy',
      'brief',
      'date',
    ]);
    for (const view of ['concerns', 'behaviors', 'technologies', 'issues'] as const) {
      expect(ids(view)).toEqual(['name', 'description', 'relevancy', 'brief', 'date']);
    }
    const hidden = VIEW_COLUMNS.briefs.filter((column) => !column.defaultVisible).map((column) => column.id);
    expect(hidden).toEqual(['keywords', 'concerns', 'behaviors', 'technologies', 'issues', 'warnings']);
  });

  it('reads brief values', () => {
    const value = (column: string, id: number) =>
      VIEW_COLUMNS.briefs.find((spec) => spec.id === column)!.value(index, id);
    expect(value('title', 2)).toBe('Electric buses');
    expect(value('themes', 0)).toEqual(['Energy', 'Climate']);
    expect(value('signals', 0)).toBe(2);
    expect(value('issues', 1)).toBe(1);
    expect(value('meanRelevancy', 1)).toBeCloseTo(11 / 3);
    expect(value('meanRelevancy', 4)).toBeNull();
    expect(value('warnings', 6)).toBe(1);
    expect(value('date', 6)).toBeNull();
  });

  it('reads row values, the brief by its title', () => {
    const value = (view: ViewName, column: string, id: number) =>
      VIEW_COLUMNS[view].find((spec) => spec.id === column)!.value(index, id);
    expect(value('signals', 'tenYear', 1)).toBe('Batteries everywhere');
    expect(value('signals', 'brief', 7)).toBe('Undated essay on energy');
    expect(value('signals', 'relevancy', 5)).toBeNull();
    expect(value('technologies', 'name', 1)).toBe('Hydroponics');
    expect(value('technologies', 'date', 1)).toBe('2024-12-01');
    expect(VIEW_COLUMNS.signals.find((spec) => spec.id === 'tenYear')!.label).toBe('10-year');
  });
});

describe('name ranks over many rows (computed a slice at a time)', () => {
  // Enough distinct names for several sorted runs and merges, with case variants, accents and blanks as ties.
  const random = seededRandom(11);
  const syllables = [
    'ka',
    'Ka',
    'KA',
    'lé',
    'le',
    'mo',
    'Mö',
    'ri',
    'su',
    'ZU',
    'ta',
    'ní',
    'po',
    'Xe',
    ' ',
    '',
  ];
  const name = () =>
    Array.from(
      { length: 1 + Math.floor(random() * 5) },
      () => syllables[Math.floor(random() * syllables.length)],
    ).join('');
  const briefs = Array.from({ length: 3000 }, (_, number) =>
    brief(`b${number}`, { signals: Array.from({ length: 7 }, () => signal(name(), 3)) }),
  );
  const rowNames = briefs.flatMap((item) => item.signals.map((row) => row.name));

  /** One stable sort of all names (blank last), ties under the label collator keeping id order. */
  function referenceOrder(ids: number[], desc: boolean): number[] {
    const named = ids.filter((id) => rowNames[id]!.trim() !== '');
    const blank = ids.filter((id) => rowNames[id]!.trim() === '');
    const byText = [...named].sort((a, b) => rowNames[a]!.localeCompare(rowNames[b]!));
    const rank = new Map<number, number>();
    byText.forEach((id, position) => {
      const previous = byText[position - 1];
      const same = previous !== undefined && labelCollator.compare(rowNames[previous]!, rowNames[id]!) === 0;
      rank.set(id, position === 0 ? 0 : rank.get(previous!)! + (same ? 0 : 1));
    });
    const ordered = [...named].sort((a, b) =>
      desc ? rank.get(b)! - rank.get(a)! : rank.get(a)! - rank.get(b)!,
    );
    return [...ordered, ...blank];
  }

  it('sorts as one stable sort of every name would', () => {
    // More distinct names than two sorted runs hold (4,096 each), more rows than one slice reads (16,384).
    expect(new Set(rowNames).size).toBeGreaterThan(2 * 4096);
    expect(rowNames.length).toBeGreaterThan(16_384);
    const many = buildIndex(datasetOf(briefs));
    const ids = Array.from({ length: rowNames.length }, (_, id) => id);
    for (const desc of [false, true])
      expect(Array.from(sortIds(many, 'signals', Uint32Array.from(ids), [by('name', desc)]))).toEqual(
        referenceOrder(ids, desc),
      );
  });

  it('gives the same ranks whether built by the idle-time steps or on first use', () => {
    const warm = buildIndex(datasetOf(briefs));
    let steps = 0;
    for (const step of warmUpSteps(warm)) {
      step();
      steps++;
    }
    // One step per search chunk and per ranked column, and more for the signal names.
    expect(steps).toBeGreaterThan(warm.search.stepCount + 6 + 2);
    const cold = buildIndex(datasetOf(briefs));
    const ids = Uint32Array.from({ length: rowNames.length }, (_, id) => id);
    expect(sortIds(warm, 'signals', ids, [by('name')])).toEqual(sortIds(cold, 'signals', ids, [by('name')]));
    expect(warm.sortRanks.get('signals:name')).toEqual(cold.sortRanks.get('signals:name'));
  });
});
