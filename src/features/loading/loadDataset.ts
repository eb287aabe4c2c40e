import { SCHEMA_VERSION, type Brief, type Dataset } from '../../core/model/types';
import { useAppStore } from '../../store/store';
import { markAfterNextPaint } from '../shared/interactionMarks';
import { fetchDataset } from './fetchDataset';
import type { Progress } from './openDataset';

/**
 * Loads the dataset at `url` into the store, reporting progress and any failure there. When
 * nothing is shown yet, the first briefs are shown while the rest loads.
 */
export async function loadDataset(url: string): Promise<void> {
  const { setLoadStatus, setDataset, setPartialDataset } = useAppStore.getState();
  const sourceLabel = sourceLabelOf(url);
  const onProgress = ({ bytesRead, totalBytes }: Progress) =>
    setLoadStatus({ phase: 'loading', source: url, bytesRead, totalBytes });
  const onFirstBriefs = (briefs: Brief[]) => setPartialDataset(partialDataset(briefs), sourceLabel);
  setLoadStatus({ phase: 'loading', source: url, bytesRead: 0, totalBytes: null });
  const outcome = await fetchDataset(url, onProgress, onFirstBriefs);
  if (!outcome.ok) {
    setLoadStatus({ phase: 'failed', failure: outcome.failure });
    return;
  }
  setDataset(outcome.dataset, sourceLabel);
  // Read by the benchmark: the whole dataset is on screen.
  markAfterNextPaint('ts:loaded');
}

function partialDataset(briefs: Brief[]): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    briefs,
    topics: [],
    stats: { files: briefs.length, briefs: briefs.length, skipped: 0, warnings: 0 },
  };
}

/** The file name of a dataset URL, e.g. "briefs.json". */
export function sourceLabelOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
}
