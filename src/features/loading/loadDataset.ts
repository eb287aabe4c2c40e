import { useAppStore } from '../../store/store';
import { fetchDataset, type Progress } from './fetchDataset';

/** Bytes between two progress updates of the store, so a large file does not re-render per chunk. */
const PROGRESS_STEP = 256 * 1024;

/** Loads the dataset at `url` into the store, reporting progress and any failure there. */
export async function loadDataset(url: string): Promise<void> {
  const { setLoadStatus, setDataset } = useAppStore.getState();
  let reported = -PROGRESS_STEP;
  const onProgress = ({ bytesRead, totalBytes }: Progress) => {
    if (bytesRead - reported < PROGRESS_STEP && bytesRead !== totalBytes) return;
    reported = bytesRead;
    setLoadStatus({ phase: 'loading', source: url, bytesRead, totalBytes });
  };
  setLoadStatus({ phase: 'loading', source: url, bytesRead: 0, totalBytes: null });
  const outcome = await fetchDataset(url, onProgress);
  if (outcome.ok) setDataset(outcome.dataset, sourceLabelOf(url));
  else setLoadStatus({ phase: 'failed', failure: outcome.failure });
}

/** The file name of a dataset URL, e.g. "briefs.json". */
export function sourceLabelOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
}
