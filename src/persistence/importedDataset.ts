import { serializeDataset } from '../core/dataset/serializeDataset';
import { readDatasetJson } from '../core/import/readDatasetJson';
import type { Dataset, Result } from '../core/model/types';

/** An imported dataset as this browser keeps it between visits. */
export interface StoredImport {
  dataset: Dataset;
  /** What the header calls it, e.g. "Imported". */
  sourceLabel: string;
}

interface StoredRecord {
  /** The canonical JSON (serializeDataset), checked again on the way back in. */
  text: string;
  sourceLabel: string;
}

const DATABASE = 'trendscope';
const VERSION = 1;
const STORE = 'imported';
const KEY = 'dataset';

/** Keeps the dataset (replacing any kept before) until clearImportedDataset; a refusal (quota, private mode) is a failure. */
export async function saveImportedDataset(dataset: Dataset, sourceLabel: string): Promise<Result<void>> {
  const record: StoredRecord = { text: serializeDataset(dataset), sourceLabel };
  return withStore('readwrite', (store) => store.put(record, KEY)).then((result) =>
    result.ok ? { ok: true, value: undefined } : result,
  );
}

/** The kept dataset; null when there is none. A stored value that no longer validates is a failure saying why. */
export async function readImportedDataset(): Promise<Result<StoredImport | null>> {
  const read = await withStore('readonly', (store) => store.get(KEY));
  if (!read.ok) return read;
  const record: unknown = read.value;
  if (record === undefined) return { ok: true, value: null };
  if (!isStoredRecord(record)) return { ok: false, reason: 'the kept data is not in the expected form' };
  const dataset = readDatasetJson(record.text);
  if (!dataset.ok) return dataset;
  return { ok: true, value: { dataset: dataset.value, sourceLabel: record.sourceLabel } };
}

export async function clearImportedDataset(): Promise<Result<void>> {
  return withStore('readwrite', (store) => store.delete(KEY)).then((result) =>
    result.ok ? { ok: true, value: undefined } : result,
  );
}

function isStoredRecord(value: unknown): value is StoredRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { text, sourceLabel } = value as Partial<StoredRecord>;
  return typeof text === 'string' && typeof sourceLabel === 'string';
}

/** Runs one request in its own transaction and settles once that transaction has completed (or failed). */
function withStore(
  mode: IDBTransactionMode,
  request: (store: IDBObjectStore) => IDBRequest,
): Promise<Result<unknown>> {
  return openDatabase().then((opened) => {
    if (!opened.ok) return opened;
    const database = opened.value;
    return new Promise<Result<unknown>>((resolve) => {
      const done = (result: Result<unknown>) => {
        database.close();
        resolve(result);
      };
      try {
        const transaction = database.transaction(STORE, mode);
        const pending = request(transaction.objectStore(STORE));
        transaction.oncomplete = () => done({ ok: true, value: pending.result });
        transaction.onabort = () => done(failure(transaction.error ?? pending.error));
        transaction.onerror = () => done(failure(transaction.error ?? pending.error));
      } catch (error) {
        done(failure(error));
      }
    });
  });
}

function openDatabase(): Promise<Result<IDBDatabase>> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') {
      resolve({ ok: false, reason: 'this browser offers no storage (IndexedDB)' });
      return;
    }
    try {
      const opening = indexedDB.open(DATABASE, VERSION);
      opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
      opening.onsuccess = () => resolve({ ok: true, value: opening.result });
      opening.onerror = () => resolve(failure(opening.error));
      opening.onblocked = () =>
        resolve({ ok: false, reason: 'storage is in use by another tab of Trendscope' });
    } catch (error) {
      resolve(failure(error));
    }
  });
}

function failure(error: unknown): Result<never> {
  const message =
    error instanceof Error || error instanceof DOMException
      ? error.message
      : String(error ?? 'unknown error');
  return { ok: false, reason: message };
}
