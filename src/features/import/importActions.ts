import { mergeDatasets, previewMerge, type ConflictWinner } from '../../core/import/mergeDatasets';
import {
  clearImportedDataset,
  readImportedDataset,
  saveImportedDataset,
} from '../../persistence/importedDataset';
import { IMPORTED_LABEL } from '../../store/importSlice';
import { useAppStore } from '../../store/store';
import type { OfferedFile, ParseReply, ParseRequest } from '../../workers/parseProtocol';
import { localDateISO } from '../../core/export/exportFileName';

let worker: Worker | null = null;

/**
 * Reads and checks the files in a worker, showing progress in the import dialog, then the report
 * and the choices. Nothing shown changes until the user applies the result (applyImport).
 */
export function startImport(files: OfferedFile[]): void {
  cancelImport();
  const { openImportDialog, setImportJob } = useAppStore.getState();
  openImportDialog();
  if (files.length === 0) return;
  setImportJob({ phase: 'reading', done: 0, total: files.length, file: '' });
  const started = new Worker(new URL('../../workers/parseWorker.ts', import.meta.url), { type: 'module' });
  worker = started;
  started.addEventListener('message', (event: MessageEvent<ParseReply>) => {
    if (worker !== started) return;
    const reply = event.data;
    if (reply.type === 'progress') {
      setImportJob({ phase: 'reading', done: reply.done, total: reply.total, file: reply.file });
      return;
    }
    cancelImport();
    if (reply.type === 'failed') {
      setImportJob({ phase: 'failed', reason: reply.reason });
      return;
    }
    const current = useAppStore.getState().corpus?.index.dataset ?? null;
    const imported = reply.outcome.dataset;
    const merge = current === null || imported === null ? null : previewMerge(current, imported);
    setImportJob({ phase: 'reviewing', outcome: reply.outcome, merge });
  });
  started.addEventListener('error', (event) => {
    if (worker !== started) return;
    cancelImport();
    setImportJob({
      phase: 'failed',
      reason: event.message || 'the file reader (a Web Worker) could not start',
    });
  });
  const request: ParseRequest = { files, today: localDateISO() };
  started.postMessage(request);
}

/** Stops a running import; what is shown stays as it was. */
export function cancelImport(): void {
  worker?.terminate();
  worker = null;
}

/**
 * Keeps the reviewed import in this browser, then shows it, in place of the current data or merged
 * into it. Keeping it first means that once it is shown, a reload finds it; if this browser refuses
 * to keep it, it is shown all the same, with a notice saying it will not survive a reload.
 */
export async function applyImport(mode: 'replace' | 'merge', winner: ConflictWinner): Promise<void> {
  const state = useAppStore.getState();
  const job = state.importJob;
  if (job.phase !== 'reviewing' || job.outcome.dataset === null) return;
  const current = state.corpus?.index.dataset;
  const dataset =
    mode === 'merge' && current !== undefined
      ? mergeDatasets(current, job.outcome.dataset, winner)
      : job.outcome.dataset;
  const saved = await saveImportedDataset(dataset, IMPORTED_LABEL);
  state.showImportedDataset(dataset, IMPORTED_LABEL);
  state.setImportNotice(
    saved.ok
      ? null
      : `The imported data is shown, but this browser did not keep it (${saved.reason}): it will be gone after a reload.`,
  );
}

/** Forgets the kept import; `showBuiltIn` then loads the data the page started with. */
export async function clearImport(showBuiltIn: () => void): Promise<void> {
  const { setDatasetOrigin, setImportNotice } = useAppStore.getState();
  const cleared = await clearImportedDataset();
  setImportNotice(
    cleared.ok ? null : `The imported data could not be removed from this browser (${cleared.reason}).`,
  );
  setDatasetOrigin('fetched');
  showBuiltIn();
}

/** Shows the import kept by an earlier visit; false when there is none (or it could not be read, which is said). */
export async function restoreImport(): Promise<boolean> {
  const kept = await readImportedDataset();
  const state = useAppStore.getState();
  if (kept.ok && kept.value !== null) {
    state.showImportedDataset(kept.value.dataset, kept.value.sourceLabel);
    return true;
  }
  if (!kept.ok) {
    state.setImportNotice(
      `The imported data kept in this browser could not be read (${kept.reason}); showing the built-in data.`,
    );
    await clearImportedDataset();
  }
  return false;
}
