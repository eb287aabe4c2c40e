import Papa from 'papaparse';
import type { Result } from '../model/types';
import type { CorpusIndex } from '../query/corpusIndex';
import type { ViewName } from '../query/types';
import { csvHeader, csvRecord, type CellOptions } from './buildCsvRows';
import { exportColumns, type ExportColumnOptions } from './exportColumns';

/** Put before the CSV text when saving it, so spreadsheets read it as UTF-8. */
export const UTF8_BOM = '\uFEFF';

export const CSV_TYPE = 'text/csv;charset=utf-8';

const NEWLINE = '\r\n';

/**
 * RFC 4180 text of the rows: fields quoted only when they must be (a comma, quote, line break or
 * leading/trailing space), quotes doubled, every record ending in CRLF. No rows, no text.
 * Papa's escapeFormulae stays off: cells arrive already neutralised (buildCsvRows), numbers
 * excluded, and its pattern /^[=+\-@\t\r].*$/ misses "=1" followed by a line break.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return (
    Papa.unparse(rows as string[][], { newline: NEWLINE, quotes: false, escapeFormulae: false }) + NEWLINE
  );
}

export interface ChunkOptions extends CellOptions, ExportColumnOptions {
  /** Rows per piece of text (and Blob). */
  chunkSize?: number;
  /** Work this long (ms) before giving the main thread a turn; a slice may overrun by one chunk. */
  sliceMs?: number;
  /** Share of the rows done, 0..1, reported after each slice and at the end. */
  onProgress?: (done: number) => void;
  signal?: AbortSignal;
}

const DEFAULT_CHUNK_SIZE = 200;
const DEFAULT_SLICE_MS = 20;

/**
 * The CSV of buildCsvRows(...) as a Blob holding toCsv(buildCsvRows(...)), built in slices of
 * about `sliceMs` with a yield to the event loop between them, so the page keeps responding
 * during a large export. Each chunk's text becomes a Blob at once: the UTF-8 encoding is spread
 * over the slices (and counted in them) instead of freezing the page at the end, and the text
 * leaves the JavaScript heap. Cancelled through `signal`: the result is then
 * `{ ok: false, reason: 'cancelled' }`.
 */
export async function buildCsvChunked(
  index: CorpusIndex,
  view: ViewName,
  ids: Uint32Array,
  columnIds: readonly string[],
  options: ChunkOptions,
): Promise<Result<Blob>> {
  const { chunkSize = DEFAULT_CHUNK_SIZE, sliceMs = DEFAULT_SLICE_MS, onProgress, signal } = options;
  const columns = exportColumns(view, columnIds, options);
  const chunks = [new Blob([toCsv([csvHeader(columns)])])];
  let sliceStart = performance.now();
  for (let start = 0; start < ids.length; start += chunkSize) {
    const end = Math.min(ids.length, start + chunkSize);
    const rows: string[][] = [];
    for (let position = start; position < end; position++) {
      rows.push(csvRecord(index, columns, ids[position]!, options));
    }
    chunks.push(new Blob([toCsv(rows)]));
    if (end < ids.length && performance.now() - sliceStart >= sliceMs) {
      onProgress?.(end / ids.length);
      await yieldToEventLoop();
      if (signal?.aborted) return { ok: false, reason: 'cancelled' };
      sliceStart = performance.now();
    }
  }
  onProgress?.(1);
  return { ok: true, value: new Blob(chunks, { type: CSV_TYPE }) };
}

/**
 * A macrotask turn through a MessageChannel: it queues behind the tasks already waiting (React's
 * renders, timers, input), where scheduler.yield() would jump ahead of them and starve the
 * progress display, and setTimeout would be clamped to 4 ms, or to 1 s in a background tab.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
