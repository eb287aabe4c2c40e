import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { serializeDataset, serializeDatasetParts } from '../../../src/core/dataset/serializeDataset';
import { validateDataset } from '../../../src/core/dataset/validateDataset';
import type { Brief, Dataset } from '../../../src/core/model/types';
import { makeBrief, makeEntry, makeSignal } from './makeBrief';

const BRIEF_FIELDS = [
  'id',
  'file',
  'title',
  'page',
  'date',
  'pageUrl',
  'url',
  'keywords',
  'themes',
  'category',
  'type',
  'summary',
  'signals',
  'concerns',
  'behaviors',
  'technologies',
  'issues',
  'related',
  'topics',
  'warnings',
];

const TOPIC = {
  id: 'energy-grid',
  label: 'energy · grid',
  description: 'Grids that store the sun',
  terms: ['energy', 'grid'],
  size: 1,
};

function sampleDataset(): Dataset {
  const dataset = buildDataset(
    [
      makeBrief({ id: 'a', title: 'Café “quotes” € and \\| pipes', warnings: ['repaired'] }),
      makeBrief({
        id: 'b',
        date: null,
        page: '4320.0',
        related: [{ id: 'a', title: 'Café' }],
        keywords: ['日本語'],
      }),
    ],
    { files: 3, skipped: 1 },
  );
  dataset.briefs[0]!.topics = [{ id: TOPIC.id, weight: 0.75 }];
  return { ...dataset, topics: [TOPIC] };
}

/** The same content with every object's keys inserted in reverse order, plus a field the format does not know. */
function scrambled(dataset: Dataset): Dataset {
  const reverse = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;
  const brief = (value: Brief): Brief =>
    reverse({
      ...value,
      signals: value.signals.map(reverse),
      concerns: value.concerns.map(reverse),
      behaviors: value.behaviors.map(reverse),
      technologies: value.technologies.map(reverse),
      issues: value.issues.map(reverse),
      related: value.related.map(reverse),
      topics: value.topics.map(reverse),
      extra: 'dropped',
    });
  return reverse({
    ...dataset,
    briefs: dataset.briefs.map(brief),
    topics: dataset.topics.map(reverse),
    stats: reverse(dataset.stats),
  });
}

describe('serializeDataset', () => {
  it('writes compact JSON with one trailing newline', () => {
    const text = serializeDataset(sampleDataset());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.slice(0, -1)).not.toMatch(/\n/);
    expect(text.slice(0, -1)).toBe(JSON.stringify(JSON.parse(text)));
  });

  it('gives byte-identical output for the same input', () => {
    expect(serializeDataset(sampleDataset())).toBe(serializeDataset(sampleDataset()));
  });

  it('orders fields as DATA-FORMAT.md lists them, however the objects were built', () => {
    const text = serializeDataset(scrambled(sampleDataset()));
    expect(text).toBe(serializeDataset(sampleDataset()));
    const json = JSON.parse(text) as Record<string, unknown> & { briefs: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['schemaVersion', 'briefs', 'topics', 'stats']);
    expect(Object.keys((json.topics as object[])[0]!)).toEqual([
      'id',
      'label',
      'description',
      'terms',
      'size',
    ]);
    expect(Object.keys(json.stats as object)).toEqual(['files', 'briefs', 'skipped', 'warnings']);
    const brief = json.briefs[0] as Record<string, unknown> & { signals: object[]; concerns: object[] };
    expect(Object.keys(brief)).toEqual(BRIEF_FIELDS);
    expect(Object.keys(brief.signals[0] as object)).toEqual([
      'name',
      'description',
      'relevancy',
      'change',
      'tenYear',
      'drivingForce',
    ]);
    expect(Object.keys(brief.concerns[0] as object)).toEqual(['name', 'description', 'relevancy']);
    expect(Object.keys((brief.topics as object[])[0]!)).toEqual(['id', 'weight']);
    const second = json.briefs[1] as { related: object[] };
    expect(Object.keys(second.related[0]!)).toEqual(['id', 'title']);
  });

  it('is the concatenation of its streamed parts', () => {
    const dataset = sampleDataset();
    const parts = [...serializeDatasetParts(dataset)];
    expect(parts).toHaveLength(4 * dataset.briefs.length + 3);
    expect(parts.join('')).toBe(serializeDataset(dataset));
  });

  it('round-trips through validateDataset, topics and related titles included', () => {
    const dataset = sampleDataset();
    expect(validateDataset(JSON.parse(serializeDataset(dataset)))).toEqual({ ok: true, value: dataset });
  });

  it('round-trips a dataset without topics through validateDataset', () => {
    const dataset = buildDataset(
      [
        makeBrief({
          id: 'x',
          signals: [makeSignal({ relevancy: 1 })],
          issues: [makeEntry({ relevancy: null })],
        }),
        makeBrief({ id: 'y', date: null, page: null, pageUrl: null, url: null, category: null, type: null }),
      ],
      { files: 2, skipped: 0 },
    );
    const result = validateDataset(JSON.parse(serializeDataset(dataset)));
    expect(result).toEqual({ ok: true, value: dataset });
  });

  it('writes an empty dataset', () => {
    const text = serializeDataset(buildDataset([], { files: 0, skipped: 0 }));
    expect(text).toBe(
      '{"schemaVersion":2,"briefs":[],"topics":[],"stats":{"files":0,"briefs":0,"skipped":0,"warnings":0}}\n',
    );
  });
});
