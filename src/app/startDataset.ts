import { readDataUrl } from '../core/url/viewState';
import { restoreImport } from '../features/import/importActions';
import { DEFAULT_DATA_URL } from '../features/loading/openDataset';
import { loadDataset } from '../features/loading/loadDataset';

/** Loads the dataset the address names (?data=), else the built-in file. */
export function loadBuiltInDataset(): Promise<void> {
  return loadDataset(readDataUrl(window.location.search) ?? DEFAULT_DATA_URL);
}

/** At start: the import kept from an earlier visit, unless the address names a dataset; else the built-in one. */
export async function loadStartDataset(): Promise<void> {
  if (readDataUrl(window.location.search) === null && (await restoreImport())) return;
  await loadBuiltInDataset();
}
