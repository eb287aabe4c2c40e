import type { Brief, Dataset, Entry, Signal } from '../model/types';

/**
 * The canonical JSON text: compact, fields in the order DATA-FORMAT.md lists them (whatever
 * order the objects were built in), unknown fields left out, one trailing newline.
 */
export function serializeDataset(dataset: Dataset): string {
  return [...serializeDatasetParts(dataset)].join('');
}

/**
 * The same text in pieces (one per brief), for writers that stream: no single string has to
 * hold a dataset of hundreds of megabytes.
 */
export function* serializeDatasetParts(dataset: Dataset): Generator<string> {
  yield `{"schemaVersion":${JSON.stringify(dataset.schemaVersion)},"briefs":[`;
  let separator = '';
  for (const brief of dataset.briefs) {
    yield separator + JSON.stringify(canonicalBrief(brief));
    separator = ',';
  }
  const { files, briefs, skipped, warnings } = dataset.stats;
  yield `],"stats":${JSON.stringify({ files, briefs, skipped, warnings })}}\n`;
}

function canonicalBrief(brief: Brief): Brief {
  return {
    id: brief.id,
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
    related: brief.related,
    warnings: brief.warnings,
  };
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
