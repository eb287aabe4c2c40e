import { expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import type { Brief } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { buildIndex, labelCollator, valueIdOf } from '../../../src/core/query/corpusIndex';
import { runQuery } from '../../../src/core/query/runQuery';
import { EMPTY_FILTERS } from '../../../src/core/query/types';
import { describeWithCorpus, readCorpus, type CorpusName } from '../../support/corpus';

function indexOf(...names: CorpusName[]) {
  const briefs = names.flatMap((name) =>
    readCorpus(name).flatMap(({ file, text }) => {
      const parsed = parseBrief(text, file, { today: '2026-12-31' });
      return parsed.ok ? [parsed.value] : [];
    }),
  );
  return buildIndex(buildDataset(briefs, { files: briefs.length, skipped: 0 }));
}

/** Briefs carrying at least one of the `count` largest groups (by briefs, ties by name). */
function coverage(briefs: readonly Brief[], groupOf: (label: string) => string, count: number): number {
  const carriers = new Map<string, Set<number>>();
  briefs.forEach((brief, number) => {
    for (const theme of brief.themes) {
      const group = groupOf(theme);
      if (group !== '') carriers.set(group, (carriers.get(group) ?? new Set()).add(number));
    }
  });
  const ranked = [...carriers].sort((a, b) => b[1].size - a[1].size || labelCollator.compare(a[0], b[0]));
  return new Set(ranked.slice(0, count).flatMap(([, numbers]) => [...numbers])).size;
}

describeWithCorpus('the label fold on the real briefs', () => {
  const real = indexOf('real');
  const both = indexOf('real', 'older');

  it('makes AI and artificial intelligence one entry', () => {
    for (const index of [real, both]) {
      const ai = valueIdOf(index, 'keywords', 'AI');
      expect(ai).toBeDefined();
      expect(valueIdOf(index, 'keywords', 'artificial intelligence')).toBe(ai);
      expect(index.facets.keywords.spellings[ai!]).toEqual(
        expect.arrayContaining(['AI', 'artificial intelligence']),
      );
    }
    const themes = both.facets.themes;
    const ai = valueIdOf(both, 'themes', 'AI')!;
    expect(valueIdOf(both, 'themes', 'Artificial Intelligence')).toBe(ai);
    expect(runQuery(both, EMPTY_FILTERS).facets.themes[0]).toMatchObject({ key: themes.keys[ai] });
  });

  it("covers more briefs with the Themes facet's 20 largest groups than with the 20 largest raw labels", () => {
    for (const index of [real, both]) {
      const raw = coverage(index.briefs, (label) => label.trim(), 20);
      const grouped = coverage(index.briefs, (label) => index.fold.keyOf(label), 20);
      expect(grouped).toBeGreaterThan(raw);
    }
  });

  it('keeps apart what only looks alike', () => {
    const { fold } = both;
    expect(fold.keyOf('M.B.A.')).not.toBe(fold.keyOf('Maybelline Beauty app'));
    expect(fold.keyOf('news')).not.toBe(fold.keyOf('new'));
    expect(fold.keyOf('US')).not.toBe(fold.keyOf('us'));
  });
});
