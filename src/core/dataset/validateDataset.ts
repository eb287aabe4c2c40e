import {
  ENTRY_KINDS,
  READABLE_SCHEMA_VERSIONS,
  SCHEMA_VERSION,
  type Dataset,
  type Result,
} from '../model/types';

type Fields = Record<string, unknown>;

/**
 * Problems are reported relative to the value checked, as `<path suffix>: <message>`
 * (for example `.relevancy: expected 1-5 or null, got 7`, or `: expected an object, got null`),
 * and get their full path prepended on the way out; null means the value is fine. Paths are
 * only built on failure, which keeps the loop over hundreds of thousands of rows cheap.
 */
type Problem = string | null;

const STRING_FIELDS = ['file', 'title', 'summary'] as const;
const NULLABLE_STRING_FIELDS = ['page', 'pageUrl', 'url', 'category', 'type'] as const;
const STRING_LIST_FIELDS = ['keywords', 'themes', 'warnings'] as const;
const SIGNAL_ONLY_FIELDS = ['change', 'tenYear', 'drivingForce'] as const;
const STATS_FIELDS = ['files', 'briefs', 'skipped', 'warnings'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The runtime check of a loaded dataset (the file the app fetches, or one the user imports).
 * Unknown extra fields are tolerated; the order of briefs and the stats' agreement with the
 * briefs are not checked, the app derives what it shows from the briefs themselves.
 *
 * A version-1 dataset is upgraded in place to version 2: each related id becomes
 * `{ id, title: "" }`, and briefs and dataset get `topics: []`, for the app to compute.
 */
export function validateDataset(json: unknown): Result<Dataset> {
  const problem =
    headerProblem(json) ??
    createBriefsChecker().check((json as Fields).briefs as unknown[]) ??
    topicsProblem(json as Fields, (json as Fields).briefs as Fields[]) ??
    statsProblem(json as Fields);
  if (problem !== null) return fail(problem);
  return { ok: true, value: upgradedHeader(json as Fields) as unknown as Dataset };
}

/**
 * The same check for a dataset read in pieces: `header` is the document with its briefs array
 * empty, `briefs` the briefs a createBriefsChecker has passed (and upgraded), batch by batch.
 */
export function validateSplitDataset(header: unknown, briefs: unknown[]): Result<Dataset> {
  const problem =
    headerProblem(header) ??
    topicsProblem(header as Fields, briefs as Fields[]) ??
    statsProblem(header as Fields);
  if (problem !== null) return fail(problem);
  return { ok: true, value: { ...upgradedHeader(header as Fields), briefs } as unknown as Dataset };
}

/** The header as version 2 (a version-1 header gets no topics yet). */
function upgradedHeader(header: Fields): Fields {
  if (header.schemaVersion === SCHEMA_VERSION) return header;
  header.schemaVersion = SCHEMA_VERSION;
  header.topics = [];
  return header;
}

/**
 * Checks briefs in the order they come, numbering them across calls; returns the first problem.
 * Briefs of version 1 are upgraded in place (see validateDataset), so that briefs shown before
 * the header arrives already have the shape of version 2.
 */
export function createBriefsChecker(): { check(briefs: readonly unknown[]): Problem } {
  const indexById = new Map<string, number>();
  return {
    check(briefs) {
      const offset = indexById.size;
      for (let i = 0; i < briefs.length; i++) {
        const brief: unknown = briefs[i];
        const number = offset + i;
        const problem = checkBrief(brief);
        if (problem !== null) return `briefs[${number}]${problem}`;
        const id = (brief as Fields).id as string;
        const first = indexById.get(id);
        if (first !== undefined)
          return `briefs[${number}].id: ${describe(id)} is also the id of briefs[${first}]`;
        indexById.set(id, number);
      }
      return null;
    },
  };
}

function headerProblem(json: unknown): Problem {
  if (!isFields(json)) return `not a Trendscope dataset: expected a JSON object, got ${describe(json)}`;
  const version = json.schemaVersion;
  if (version === undefined) return 'not a Trendscope dataset: no schemaVersion';
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return `schema version ${version} is newer than this Trendscope reads (${SCHEMA_VERSION})`;
  }
  if (typeof version !== 'number' || !READABLE_SCHEMA_VERSIONS.includes(version))
    return `schemaVersion: expected ${READABLE_SCHEMA_VERSIONS.join(' or ')}, got ${describe(version)}`;
  if (!Array.isArray(json.briefs)) return `briefs: expected an array, got ${describe(json.briefs)}`;
  return null;
}

/**
 * A version-2 header's topics, and every brief's topics naming one of them. Version 1 has no
 * topics: its briefs' topics (there should be none) are left to be recomputed.
 */
function topicsProblem(header: Fields, briefs: readonly Fields[]): Problem {
  if (header.schemaVersion !== SCHEMA_VERSION) {
    for (const brief of briefs) brief.topics = [];
    return null;
  }
  const topics = header.topics;
  if (!Array.isArray(topics)) return `topics: expected an array, got ${describe(topics)}`;
  const ids = new Set<string>();
  for (let i = 0; i < topics.length; i++) {
    const problem = checkTopic(topics[i]);
    if (problem !== null) return `topics[${i}]${problem}`;
    const id = (topics[i] as Fields).id as string;
    if (ids.has(id)) return `topics[${i}].id: ${describe(id)} is the id of an earlier topic`;
    ids.add(id);
  }
  for (let i = 0; i < briefs.length; i++) {
    const briefTopics = briefs[i]!.topics as Fields[];
    for (let k = 0; k < briefTopics.length; k++) {
      const id = briefTopics[k]!.id as string;
      if (!ids.has(id)) return `briefs[${i}].topics[${k}].id: ${describe(id)} is not one of the topics`;
    }
  }
  return null;
}

function checkTopic(topic: unknown): Problem {
  if (!isFields(topic)) return `: expected an object, got ${describe(topic)}`;
  if (typeof topic.id !== 'string' || topic.id === '')
    return `.id: expected a non-empty string, got ${describe(topic.id)}`;
  if (typeof topic.label !== 'string') return `.label: expected a string, got ${describe(topic.label)}`;
  // DATA-FORMAT.md's version 2 has no description: a file written to it alone is still read.
  if (topic.description === undefined) topic.description = '';
  if (typeof topic.description !== 'string')
    return `.description: expected a string, got ${describe(topic.description)}`;
  const termsProblem = checkStringList(topic.terms);
  if (termsProblem !== null) return `.terms${termsProblem}`;
  const size = topic.size;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0)
    return `.size: expected a whole number >= 0, got ${describe(size)}`;
  return null;
}

function statsProblem(json: Fields): Problem {
  const stats = json.stats;
  if (!isFields(stats)) return `stats: expected an object, got ${describe(stats)}`;
  for (const field of STATS_FIELDS) {
    const count = stats[field];
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      return `stats.${field}: expected a whole number >= 0, got ${describe(count)}`;
    }
  }
  return null;
}

function checkBrief(brief: unknown): Problem {
  if (!isFields(brief)) return `: expected an object, got ${describe(brief)}`;
  const id = brief.id;
  if (typeof id !== 'string' || id === '') return `.id: expected a non-empty string, got ${describe(id)}`;
  for (const field of STRING_FIELDS) {
    if (typeof brief[field] !== 'string')
      return `.${field}: expected a string, got ${describe(brief[field])}`;
  }
  for (const field of NULLABLE_STRING_FIELDS) {
    const value = brief[field];
    if (value !== null && typeof value !== 'string') {
      return `.${field}: expected a string or null, got ${describe(value)}`;
    }
  }
  const date = brief.date;
  if (date !== null && (typeof date !== 'string' || !ISO_DATE.test(date))) {
    return `.date: expected a yyyy-mm-dd date or null, got ${describe(date)}`;
  }
  for (const field of STRING_LIST_FIELDS) {
    const problem = checkStringList(brief[field]);
    if (problem !== null) return `.${field}${problem}`;
  }
  const relatedProblem = checkRelated(brief.related);
  if (relatedProblem !== null) return `.related${relatedProblem}`;
  if (brief.topics === undefined) brief.topics = [];
  const topicsProblem = checkBriefTopics(brief.topics);
  if (topicsProblem !== null) return `.topics${topicsProblem}`;
  for (const kind of ENTRY_KINDS) {
    const problem = checkRows(brief[kind], kind === 'signals');
    if (problem !== null) return `.${kind}${problem}`;
  }
  return null;
}

function checkStringList(list: unknown): Problem {
  if (!Array.isArray(list)) return `: expected an array of strings, got ${describe(list)}`;
  for (let i = 0; i < list.length; i++) {
    if (typeof list[i] !== 'string') return `[${i}]: expected a string, got ${describe(list[i])}`;
  }
  return null;
}

/** Related briefs as `{ id, title }` (version 2) or as ids (version 1, upgraded in place to title ""). */
function checkRelated(related: unknown): Problem {
  const expected = 'expected an array of {id, title} objects';
  if (!Array.isArray(related)) return `: ${expected}, got ${describe(related)}`;
  for (let i = 0; i < related.length; i++) {
    const item: unknown = related[i];
    if (typeof item === 'string') related[i] = { id: item, title: '' };
    else if (!isFields(item)) return `[${i}]: expected an object or an id, got ${describe(item)}`;
    else if (typeof item.id !== 'string') return `[${i}].id: expected a string, got ${describe(item.id)}`;
    else if (typeof item.title !== 'string')
      return `[${i}].title: expected a string, got ${describe(item.title)}`;
  }
  return null;
}

function checkBriefTopics(topics: unknown): Problem {
  if (!Array.isArray(topics)) return `: expected an array, got ${describe(topics)}`;
  for (let i = 0; i < topics.length; i++) {
    const topic: unknown = topics[i];
    if (!isFields(topic)) return `[${i}]: expected an object, got ${describe(topic)}`;
    if (typeof topic.id !== 'string') return `[${i}].id: expected a string, got ${describe(topic.id)}`;
    const weight = topic.weight;
    if (typeof weight !== 'number' || !(weight >= 0 && weight <= 1))
      return `[${i}].weight: expected a number from 0 to 1, got ${describe(weight)}`;
  }
  return null;
}

function checkRows(rows: unknown, isSignal: boolean): Problem {
  if (!Array.isArray(rows)) return `: expected an array, got ${describe(rows)}`;
  for (let i = 0; i < rows.length; i++) {
    const problem = checkRow(rows[i], isSignal);
    if (problem !== null) return `[${i}]${problem}`;
  }
  return null;
}

function checkRow(row: unknown, isSignal: boolean): Problem {
  if (!isFields(row)) return `: expected an object, got ${describe(row)}`;
  if (typeof row.name !== 'string') return `.name: expected a string, got ${describe(row.name)}`;
  if (typeof row.description !== 'string') {
    return `.description: expected a string, got ${describe(row.description)}`;
  }
  const relevancy = row.relevancy;
  if (relevancy !== null && !isRelevancy(relevancy)) {
    return `.relevancy: expected 1-5 or null, got ${describe(relevancy)}`;
  }
  if (isSignal) {
    for (const field of SIGNAL_ONLY_FIELDS) {
      if (typeof row[field] !== 'string') return `.${field}: expected a string, got ${describe(row[field])}`;
    }
  }
  return null;
}

function isRelevancy(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const QUOTED_LIMIT = 40;

/** A short description of a value for messages: strings quoted (and cut), containers by kind. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > QUOTED_LIMIT ? `${value.slice(0, QUOTED_LIMIT)}…` : value);
  }
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

function fail(reason: string): Result<never> {
  return { ok: false, reason };
}
