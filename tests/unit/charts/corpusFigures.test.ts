import { expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { ENTRY_KINDS } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { relevancyHistogram } from '../../../src/core/query/aggregateRelevancy';
import { momentum, timeline } from '../../../src/core/query/aggregateTime';
import { coOccurrence, topValues } from '../../../src/core/query/aggregateValues';
import { buildIndex } from '../../../src/core/query/corpusIndex';
import { runQuery } from '../../../src/core/query/runQuery';
import { EMPTY_FILTERS } from '../../../src/core/query/types';
import { describeWithCorpus } from '../../support/corpus';
import { readRawCorpus } from './rawCorpus';

/**
 * The chart aggregations over the 55 real briefs, checked against figures counted straight from
 * the Markdown by the line reader in rawCorpus.ts.
 */
const raw = readRawCorpus();
const briefs = raw.map(({ text, file }) => {
  const parsed = parseBrief(text, file, { today: '2026-12-31' });
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return parsed.value;
});
const index = buildIndex(buildDataset(briefs, { files: briefs.length, skipped: 0 }));
const all = runQuery(index, EMPTY_FILTERS);
// Themes as the charts count them: one per group of spellings (the fold has its own tests in tests/unit/labels).
for (const brief of raw) brief.themes = [...new Set(brief.themes.map((theme) => index.fold.keyOf(theme)))];

function tally<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

const monthOf = (date: string) => date.slice(0, 7);
const rawThemeCounts = tally(raw.flatMap((brief) => brief.themes));

describeWithCorpus('chart aggregations on the real corpus', () => {
  it('reads every file as one brief', () => {
    expect(all.briefIds.length).toBe(raw.length);
  });

  it('relevancyHistogram: rows per level and kind as counted in the tables', () => {
    const histogram = relevancyHistogram(index, all);
    for (const kind of ENTRY_KINDS) {
      const levels = tally(raw.flatMap((brief) => brief.rows[kind]));
      expect(
        histogram.bins.map((bin) => bin[kind]),
        kind,
      ).toEqual([1, 2, 3, 4, 5].map((level) => levels.get(level) ?? 0));
      expect(histogram.unrated[kind], kind).toBe(levels.get(0) ?? 0);
    }
    const total = histogram.bins.reduce(
      (sum, bin) => sum + ENTRY_KINDS.reduce((rows, kind) => rows + bin[kind], 0),
      0,
    );
    expect(total).toBeGreaterThan(100);
  });

  it('topValues: briefs per theme as listed under ## Themes', () => {
    const expected = [...rawThemeCounts].sort((a, b) => b[1] - a[1]);
    const top = topValues(index, all, 'themes', 10);
    expect(top.map((value) => value.briefs)).toEqual(expected.slice(0, 10).map(([, count]) => count));
    for (const value of top) expect(rawThemeCounts.get(value.key), value.key).toBe(value.briefs);
  });

  it('topValues: mean relevancy of the rows of the briefs carrying a theme', () => {
    const [first] = topValues(index, all, 'themes', 1);
    const carrying = raw.filter((brief) => brief.themes.includes(first!.key));
    const levels = carrying
      .flatMap((brief) => ENTRY_KINDS.flatMap((kind) => brief.rows[kind]))
      .filter((level) => level > 0);
    expect(first!.meanRelevancy).toBeCloseTo(
      levels.reduce((sum, level) => sum + level, 0) / levels.length,
      10,
    );
  });

  it('timeline: briefs per month from the page ids, every month of the span listed', () => {
    const dated = raw.filter((brief): brief is typeof brief & { date: string } => brief.date !== null);
    const perMonth = tally(dated.map((brief) => monthOf(brief.date)));
    const { points, undatedBriefs } = timeline(index, all, 'kind');
    expect(undatedBriefs).toBe(raw.length - dated.length);
    expect(points.filter((point) => point.briefs > 0).map((point) => [point.month, point.briefs])).toEqual(
      [...perMonth].sort((a, b) => a[0].localeCompare(b[0])),
    );
    const months = [...perMonth.keys()].sort();
    const span = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
    expect(points).toHaveLength(span(months[months.length - 1]!) - span(months[0]!) + 1);
  });

  it('timeline: rows per month and kind of the dated briefs', () => {
    const { points } = timeline(index, all, 'kind');
    for (const point of points.filter((entry) => entry.briefs > 0)) {
      const inMonth = raw.filter((brief) => brief.date !== null && monthOf(brief.date) === point.month);
      for (const kind of ENTRY_KINDS) {
        expect(point.counts[kind], `${point.month} ${kind}`).toBe(
          inMonth.reduce((sum, brief) => sum + brief.rows[kind].length, 0),
        );
      }
    }
  });

  it('coOccurrence: briefs carrying both themes of each pair', () => {
    const { themes, counts } = coOccurrence(index, all, 6);
    themes.forEach((a, row) =>
      themes.forEach((b, column) => {
        const both = raw.filter(
          (brief) => brief.themes.includes(a.key) && brief.themes.includes(b.key),
        ).length;
        expect(counts[row]![column], `${a.key} & ${b.key}`).toBe(both);
      }),
    );
  });

  it('momentum: the quarters hold every dated brief, and a window counts the briefs carrying each theme', () => {
    const result = momentum(index, all, { themes: 3, months: 12, minCount: 1 });
    const dated = raw.filter((brief) => brief.date !== null);
    expect(result.quarters.reduce((sum, quarter) => sum + quarter.briefs, 0)).toBe(dated.length);
    const [from, to] = result.windows!.recent;
    const recent = dated.filter((brief) => monthOf(brief.date!) >= from && monthOf(brief.date!) <= to);
    expect(result.recentBriefs).toBe(recent.length);
    for (const trend of result.trends) {
      expect(trend.recentCount, trend.key).toBe(
        recent.filter((brief) => brief.themes.includes(trend.key)).length,
      );
    }
  });
});
