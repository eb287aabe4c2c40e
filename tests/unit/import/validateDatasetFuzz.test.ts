import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { serializeDataset } from '../../../src/core/dataset/serializeDataset';
import { validateDataset } from '../../../src/core/dataset/validateDataset';
import { makeBrief, makeEntry } from '../dataset/makeBrief';

/**
 * The dataset shape of DATA-FORMAT.md (version 2, or version 1 to be upgraded) written out as a
 * plain predicate: the oracle the validator is checked against.
 */
function isDatasetShape(value: unknown): boolean {
  if (!isObject(value) || !(value.schemaVersion === 1 || value.schemaVersion === 2)) return false;
  if (!Array.isArray(value.briefs)) return false;
  const ids = value.briefs.map((brief) => (isObject(brief) ? brief.id : undefined));
  if (!value.briefs.every(isBriefShape) || new Set(ids).size !== ids.length) return false;
  if (value.schemaVersion === 2 && !hasTopicsShape(value.topics, value.briefs as Record<string, unknown>[]))
    return false;
  const stats = value.stats;
  return (
    isObject(stats) && ['files', 'briefs', 'skipped', 'warnings'].every((field) => isCount(stats[field]))
  );
}

/** Topics with unique ids, and every brief's topics among them. */
function hasTopicsShape(topics: unknown, briefs: Record<string, unknown>[]): boolean {
  if (!Array.isArray(topics) || !topics.every(isTopicShape)) return false;
  const ids = new Set(topics.map((topic) => (topic as Record<string, unknown>).id));
  if (ids.size !== topics.length) return false;
  return briefs.every(
    (brief) =>
      brief.topics === undefined || (brief.topics as { id: unknown }[]).every(({ id }) => ids.has(id)),
  );
}

function isTopicShape(topic: unknown): boolean {
  return (
    isObject(topic) &&
    typeof topic.id === 'string' &&
    topic.id !== '' &&
    typeof topic.label === 'string' &&
    (topic.description === undefined || typeof topic.description === 'string') &&
    isStringList(topic.terms) &&
    isCount(topic.size)
  );
}

function isStringList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Related briefs as {id, title}, or as bare ids (version 1). */
function isRelatedShape(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === 'string' ||
        (isObject(item) && typeof item.id === 'string' && typeof item.title === 'string'),
    )
  );
}

function isBriefTopicsShape(value: unknown): boolean {
  return (
    value === undefined ||
    (Array.isArray(value) &&
      value.every(
        (item) =>
          isObject(item) &&
          typeof item.id === 'string' &&
          typeof item.weight === 'number' &&
          item.weight >= 0 &&
          item.weight <= 1,
      ))
  );
}

function isBriefShape(brief: unknown): boolean {
  if (!isObject(brief)) return false;
  return (
    typeof brief.id === 'string' &&
    brief.id !== '' &&
    ['file', 'title', 'summary'].every((field) => typeof brief[field] === 'string') &&
    ['page', 'pageUrl', 'url', 'category', 'type'].every(
      (field) => brief[field] === null || typeof brief[field] === 'string',
    ) &&
    (brief.date === null || (typeof brief.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(brief.date))) &&
    ['keywords', 'themes', 'warnings'].every((field) => isStringList(brief[field])) &&
    isRelatedShape(brief.related) &&
    isBriefTopicsShape(brief.topics) &&
    ['signals', 'concerns', 'behaviors', 'technologies', 'issues'].every(
      (kind) => Array.isArray(brief[kind]) && brief[kind].every((row) => isRowShape(row, kind === 'signals')),
    )
  );
}

function isRowShape(row: unknown, isSignal: boolean): boolean {
  if (!isObject(row)) return false;
  const relevancy = row.relevancy;
  return (
    typeof row.name === 'string' &&
    typeof row.description === 'string' &&
    (relevancy === null ||
      (typeof relevancy === 'number' && Number.isInteger(relevancy) && relevancy >= 1 && relevancy <= 5)) &&
    (!isSignal || ['change', 'tenYear', 'drivingForce'].every((field) => typeof row[field] === 'string'))
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function validJson(): unknown {
  const briefs = [
    makeBrief({ id: 'one', related: [{ id: 'two', title: 'Two' }] }),
    makeBrief({ id: 'two', date: null, page: null, issues: [makeEntry({ relevancy: null })] }),
  ];
  const dataset = buildDataset(briefs, { files: 3, skipped: 1 });
  dataset.briefs[0]!.topics = [{ id: 'solar', weight: 0.8 }];
  const topic = { id: 'solar', label: 'solar · grids', description: 'Solar', terms: ['solar'], size: 1 };
  return JSON.parse(serializeDataset({ ...dataset, topics: [topic] }));
}

type Path = (string | number)[];

/** Every path to a value inside `value`, the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (isObject(value)) {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}

const DELETE = Symbol('delete');

function mutated(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement !== DELETE) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

function expectAgreement(json: unknown): boolean {
  // The oracle first: the validator upgrades a version-1 value in place.
  const valid = isDatasetShape(json);
  const result = validateDataset(json);
  expect(result.ok).toBe(valid);
  if (!result.ok) expect(result.reason).toMatch(/\S/);
  return valid;
}

describe('validateDataset under fuzzing', () => {
  it('never throws on arbitrary JSON values, and accepts none that is not a dataset', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => void expectAgreement(json)),
      { numRuns: 1000 },
    );
  });

  it('never throws on objects that look partly like a dataset', () => {
    const datasetLike = fc.record(
      {
        schemaVersion: fc.oneof(fc.constant(1), fc.constant(2), fc.jsonValue()),
        briefs: fc.jsonValue(),
        topics: fc.jsonValue(),
        stats: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(datasetLike, (json) => void expectAgreement(json)),
      { numRuns: 1000 },
    );
  });

  it('accepts a mutated valid dataset exactly when it still has the dataset shape', () => {
    const base = validJson();
    const paths = pathsOf(base);
    const outcomes = { valid: 0, invalid: 0 };
    const replacement = fc.oneof(
      fc.constant<unknown>(DELETE),
      fc.jsonValue(),
      fc.constantFrom<unknown>(null, '', 'text', 0, 1, 5, 6, 2.5, -1, [], {}, '2024-01-07', '2024-1-7'),
    );
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), replacement, (pick, value) => {
        const valid = expectAgreement(mutated(base, paths[pick]!, value));
        outcomes[valid ? 'valid' : 'invalid']++;
      }),
      { numRuns: 3000 },
    );
    expect(outcomes.valid).toBeGreaterThan(0);
    expect(outcomes.invalid).toBeGreaterThan(0);
  });
});
