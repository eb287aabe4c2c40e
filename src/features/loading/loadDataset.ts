import { useAppStore } from '../../store/store';
import { fetchDataset, type Progress } from './fetchDataset';

/** Loads the dataset at `url` into the store, reporting progress and any failure there. */
export async function loadDataset(url: string): Promise<void> {
  const { setLoadStatus, setDataset } = useAppStore.getState();
  const onProgress = ({ bytesRead, totalBytes }: Progress) =>
    setLoadStatus({ phase: 'loading', source: url, bytesRead, totalBytes });
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
