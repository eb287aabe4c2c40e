import type { ImportOutcome } from '../core/import/assembleImport';
import type { MergePreview } from '../core/import/mergeDatasets';
import type { Dataset } from '../core/model/types';
import type { SliceCreator } from './dataSlice';

/** What the header calls a dataset the user imported. */
export const IMPORTED_LABEL = 'Imported';

export type ImportJob =
  | { phase: 'idle' }
  | { phase: 'reading'; done: number; total: number; file: string }
  /** Every file read and checked; nothing shown has changed yet. `merge` is null when there is nothing to merge into. */
  | { phase: 'reviewing'; outcome: ImportOutcome; merge: MergePreview | null }
  | { phase: 'failed'; reason: string };

export interface ImportSlice {
  importDialogOpen: boolean;
  importJob: ImportJob;
  /** Whether the dataset shown is one the user imported (and this browser keeps), or the one fetched at start. */
  datasetOrigin: 'fetched' | 'imported';
  /** Something the user should know about the kept data (it could not be kept, or not read back); null when all is well. */
  importNotice: string | null;
  openImportDialog(): void;
  closeImportDialog(): void;
  setImportJob(job: ImportJob): void;
  /** Shows an imported or merged dataset, ends the job and closes the dialog. */
  showImportedDataset(dataset: Dataset, sourceLabel: string): void;
  setDatasetOrigin(origin: 'fetched' | 'imported'): void;
  setImportNotice(notice: string | null): void;
}

export const createImportSlice: SliceCreator<ImportSlice> = (set, get) => ({
  importDialogOpen: false,
  importJob: { phase: 'idle' },
  datasetOrigin: 'fetched',
  importNotice: null,
  openImportDialog: () => set({ importDialogOpen: true }),
  closeImportDialog: () => set({ importDialogOpen: false, importJob: { phase: 'idle' } }),
  setImportJob: (importJob) => set({ importJob }),
  showImportedDataset: (dataset, sourceLabel) => {
    set({ datasetOrigin: 'imported', importDialogOpen: false, importJob: { phase: 'idle' } });
    get().setDataset(dataset, sourceLabel);
  },
  setDatasetOrigin: (datasetOrigin) => set({ datasetOrigin }),
  setImportNotice: (importNotice) => set({ importNotice }),
});
