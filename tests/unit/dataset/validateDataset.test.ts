import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { serializeDataset } from '../../../src/core/dataset/serializeDataset';
import {
  createBriefsChecker,
  validateDataset,
  validateSplitDataset,
} from '../../../src/core/dataset/validateDataset';
import type { Dataset, Result } from '../../../src/core/model/types';
import { makeBrief } from './makeBrief';

const TOPICS = ['energy-grid', 'civic-ledgers'].map((id) => ({
  id,
  label: id.replace('-', ' · '),
  description: `About ${id}`,
  terms: id.split('-'),
  size: 1,
}));

/**
 * A valid dataset as plain JSON (13 briefs, so that paths like briefs[12] exist; two topics,
 * briefs[0] in both).
 */
function validJson(): Record<string, unknown> {
  const briefs = Array.from({ length: 13 }, (_, i) => makeBrief({ id: `brief-${i}` }));
  for (const brief of briefs) {
    brief.signals = Array.from({ length: 4 }, (_, i) => ({ ...brief.signals[0]!, name: `signal ${i}` }));
  }
  const dataset = buildDataset(briefs, { files: 13, skipped: 0 });
  dataset.briefs[0]!.topics = TOPICS.map(({ id }, i) => ({ id, weight: 0.6 - i / 10 }));
  dataset.briefs[0]!.related = [{ id: 'brief-1', title: 'Title of brief-1' }];
  return JSON.parse(serializeDataset({ ...dataset, topics: TOPICS })) as Record<string, unknown>;
}

/** The dataset as version 1 wrote it: related as ids, no topics anywhere. */
function asVersion1(json: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...json };
  delete rest.topics;
  const briefs = (json.briefs as Record<string, unknown>[]).map(({ topics: _t, related, ...brief }) => ({
    ...brief,
    related: (related as { id: string }[]).map(({ id }) => id),
  }));
  return { ...rest, schemaVersion: 1, briefs };
}

/** Sets the value at a path like "briefs.12.signals.3.relevancy" (undefined deletes it). */
function withValue(path: string, value: unknown): Record<string, unknown> {
  const json = validJson();
  const keys = path.split('.');
  const last = keys.pop()!;
  let target = json as Record<string, unknown>;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return json;
}

/** Paths set to a bad value, and the reason validateDataset gives. */
const REJECTED_VALUES: [string, unknown, string][] = [
  ['schemaVersion', 3, 'schema version 3 is newer than this Trendscope reads (2)'],
  ['schemaVersion', '1', 'schemaVersion: expected 1 or 2, got "1"'],
  ['schemaVersion', 0, 'schemaVersion: expected 1 or 2, got 0'],
  ['schemaVersion', 1.5, 'schemaVersion: expected 1 or 2, got 1.5'],
  ['briefs', undefined, 'briefs: expected an array, got nothing'],
  ['briefs', { 0: {} }, 'briefs: expected an array, got an object'],
  ['briefs.1', null, 'briefs[1]: expected an object, got null'],
  ['briefs.1.id', '', 'briefs[1].id: expected a non-empty string, got ""'],
  ['briefs.2.id', 'brief-0', 'briefs[2].id: "brief-0" is also the id of briefs[0]'],
  ['briefs.0.title', 3, 'briefs[0].title: expected a string, got 3'],
  ['briefs.0.summary', undefined, 'briefs[0].summary: expected a string, got nothing'],
  ['briefs.0.file', ['a.md'], 'briefs[0].file: expected a string, got an array'],
  ['briefs.4.page', 20240101, 'briefs[4].page: expected a string or null, got 20240101'],
  ['briefs.4.url', false, 'briefs[4].url: expected a string or null, got false'],
  ['briefs.4.category', undefined, 'briefs[4].category: expected a string or null, got nothing'],
  ['briefs.0.date', '2024/01/02', 'briefs[0].date: expected a yyyy-mm-dd date or null, got "2024/01/02"'],
  ['briefs.0.date', 20240102, 'briefs[0].date: expected a yyyy-mm-dd date or null, got 20240102'],
  ['briefs.0.keywords', 'a,b', 'briefs[0].keywords: expected an array of strings, got "a,b"'],
  ['briefs.0.keywords.1', 7, 'briefs[0].keywords[1]: expected a string, got 7'],
  ['briefs.5.related', undefined, 'briefs[5].related: expected an array of {id, title} objects, got nothing'],
  ['briefs.0.related.0', 7, 'briefs[0].related[0]: expected an object or an id, got 7'],
  ['briefs.0.related.0.id', null, 'briefs[0].related[0].id: expected a string, got null'],
  ['briefs.0.related.0.title', undefined, 'briefs[0].related[0].title: expected a string, got nothing'],
  ['briefs.0.topics', 'energy', 'briefs[0].topics: expected an array, got "energy"'],
  ['briefs.0.topics.1', 'civic-ledgers', 'briefs[0].topics[1]: expected an object, got "civic-ledgers"'],
  ['briefs.0.topics.0.id', 3, 'briefs[0].topics[0].id: expected a string, got 3'],
  ['briefs.0.topics.0.weight', 1.5, 'briefs[0].topics[0].weight: expected a number from 0 to 1, got 1.5'],
  ['briefs.0.topics.0.weight', '0.5', 'briefs[0].topics[0].weight: expected a number from 0 to 1, got "0.5"'],
  ['briefs.0.topics.1.id', 'gone', 'briefs[0].topics[1].id: "gone" is not one of the topics'],
  ['topics', undefined, 'topics: expected an array, got nothing'],
  ['topics.1', null, 'topics[1]: expected an object, got null'],
  ['topics.1.id', '', 'topics[1].id: expected a non-empty string, got ""'],
  ['topics.1.id', 'energy-grid', 'topics[1].id: "energy-grid" is the id of an earlier topic'],
  ['topics.0.label', null, 'topics[0].label: expected a string, got null'],
  ['topics.0.description', 1, 'topics[0].description: expected a string, got 1'],
  ['topics.0.terms', 'energy', 'topics[0].terms: expected an array of strings, got "energy"'],
  ['topics.0.terms.1', 2, 'topics[0].terms[1]: expected a string, got 2'],
  ['topics.0.size', -1, 'topics[0].size: expected a whole number >= 0, got -1'],
  ['briefs.5.warnings.0', null, 'briefs[5].warnings[0]: expected a string, got null'],
  [
    'briefs.12.signals.3.relevancy',
    'high',
    'briefs[12].signals[3].relevancy: expected 1-5 or null, got "high"',
  ],
  ['briefs.12.signals.3.relevancy', 0, 'briefs[12].signals[3].relevancy: expected 1-5 or null, got 0'],
  ['briefs.12.signals.3.relevancy', 6, 'briefs[12].signals[3].relevancy: expected 1-5 or null, got 6'],
  ['briefs.12.signals.3.relevancy', 3.5, 'briefs[12].signals[3].relevancy: expected 1-5 or null, got 3.5'],
  [
    'briefs.12.signals.3.relevancy',
    undefined,
    'briefs[12].signals[3].relevancy: expected 1-5 or null, got nothing',
  ],
  ['briefs.3.signals.0.tenYear', undefined, 'briefs[3].signals[0].tenYear: expected a string, got nothing'],
  ['briefs.3.signals.1.drivingForce', 1, 'briefs[3].signals[1].drivingForce: expected a string, got 1'],
  ['briefs.3.signals.2', 'row', 'briefs[3].signals[2]: expected an object, got "row"'],
  [
    'briefs.0.concerns.0.description',
    undefined,
    'briefs[0].concerns[0].description: expected a string, got nothing',
  ],
  ['briefs.0.behaviors.0.name', null, 'briefs[0].behaviors[0].name: expected a string, got null'],
  [
    'briefs.0.technologies.0.relevancy',
    '5',
    'briefs[0].technologies[0].relevancy: expected 1-5 or null, got "5"',
  ],
  ['briefs.0.issues', {}, 'briefs[0].issues: expected an array, got an object'],
  ['stats', undefined, 'stats: expected an object, got nothing'],
  ['stats.skipped', -1, 'stats.skipped: expected a whole number >= 0, got -1'],
  ['stats.warnings', '0', 'stats.warnings: expected a whole number >= 0, got "0"'],
];

describe('validateDataset', () => {
  it('accepts a valid dataset and returns it', () => {
    const json = validJson();
    expect(validateDataset(json)).toEqual({ ok: true, value: json });
  });

  it('accepts a dataset with no briefs', () => {
    const json = {
      schemaVersion: 2,
      briefs: [],
      topics: [],
      stats: { files: 0, briefs: 0, skipped: 0, warnings: 0 },
    };
    expect(validateDataset(json).ok).toBe(true);
  });

  it('reads a topic without a description (DATA-FORMAT.md has none) as one with an empty description', () => {
    const result = validateDataset(withValue('topics.0.description', undefined));
    expect(result.ok && result.value.topics[0]).toEqual({ ...TOPICS[0], description: '' });
  });

  it('upgrades a version-1 dataset: related ids get an empty title, topics are left to compute', () => {
    const version2 = validJson();
    const result = validateDataset(asVersion1(validJson()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.schemaVersion).toBe(2);
    expect(result.value.topics).toEqual([]);
    expect(result.value.briefs[0]!.related).toEqual([{ id: 'brief-1', title: '' }]);
    expect(result.value.briefs.every((brief) => brief.topics.length === 0)).toBe(true);
    const unchanged = (json: Record<string, unknown>) =>
      (json.briefs as Record<string, unknown>[]).map(({ related: _r, topics: _t, ...rest }) => rest);
    expect(unchanged(result.value as unknown as Record<string, unknown>)).toEqual(unchanged(version2));
  });

  it('tolerates fields it does not know', () => {
    expect(validateDataset(withValue('briefs.0.extra', { nested: true })).ok).toBe(true);
  });

  it.each([
    ['an array', [], 'not a Trendscope dataset: expected a JSON object, got an array'],
    ['null', null, 'not a Trendscope dataset: expected a JSON object, got null'],
    ['a string', 'briefs', 'not a Trendscope dataset: expected a JSON object, got "briefs"'],
    ['an object without schemaVersion', { briefs: [] }, 'not a Trendscope dataset: no schemaVersion'],
  ])('rejects %s', (_, json, reason) => {
    expect(validateDataset(json)).toEqual({ ok: false, reason });
  });

  it.each(REJECTED_VALUES)('rejects %s = %j', (path, value, reason) => {
    expect(validateDataset(withValue(path, value))).toEqual({ ok: false, reason });
  });

  it('does not require signal-only columns in other tables', () => {
    expect(validateDataset(withValue('briefs.0.concerns.0.change', undefined)).ok).toBe(true);
  });

  it('shortens long strings it quotes', () => {
    const result = validateDataset(withValue('briefs.0.date', 'x'.repeat(500)));
    expect(result).toEqual({
      ok: false,
      reason: `briefs[0].date: expected a yyyy-mm-dd date or null, got "${'x'.repeat(40)}…"`,
    });
  });
});

/**
 * How the app checks a dataset read in batches: each batch through one createBriefsChecker, then
 * the header; when a batch fails, the app reads the text whole, i.e. validateDataset decides.
 */
function validateInBatches(json: Record<string, unknown>, batchSize: number): Result<Dataset> {
  const briefs = json.briefs;
  if (!Array.isArray(briefs)) return validateDataset(json);
  const checker = createBriefsChecker();
  for (let start = 0; start < briefs.length; start += batchSize) {
    if (checker.check(briefs.slice(start, start + batchSize)) !== null) return validateDataset(json);
  }
  return validateSplitDataset({ ...json, briefs: [] }, briefs);
}

describe('validating a dataset in batches', () => {
  it.each([1, 4, 13])('accepts a valid dataset in batches of %i, returning the same dataset', (batchSize) => {
    const json = validJson();
    expect(validateInBatches(json, batchSize)).toEqual({ ok: true, value: json });
  });

  it.each([1, 4, 13])('upgrades a version-1 dataset in batches of %i as a whole check does', (batchSize) => {
    expect(validateInBatches(asVersion1(validJson()), batchSize)).toEqual(
      validateDataset(asVersion1(validJson())),
    );
  });

  it.each(REJECTED_VALUES)('gives the same reason as a whole check for %s = %j', (path, value, reason) => {
    for (const batchSize of [1, 4, 13]) {
      expect(validateInBatches(withValue(path, value), batchSize)).toEqual({ ok: false, reason });
    }
  });

  it('numbers briefs across batches, so a batch names the brief by its place in the dataset', () => {
    const checker = createBriefsChecker();
    const briefs = validJson().briefs as Record<string, unknown>[];
    expect(checker.check(briefs.slice(0, 5))).toBeNull();
    expect(checker.check([briefs[5], { ...briefs[6], id: briefs[1]!.id }])).toBe(
      'briefs[6].id: "brief-1" is also the id of briefs[1]',
    );
  });
});
