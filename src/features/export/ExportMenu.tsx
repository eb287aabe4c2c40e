import { useEffect, useId, useRef, useState } from 'react';
import { exportDatasetJson } from '../../core/export/exportDatasetJson';
import { exportFileName, localDateISO } from '../../core/export/exportFileName';
import { MARKDOWN_ROW_LIMIT, viewMarkdownTable } from '../../core/export/markdownTable';
import { useAppStore } from '../../store/store';
import { downloadBlob } from '../shared/download';
import { formatCount } from '../../core/format/formatCount';
import { exportSnapshot } from './exportSnapshot';
import './export.css';

/** Progress and Cancel appear only for exports that take longer than this. */
const SHOW_PROGRESS_AFTER_MS = 300;

function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * "Export CSV" (the current view's rows, filtered and sorted, visible columns) and a menu with
 * the formula protection, the brief context columns, "Export Parquet" (the CSV's rows and columns,
 * typed, unprotected), "Export JSON" (the filtered briefs, whole) and "Copy as Markdown table".
 */
export function ExportMenu() {
  const id = useId();
  const ready = useAppStore((state) => state.result !== null);
  const [protect, setProtect] = useState(true);
  const [briefContext, setBriefContext] = useState(true);
  /** Share of the running CSV export done, in percent; null when none runs. */
  const [percent, setPercent] = useState<number | null>(null);
  const [slow, setSlow] = useState(false);
  const [message, setMessage] = useState('');
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  function closeMenu() {
    document.getElementById(`${id}-menu`)?.hidePopover();
  }

  async function exportCsv() {
    const snapshot = exportSnapshot(useAppStore.getState());
    if (snapshot === null || running.current !== null) return;
    const controller = new AbortController();
    running.current = controller;
    setPercent(0);
    setMessage('');
    const slowTimer = setTimeout(() => setSlow(true), SHOW_PROGRESS_AFTER_MS);
    try {
      const { buildCsvChunked, CSV_TYPE, UTF8_BOM } = await import('../../core/export/csv');
      const { index, view, sortedIds, columnIds, filters } = snapshot;
      const csv = await buildCsvChunked(index, view, sortedIds, columnIds, {
        neutralizeFormulas: protect,
        briefContext,
        signal: controller.signal,
        onProgress: (done) => setPercent(Math.floor(done * 100)),
      });
      if (!csv.ok) {
        setMessage('Export cancelled.');
        return;
      }
      const fileName = exportFileName(view, filters, localDateISO(), 'csv');
      downloadBlob(new Blob([UTF8_BOM, csv.value], { type: CSV_TYPE }), fileName);
      setMessage(`Exported ${plural(sortedIds.length, 'row')} to ${fileName}`);
    } catch (error) {
      setMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(slowTimer);
      running.current = null;
      setPercent(null);
      setSlow(false);
    }
  }

  async function exportParquet() {
    closeMenu();
    const snapshot = exportSnapshot(useAppStore.getState());
    if (snapshot === null) return;
    const { index, view, sortedIds, columnIds, filters } = snapshot;
    try {
      const { buildParquet, PARQUET_TYPE } = await import('../../core/export/parquet');
      const file = buildParquet(index, view, sortedIds, columnIds, { briefContext });
      const fileName = exportFileName(view, filters, localDateISO(), 'parquet');
      downloadBlob(new Blob([file], { type: PARQUET_TYPE }), fileName);
      setMessage(`Exported ${plural(sortedIds.length, 'row')} to ${fileName}`);
    } catch (error) {
      setMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function exportJson() {
    closeMenu();
    const snapshot = exportSnapshot(useAppStore.getState());
    if (snapshot === null) return;
    const { index, result, filters } = snapshot;
    const briefs = Array.from(result.briefIds, (number) => index.briefs[number]!);
    const fileName = exportFileName('briefs', filters, localDateISO(), 'json');
    downloadBlob(new Blob([exportDatasetJson(briefs)], { type: 'application/json' }), fileName);
    setMessage(`Exported ${plural(briefs.length, 'brief')} to ${fileName}`);
  }

  async function copyMarkdown() {
    closeMenu();
    const snapshot = exportSnapshot(useAppStore.getState());
    if (snapshot === null) return;
    const { index, view, sortedIds, columnIds } = snapshot;
    try {
      await navigator.clipboard.writeText(viewMarkdownTable(index, view, sortedIds, columnIds));
      setMessage(`Copied ${plural(Math.min(sortedIds.length, MARKDOWN_ROW_LIMIT), 'row')}`);
    } catch (error) {
      setMessage(
        `Could not copy to the clipboard: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const busy = percent !== null;
  return (
    <div className="export-menu">
      <button type="button" className="button" disabled={!ready || busy} onClick={() => void exportCsv()}>
        Export CSV
      </button>
      <button
        type="button"
        className="button"
        popoverTarget={`${id}-menu`}
        aria-haspopup="true"
        disabled={!ready}
      >
        More exports
      </button>
      <div
        id={`${id}-menu`}
        popover="auto"
        className="popover export-menu__panel"
        role="group"
        aria-label="Export"
      >
        <label className="checkbox-row">
          <input type="checkbox" checked={protect} onChange={(event) => setProtect(event.target.checked)} />
          Protect against spreadsheet formulas
        </label>
        <p className="export-menu__hint muted">
          Cells starting with = + - @ are prefixed with &apos; so spreadsheets don&apos;t run them as
          formulas.
        </p>
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={briefContext}
            onChange={(event) => setBriefContext(event.target.checked)}
          />
          Add each row&apos;s brief category, type, themes and keywords
        </label>
        <div className="export-menu__actions">
          <button type="button" className="button" disabled={busy} onClick={() => void exportParquet()}>
            Export Parquet
          </button>
          <button type="button" className="button" disabled={busy} onClick={exportJson}>
            Export JSON
          </button>
          <button type="button" className="button" onClick={() => void copyMarkdown()}>
            Copy as Markdown table
          </button>
        </div>
      </div>
      {percent !== null && slow && (
        <div className="export-menu__progress">
          <progress max={100} value={percent} aria-label="CSV export progress" />
          <span className="export-menu__percent">Exporting… {percent}%</span>
          <button type="button" className="button button--quiet" onClick={() => running.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      <p className="export-menu__message" aria-live="polite">
        {busy ? '' : message}
      </p>
    </div>
  );
}
