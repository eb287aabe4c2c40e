import { buildDataset } from '../dataset/buildDataset';
import { serializeDataset } from '../dataset/serializeDataset';
import type { Brief } from '../model/types';

/**
 * The canonical JSON of some briefs, whole (every row, filtered or not), loadable back into
 * Trendscope. The export has no files of its own: stats.files counts the briefs, skipped is 0.
 */
export function exportDatasetJson(briefs: readonly Brief[]): string {
  return serializeDataset(buildDataset(briefs, { files: briefs.length, skipped: 0 }));
}
