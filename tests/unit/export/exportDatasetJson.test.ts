import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/core/dataset/validateDataset';
import { exportDatasetJson } from '../../../src/core/export/exportDatasetJson';
import type { Brief } from '../../../src/core/model/types';

function brief(id: string, date: string | null, overrides: Partial<Brief> = {}): Brief {
  return {
    id,
    file: `${id}.md`,
    title: `Title of ${id} | with “quotes” and €`,
    page: date,
    date,
    pageUrl: null,
    url: 'https://example.test/a',
    keywords: ['solar', 'grid'],
    themes: ['Energy'],
    category: 'Technology',
    type: null,
    summary: 'A summary,\nover two lines.',
    signals: [{ name: '=1+1', description: 'd', relevancy: 4, change: 'c', tenYear: 't', drivingForce: 'f' }],
    concerns: [{ name: 'c', description: '', relevancy: null }],
    behaviors: [],
    technologies: [],
    issues: [],
    related: [],
    topics: [],
    warnings: ['something was repaired'],
    ...overrides,
  };
}

describe('exportDatasetJson', () => {
  const briefs = [brief('b', '2025-01-02'), brief('a', null), brief('c', '2025-03-04')];
  const json = exportDatasetJson(briefs);
  const result = validateDataset(JSON.parse(json));

  it('writes a dataset that validates, with every brief whole and in canonical order', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.briefs.map((b) => b.id)).toEqual(['c', 'b', 'a']);
    expect(result.value.briefs.find((b) => b.id === 'b')).toEqual(briefs[0]);
  });

  it('counts the briefs as files, none skipped', () => {
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.stats).toEqual({ files: 3, briefs: 3, skipped: 0, warnings: 3 });
  });

  it('round-trips: exporting the loaded export gives the same text', () => {
    if (!result.ok) throw new Error(result.reason);
    expect(exportDatasetJson(result.value.briefs)).toBe(json);
  });

  it('exports an empty selection as an empty dataset', () => {
    expect(JSON.parse(exportDatasetJson([]))).toEqual({
      schemaVersion: 2,
      briefs: [],
      topics: [],
      stats: { files: 0, briefs: 0, skipped: 0, warnings: 0 },
    });
  });
});
