import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { mergeDatasets, previewMerge, type ConflictWinner } from '../../../src/core/import/mergeDatasets';
import type { Brief } from '../../../src/core/model/types';
import { makeBrief } from '../dataset/makeBrief';

function dataset(briefs: Brief[], files = briefs.length, skipped = 0) {
  return buildDataset(briefs, { files, skipped });
}

const shared = makeBrief({ id: 'shared', date: '2024-01-01' });
const current = dataset(
  [
    makeBrief({ id: 'only-current', date: '2024-03-01' }),
    shared,
    makeBrief({ id: 'clash', title: 'Current title' }),
  ],
  4,
  1,
);
const imported = dataset(
  [
    { ...shared, keywords: [...shared.keywords] },
    makeBrief({ id: 'clash', title: 'Imported title' }),
    makeBrief({ id: 'only-imported', date: '2024-02-01' }),
  ],
  5,
  2,
);

describe('previewMerge', () => {
  it('lists ids held by both with different content, counts identical and added briefs', () => {
    expect(previewMerge(current, imported)).toEqual({
      conflicts: [{ id: 'clash', currentTitle: 'Current title', importedTitle: 'Imported title' }],
      identical: 1,
      added: 1,
    });
  });

  it('sees the same brief whatever the order of its fields', () => {
    const reordered = Object.fromEntries(Object.entries(shared).reverse()) as unknown as Brief;
    expect(previewMerge(current, dataset([reordered]))).toEqual({ conflicts: [], identical: 1, added: 0 });
  });

  it('sees the same brief whatever topics were found for it on each side', () => {
    const withTopics = {
      ...current,
      briefs: current.briefs.map((brief) => ({ ...brief, topics: [{ id: 't', weight: 1 }] })),
    };
    expect(previewMerge(withTopics, dataset([shared]))).toEqual({ conflicts: [], identical: 1, added: 0 });
  });

  it.each([
    ['a related title', { related: [{ id: 'other', title: 'Other' }] }],
    ['a list item', { keywords: ['other'] }],
    ['a row cell', { signals: [{ ...shared.signals[0]!, relevancy: 1 }] }],
    ['a null field', { date: null }],
  ])('sees a brief differing only in %s as a conflict', (_, change) => {
    expect(previewMerge(current, dataset([{ ...shared, ...change }])).conflicts).toHaveLength(1);
  });
});

describe('mergeDatasets', () => {
  it.each<[ConflictWinner, string]>([
    ['current', 'Current title'],
    ['imported', 'Imported title'],
  ])('keeps the %s brief on a shared id', (winner, title) => {
    const merged = mergeDatasets(current, imported, winner);
    expect(merged.briefs.map((brief) => brief.id)).toEqual([
      'only-current',
      'only-imported',
      'clash',
      'shared',
    ]);
    expect(merged.briefs.find((brief) => brief.id === 'clash')!.title).toBe(title);
    expect(merged.briefs.every((brief) => !brief.id.includes('~'))).toBe(true);
  });

  it('adds up files and skipped, and recounts briefs and warnings', () => {
    const withWarning = dataset([makeBrief({ id: 'warned', warnings: ['a', 'b'] })]);
    expect(mergeDatasets(current, withWarning, 'imported').stats).toEqual({
      files: 5,
      briefs: 4,
      skipped: 1,
      warnings: 2,
    });
  });

  it('leaves both datasets as they were', () => {
    const before = JSON.stringify([current, imported]);
    mergeDatasets(current, imported, 'imported');
    expect(JSON.stringify([current, imported])).toBe(before);
  });
});
