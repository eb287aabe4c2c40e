import { describe, expect, it } from 'vitest';
import { assignUniqueIds, buildDataset } from '../../../src/core/dataset/buildDataset';
import { makeBrief } from './makeBrief';

describe('buildDataset', () => {
  it('sorts by date descending, briefs without a date last, then by id in code-unit order', () => {
    const briefs = [
      makeBrief({ id: 'b', date: '2023-05-01' }),
      makeBrief({ id: 'z', date: null }),
      makeBrief({ id: 'a', date: '2023-05-01' }),
      makeBrief({ id: 'B', date: '2023-05-01' }),
      makeBrief({ id: 'c', date: '2025-01-01' }),
      makeBrief({ id: 'y', date: null }),
      makeBrief({ id: 'd', date: '2021-12-31' }),
    ];
    const dataset = buildDataset(briefs, { files: 7, skipped: 0 });
    expect(dataset.briefs.map((brief) => brief.id)).toEqual(['c', 'B', 'a', 'b', 'd', 'y', 'z']);
  });

  it('gives the same order whatever the input order', () => {
    const briefs = ['2022-01-02', null, '2022-01-02', '2020-06-30', null].map((date, i) =>
      makeBrief({ id: `id${i}`, date }),
    );
    const forward = buildDataset(briefs, { files: 5, skipped: 0 });
    const backward = buildDataset([...briefs].reverse(), { files: 5, skipped: 0 });
    expect(backward.briefs.map((brief) => brief.id)).toEqual(forward.briefs.map((brief) => brief.id));
  });

  it('counts files, briefs, skipped files and all warnings', () => {
    const briefs = [
      makeBrief({ id: 'a', warnings: ['one', 'two'] }),
      makeBrief({ id: 'b' }),
      makeBrief({ id: 'c', warnings: ['three'] }),
    ];
    const dataset = buildDataset(briefs, { files: 5, skipped: 2 });
    expect(dataset.schemaVersion).toBe(2);
    expect(dataset.stats).toEqual({ files: 5, briefs: 3, skipped: 2, warnings: 3 });
  });

  it('leaves topics to be found: a brief keeps no topic of the dataset it came from', () => {
    const kept = makeBrief({ id: 'a' });
    const briefs = [kept, makeBrief({ id: 'b', topics: [{ id: 'old-topic', weight: 0.9 }] })];
    const dataset = buildDataset(briefs, { files: 2, skipped: 0 });
    expect(dataset.topics).toEqual([]);
    expect(dataset.briefs.map((brief) => brief.topics)).toEqual([[], []]);
    expect(dataset.briefs).toContain(kept);
    expect(briefs[1]!.topics).toEqual([{ id: 'old-topic', weight: 0.9 }]);
  });

  it('does not reorder or change the array it is given', () => {
    const briefs = [makeBrief({ id: 'b', date: null }), makeBrief({ id: 'a' })];
    buildDataset(briefs, { files: 2, skipped: 0 });
    expect(briefs.map((brief) => brief.id)).toEqual(['b', 'a']);
  });

  it('accepts no briefs at all', () => {
    expect(buildDataset([], { files: 3, skipped: 3 }).stats).toEqual({
      files: 3,
      briefs: 0,
      skipped: 3,
      warnings: 0,
    });
  });
});

describe('assignUniqueIds', () => {
  it('keeps the first holder of an id and renames later ones with ~2, ~3, naming the first file', () => {
    const briefs = [
      makeBrief({ id: 'x', file: 'a/x.md' }),
      makeBrief({ id: 'x', file: 'b/x.md' }),
      makeBrief({ id: 'y', file: 'y.md' }),
      makeBrief({ id: 'x', file: 'x.txt', warnings: ['earlier warning'] }),
    ];
    const unique = assignUniqueIds(briefs);
    expect(unique.map((brief) => brief.id)).toEqual(['x', 'x~2', 'y', 'x~3']);
    expect(unique[1]?.warnings).toEqual(['id "x" is already used by a/x.md; renamed to "x~2"']);
    expect(unique[3]?.warnings).toEqual([
      'earlier warning',
      'id "x" is already used by a/x.md; renamed to "x~3"',
    ]);
    expect(briefs[1]?.id).toBe('x');
    expect(briefs[3]?.warnings).toEqual(['earlier warning']);
  });

  it('skips a suffix that a real file already uses as its id', () => {
    const briefs = [
      makeBrief({ id: 'x' }),
      makeBrief({ id: 'x', file: 'other/x.md' }),
      makeBrief({ id: 'x~2' }),
    ];
    expect(assignUniqueIds(briefs).map((brief) => brief.id)).toEqual(['x', 'x~3', 'x~2']);
  });

  it('leaves briefs with unique ids untouched', () => {
    const briefs = [makeBrief({ id: 'a' }), makeBrief({ id: 'b' })];
    const unique = assignUniqueIds(briefs);
    expect(unique[0]).toBe(briefs[0]);
    expect(unique[1]).toBe(briefs[1]);
  });

  it('is applied by buildDataset, whose warning count includes the renames', () => {
    const dataset = buildDataset([makeBrief({ id: 'x' }), makeBrief({ id: 'x', file: 'sub/x.md' })], {
      files: 2,
      skipped: 0,
    });
    expect(dataset.briefs.map((brief) => brief.id).sort()).toEqual(['x', 'x~2']);
    expect(dataset.stats.warnings).toBe(1);
  });
});
