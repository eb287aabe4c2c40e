import { describe, expect, it } from 'vitest';
import { radarData, type RadarSettings } from '../../../src/core/foresight/radarData';
import { DEFAULT_STAGE_RULES } from '../../../src/core/foresight/stages';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { runQuery } from '../../../src/core/query/runQuery';
import { EMPTY_FILTERS } from '../../../src/core/query/types';
import { brief, datasetOf, signal } from '../query/fixtures';

const settings: RadarSettings = {
  segmentFacet: 'category',
  segmentCount: 2,
  blipFacet: 'themes',
  blipsPerSegment: 8,
  minBriefs: 1,
};

// Newest dated brief: 2026-06-10, so the 6-month window starts 2025-12-11.
const index = buildIndex(
  datasetOf([
    brief('a', {
      date: '2024-03-01',
      category: 'Energy',
      themes: ['Storage', 'Grid'],
      signals: [signal('s', 2)],
    }),
    brief('b', { date: '2024-09-01', category: 'Energy', themes: ['Storage'], signals: [signal('s', 4)] }),
    brief('c', { date: '2025-02-01', category: 'Energy', themes: ['Grid'] }),
    brief('d', { date: '2026-01-10', category: 'Policy', themes: ['AI act', 'Grid'] }),
    brief('e', { date: '2026-06-10', category: 'Policy', themes: ['AI act'] }),
    brief('f', { date: '2029-09-11', category: 'Policy', themes: ['Future typo'] }),
    brief('g', { date: '2025-05-01', category: 'Misc', themes: ['Storage'] }),
  ]),
);

describe('radarData', () => {
  const data = radarData(index, runQuery(index, EMPTY_FILTERS), settings, DEFAULT_STAGE_RULES, '2026-12-04');
  const blip = (label: string) => data.blips.find((b) => b.label === label);

  it('takes the largest categories as segments and leaves future-dated briefs out', () => {
    expect(data.segments.map((s) => [s.label, s.briefs])).toEqual([
      ['Energy', 3],
      ['Policy', 2],
    ]);
    expect(data.futureBriefs).toBe(1);
    expect(blip('Future typo')).toBeUndefined();
    expect(data.window).toMatchObject({ start: 20251211, end: 20260610, recentBriefs: 2, earlierBriefs: 4 });
  });

  it('stages each theme from its dates and places it in the segment most of its briefs belong to', () => {
    expect(blip('AI act')).toMatchObject({ segment: 1, stage: 'emerging', size: 2 });
    expect(blip('Grid')).toMatchObject({ segment: 0, stage: 'established', size: 3 });
    expect(blip('Storage')).toMatchObject({ segment: 0, stage: 'fading', size: 3, meanRelevancy: 3 });
  });

  it('counts only the filtered briefs', () => {
    const filtered = radarData(
      index,
      runQuery(index, { ...EMPTY_FILTERS, category: ['Policy'] }),
      settings,
      DEFAULT_STAGE_RULES,
      '2026-12-04',
    );
    expect(filtered.segments.map((s) => s.label)).toEqual(['Policy']);
    expect(filtered.blips.map((b) => [b.label, b.size])).toEqual([
      ['AI act', 2],
      ['Grid', 1],
    ]);
  });

  it('draws at most blipsPerSegment per segment and says how many it left out', () => {
    const few = radarData(
      index,
      runQuery(index, EMPTY_FILTERS),
      { ...settings, blipsPerSegment: 1, minBriefs: 2 },
      DEFAULT_STAGE_RULES,
      '2026-12-04',
    );
    expect(few.blips.map((b) => b.label)).toEqual(['Grid', 'AI act']);
    expect(few.notDrawn).toBe(1);
  });
});
