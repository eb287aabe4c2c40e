import { buildDataset } from '../dataset/buildDataset';
import type { Brief, Dataset } from '../model/types';

/** A brief id held by both datasets with different content. */
export interface BriefConflict {
  id: string;
  currentTitle: string;
  importedTitle: string;
}

export interface MergePreview {
  conflicts: BriefConflict[];
  /** Briefs the import holds exactly as the current dataset does: merged as one, whoever wins. */
  identical: number;
  /** Briefs only the import holds. */
  added: number;
}

/** Which side's brief is kept when both datasets hold one with the same id. */
export type ConflictWinner = 'current' | 'imported';

/** What merging `imported` into `current` would do, for the user to choose a winner for the conflicts. */
export function previewMerge(current: Dataset, imported: Dataset): MergePreview {
  const currentById = new Map(current.briefs.map((brief) => [brief.id, brief]));
  const preview: MergePreview = { conflicts: [], identical: 0, added: 0 };
  for (const brief of imported.briefs) {
    const existing = currentById.get(brief.id);
    if (existing === undefined) preview.added++;
    else if (isSameContent(existing, brief)) preview.identical++;
    else preview.conflicts.push({ id: brief.id, currentTitle: existing.title, importedTitle: brief.title });
  }
  return preview;
}

/**
 * Both datasets' briefs in one, each id once: on a shared id the winner's brief is kept. The
 * stats add up the files read and skipped on both sides; briefs and warnings are recounted.
 */
export function mergeDatasets(current: Dataset, imported: Dataset, winner: ConflictWinner): Dataset {
  const [first, second] = winner === 'current' ? [current, imported] : [imported, current];
  const taken = new Set(first.briefs.map((brief) => brief.id));
  const briefs: Brief[] = [...first.briefs, ...second.briefs.filter((brief) => !taken.has(brief.id))];
  return buildDataset(briefs, {
    files: current.stats.files + imported.stats.files,
    skipped: current.stats.skipped + imported.stats.skipped,
  });
}

/** The same brief whatever topics each side found for it: topics are found again for the merged briefs. */
function isSameContent(a: Brief, b: Brief): boolean {
  return isSameValue({ ...a, topics: [] }, { ...b, topics: [] });
}

/** Deep equality of plain JSON data (what briefs are), whatever the order of object keys. */
function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aFields = a as Record<string, unknown>;
  const bFields = b as Record<string, unknown>;
  const keys = Object.keys(aFields);
  if (keys.length !== Object.keys(bFields).length) return false;
  return keys.every((key) => Object.hasOwn(bFields, key) && isSameValue(aFields[key], bFields[key]));
}
