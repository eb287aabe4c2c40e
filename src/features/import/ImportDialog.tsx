import { useEffect, useId, useRef, useState } from 'react';
import type { ImportOutcome } from '../../core/import/assembleImport';
import { ENTRY_KINDS } from '../../core/model/types';
import type { ConflictWinner, MergePreview } from '../../core/import/mergeDatasets';
import type { ImportJob } from '../../store/importSlice';
import { useAppStore } from '../../store/store';
import { formatCount, plural } from '../../core/format/formatCount';
import { FileChoosers } from './FileChoosers';
import { ImportReport } from './ImportReport';
import { applyImport, cancelImport } from './importActions';
import './import.css';

/** The import dialog: choosers, progress while the files are read, then the report and the choice to replace or merge. */
export function ImportDialog() {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const open = useAppStore((state) => state.importDialogOpen);
  const job = useAppStore((state) => state.importJob);
  const closeImportDialog = useAppStore((state) => state.closeImportDialog);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>(`#${CSS.escape(titleId)}`)?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, titleId]);

  function onClose() {
    cancelImport();
    if (useAppStore.getState().importDialogOpen) closeImportDialog();
    const opener = openerRef.current;
    openerRef.current = null;
    if (opener?.isConnected) opener.focus();
  }

  return (
    <dialog ref={dialogRef} className="modal import-dialog" aria-labelledby={titleId} onClose={onClose}>
      {open && (
        <div className="modal__frame">
          <div className="import-dialog__header">
            <h2 id={titleId} tabIndex={-1} className="import-dialog__title">
              Import briefs
            </h2>
            <button type="button" className="button" onClick={closeImportDialog}>
              Close
            </button>
          </div>
          <div className="import-dialog__body">
            <p className="muted">
              Files are read here, in this browser: nothing is uploaded. You can also drop files and folders
              anywhere on the page.
            </p>
            {job.phase === 'reading' ? <Progress job={job} /> : <FileChoosers />}
            {job.phase === 'failed' && (
              <p role="alert" className="import-problem">
                The import stopped: {job.reason}. The data shown is unchanged.
              </p>
            )}
            {job.phase === 'reviewing' && <Review outcome={job.outcome} merge={job.merge} />}
          </div>
        </div>
      )}
    </dialog>
  );
}

function Progress({ job }: { job: Extract<ImportJob, { phase: 'reading' }> }) {
  return (
    <div className="import-progress">
      <progress aria-label="Reading files" max={job.total} value={job.done} />
      <p className="muted import-progress__text" aria-live="polite">
        {formatCount(job.done)} of {plural(job.total, 'file')} read{job.file === '' ? '' : ` · ${job.file}`}
      </p>
      <button type="button" className="button" onClick={() => useAppStore.getState().closeImportDialog()}>
        Cancel
      </button>
    </div>
  );
}

function Review({ outcome, merge }: { outcome: ImportOutcome; merge: MergePreview | null }) {
  const [winner, setWinner] = useState<ConflictWinner>('current');
  const [applying, setApplying] = useState(false);
  function apply(mode: 'replace' | 'merge') {
    setApplying(true);
    void applyImport(mode, winner).finally(() => setApplying(false));
  }
  const rejected = outcome.reports.filter((report) => report.status === 'rejected');
  const { dataset } = outcome;
  if (dataset === null) {
    return (
      <>
        <div role="alert" className="import-problem">
          <p>Nothing was imported; the data shown is unchanged.</p>
          <ul className="import-problem__list">
            {rejected.map((report, position) => (
              <li key={position}>
                <span className="import-report__file">{report.file}</span>: {report.reason}
              </li>
            ))}
          </ul>
        </div>
        <ImportReport reports={[]} ignored={outcome.ignored} />
      </>
    );
  }
  const rows = dataset.briefs.reduce(
    (sum, brief) => sum + ENTRY_KINDS.reduce((n, kind) => n + brief[kind].length, 0),
    0,
  );
  return (
    <>
      <p className="import-summary" role="status">
        Ready: <strong>{plural(dataset.briefs.length, 'brief')}</strong> · {plural(rows, 'row')} from{' '}
        {plural(outcome.reports.length, 'file')}
        {rejected.length > 0 && <> · {plural(rejected.length, 'file')} rejected</>}. Nothing shown changes
        until you choose below.
      </p>
      <ImportReport reports={outcome.reports} ignored={outcome.ignored} />
      {merge !== null && <MergeChoice merge={merge} winner={winner} onWinnerChange={setWinner} />}
      <div className="import-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={applying}
          onClick={() => apply('replace')}
        >
          {merge === null ? 'Show the imported data' : 'Replace current data'}
        </button>
        {merge !== null && (
          <button type="button" className="button" disabled={applying} onClick={() => apply('merge')}>
            Merge into current data
          </button>
        )}
        {applying && <span className="muted">Keeping it in this browser…</span>}
      </div>
    </>
  );
}

/** Conflicts are listed up to this many; the choice covers them all. */
const LISTED_CONFLICTS = 200;

function MergeChoice({
  merge,
  winner,
  onWinnerChange,
}: {
  merge: MergePreview;
  winner: ConflictWinner;
  onWinnerChange: (winner: ConflictWinner) => void;
}) {
  const headingId = useId();
  const { conflicts, identical, added } = merge;
  return (
    <section className="import-merge" aria-labelledby={headingId}>
      <h3 id={headingId}>If you merge</h3>
      <p>
        {plural(added, 'new brief')} added
        {identical > 0 && <>; {plural(identical, 'brief')} already shown exactly as imported</>}
        {conflicts.length > 0 ? (
          <>; {plural(conflicts.length, 'brief')} with an id already shown but different content:</>
        ) : (
          <>.</>
        )}
      </p>
      {conflicts.length > 0 && (
        <>
          <ul className="import-merge__conflicts">
            {conflicts.slice(0, LISTED_CONFLICTS).map((conflict) => (
              <li key={conflict.id}>
                <code>{conflict.id}</code>: “{conflict.currentTitle}” (current) / “{conflict.importedTitle}”
                (imported)
              </li>
            ))}
            {conflicts.length > LISTED_CONFLICTS && (
              <li className="muted">and {formatCount(conflicts.length - LISTED_CONFLICTS)} more</li>
            )}
          </ul>
          <fieldset className="import-merge__winner">
            <legend>For these ids, keep</legend>
            <label>
              <input
                type="radio"
                name={`${headingId}-winner`}
                checked={winner === 'current'}
                onChange={() => onWinnerChange('current')}
              />
              the current briefs
            </label>
            <label>
              <input
                type="radio"
                name={`${headingId}-winner`}
                checked={winner === 'imported'}
                onChange={() => onWinnerChange('imported')}
              />
              the imported briefs
            </label>
          </fieldset>
        </>
      )}
    </section>
  );
}
