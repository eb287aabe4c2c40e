import { SCHEMA_VERSION, type Brief, type Dataset, type DatasetStats } from '../model/types';

export interface FileCounts {
  /** Files read, including the skipped ones. */
  files: number;
  skipped: number;
}

/** What ids, order and stats depend on: a brief, or the ingest CLI's serialized record of one. */
export type BriefKey = Pick<Brief, 'id' | 'file' | 'date' | 'warnings'>;

/**
 * Assembles the canonical dataset: ids made unique (see assignUniqueIds), briefs sorted by
 * date descending (briefs without a date last), then by id. Topics are left to be found (see
 * src/core/topics): they depend on all the briefs, and take longer than the rest. A brief's
 * topics from an earlier dataset are dropped with that dataset's topics.
 */
export function buildDataset(briefs: readonly Brief[], counts: FileCounts): Dataset {
  const sorted = assignUniqueIds(briefs).map(withoutTopics).sort(compareBriefs);
  return { schemaVersion: SCHEMA_VERSION, briefs: sorted, topics: [], stats: datasetStats(sorted, counts) };
}

function withoutTopics(brief: Brief): Brief {
  return brief.topics.length === 0 ? brief : { ...brief, topics: [] };
}

export function datasetStats(briefs: readonly BriefKey[], counts: FileCounts): DatasetStats {
  let warnings = 0;
  for (const brief of briefs) warnings += brief.warnings.length;
  return { files: counts.files, briefs: briefs.length, skipped: counts.skipped, warnings };
}

/**
 * Two files may share a base name (`a/x.md` and `b/x.md`, or `x.md` and `x.txt`). The first one,
 * in input order, keeps the id; each later one gets `~2`, `~3`... and a warning naming the file
 * that holds the id. Input briefs are not mutated; briefs that keep their id are returned as the same objects.
 */
export function assignUniqueIds<T extends Omit<BriefKey, 'date'>>(briefs: readonly T[]): T[] {
  const fileById = new Map<string, string>();
  for (const brief of briefs) if (!fileById.has(brief.id)) fileById.set(brief.id, brief.file);
  const taken = new Set<string>();
  return briefs.map((brief) => {
    if (!taken.has(brief.id)) {
      taken.add(brief.id);
      return brief;
    }
    let suffix = 2;
    while (taken.has(`${brief.id}~${suffix}`) || fileById.has(`${brief.id}~${suffix}`)) suffix++;
    const id = `${brief.id}~${suffix}`;
    taken.add(id);
    const warning = `id "${brief.id}" is already used by ${fileById.get(brief.id)}; renamed to "${id}"`;
    return { ...brief, id, warnings: [...brief.warnings, warning] };
  });
}

/** The dataset's order: date descending, briefs without a date last, then id. */
export function compareBriefs(a: Pick<Brief, 'id' | 'date'>, b: Pick<Brief, 'id' | 'date'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}
