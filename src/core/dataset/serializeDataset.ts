import {
  SCHEMA_VERSION,
  type Brief,
  type BriefTopic,
  type Dataset,
  type DatasetStats,
  type Entry,
  type Signal,
  type Topic,
} from '../model/types';
import type { BriefKey } from './buildDataset';

/**
 * A brief as canonical JSON, with its id, topics and warnings kept apart from the rest (`body`),
 * so that assignUniqueIds can still rename it and topics found later can still be given. The
 * ingest CLI keeps only these while it reads: a few strings per brief instead of thousands of
 * small objects for the garbage collector to copy.
 */
export interface SerializedBrief extends BriefKey {
  /** The canonical fields between `id` and `topics`, without the braces. */
  body: string;
  topics: BriefTopic[];
}

export function serializeBrief(brief: Brief): SerializedBrief {
  const { id, file, date, topics, warnings } = brief;
  return { id, file, date, topics, warnings, body: JSON.stringify(canonicalBody(brief)).slice(1, -1) };
}

/**
 * The canonical JSON text: compact, fields in the order DATA-FORMAT.md lists them (whatever
 * order the objects were built in), unknown fields left out, one trailing newline.
 */
export function serializeDataset(dataset: Dataset): string {
  return [...serializeDatasetParts(dataset)].join('');
}

/**
 * The same text in pieces (a few per brief), for writers that stream: no single string has to
 * hold a dataset of hundreds of megabytes.
 */
export function serializeDatasetParts(dataset: Dataset): Generator<string> {
  return serializedDatasetParts(serializeEach(dataset.briefs), dataset.topics, dataset.stats);
}

/** The canonical JSON text, in pieces, of briefs already serialized and in dataset order. */
export function* serializedDatasetParts(
  briefs: Iterable<SerializedBrief>,
  topics: readonly Topic[],
  stats: DatasetStats,
): Generator<string> {
  yield `{"schemaVersion":${SCHEMA_VERSION},"briefs":[`;
  let separator = '';
  for (const { id, body, topics: briefTopics, warnings } of briefs) {
    // The body on its own: joined to the rest, it would be copied once more to be written.
    yield `${separator}{"id":${JSON.stringify(id)},`;
    yield body;
    yield `,"topics":${JSON.stringify(briefTopics.map(canonicalBriefTopic))}`;
    yield `,"warnings":${JSON.stringify(warnings)}}`;
    separator = ',';
  }
  yield `],"topics":${JSON.stringify(topics.map(canonicalTopic))}`;
  const { files, briefs: count, skipped, warnings } = stats;
  yield `,"stats":${JSON.stringify({ files, briefs: count, skipped, warnings })}}\n`;
}

function* serializeEach(briefs: readonly Brief[]): Generator<SerializedBrief> {
  for (const brief of briefs) yield serializeBrief(brief);
}

/** Every canonical field but `id` (first), `topics` and `warnings` (last), in DATA-FORMAT.md's order. */
function canonicalBody(brief: Brief): Omit<Brief, 'id' | 'topics' | 'warnings'> {
  return {
    file: brief.file,
    title: brief.title,
    page: brief.page,
    date: brief.date,
    pageUrl: brief.pageUrl,
    url: brief.url,
    keywords: brief.keywords,
    themes: brief.themes,
    category: brief.category,
    type: brief.type,
    summary: brief.summary,
    signals: brief.signals.map(canonicalSignal),
    concerns: brief.concerns.map(canonicalEntry),
    behaviors: brief.behaviors.map(canonicalEntry),
    technologies: brief.technologies.map(canonicalEntry),
    issues: brief.issues.map(canonicalEntry),
    related: brief.related.map(({ id, title }) => ({ id, title })),
  };
}

function canonicalBriefTopic({ id, weight }: BriefTopic): BriefTopic {
  return { id, weight };
}

function canonicalTopic({ id, label, description, terms, size }: Topic): Topic {
  return { id, label, description, terms, size };
}

function canonicalEntry(entry: Entry): Entry {
  return { name: entry.name, description: entry.description, relevancy: entry.relevancy };
}

function canonicalSignal(signal: Signal): Signal {
  return {
    name: signal.name,
    description: signal.description,
    relevancy: signal.relevancy,
    change: signal.change,
    tenYear: signal.tenYear,
    drivingForce: signal.drivingForce,
  };
}
