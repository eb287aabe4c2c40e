import {
  createBriefsChecker,
  validateDataset,
  validateSplitDataset,
} from '../../core/dataset/validateDataset';
import type { Brief, Dataset, Result } from '../../core/model/types';
import type { LoadFailure } from '../../store/types';
import type { DatasetReply, DatasetRequest } from '../../workers/datasetProtocol';
import { afterNextPaintOrSoon } from '../shared/interactionMarks';
import {
  INGEST_HINT,
  loadFailed,
  messageOf,
  openDataset,
  readChunks,
  readFailure,
  type Progress,
} from './openDataset';

export type FetchOutcome = { ok: true; dataset: Dataset } | { ok: false; failure: LoadFailure };

/**
 * Fetches, parses and checks a dataset, reporting download progress. Never throws: every way
 * it can fail (missing file, network, bad JSON, wrong schema, no briefs) comes back as a failure
 * saying what went wrong and what to do.
 *
 * A worker downloads the text and cuts it into batches of briefs; this thread parses and checks
 * each batch as it comes, so parsing overlaps the download, and hands the first batch's briefs
 * to `onFirstBriefs` to show meanwhile. Text that will not split cleanly
 * (damaged, or not a dataset) is read again whole, which names the problem exactly.
 */
export function fetchDataset(
  url: string,
  onProgress: (progress: Progress) => void,
  onFirstBriefs: (briefs: Brief[]) => void,
): Promise<FetchOutcome> {
  if (typeof Worker === 'undefined') return fetchWhole(url, onProgress);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../../workers/datasetWorker.ts', import.meta.url), { type: 'module' });
    const checker = createBriefsChecker();
    const briefs: unknown[] = [];
    let settled = false;
    const settle = (outcome: FetchOutcome | Promise<FetchOutcome>) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(outcome);
    };
    const readWhole = () => settle(fetchWhole(url, onProgress));
    const handle = (reply: DatasetReply): Promise<void> | undefined => {
      switch (reply.type) {
        case 'progress':
          onProgress(reply);
          return;
        case 'briefs': {
          const batch = parsedBatch(reply.bytes);
          if (batch === null || checker.check(batch) !== null) {
            readWhole();
            return;
          }
          for (const brief of batch) briefs.push(brief);
          if (briefs.length > batch.length) return nextTask();
          onFirstBriefs(batch as Brief[]);
          return firstBriefsPainted().then(() => worker.postMessage(RESUME));
        }
        case 'done':
          settle(splitOutcome(reply.header, reply.split, briefs, url) ?? fetchWhole(url, onProgress));
          return;
        case 'unsplit':
          readWhole();
          return;
        case 'failed':
          settle({ ok: false, failure: reply.failure });
      }
    };
    // Replies are handled in order, each batch in a task of its own: batches that queued up
    // while the first briefs were painted must not run as one long task.
    let handled = Promise.resolve();
    worker.addEventListener('message', ({ data: reply }: MessageEvent<DatasetReply>) => {
      handled = handled
        .then(() => (settled ? undefined : handle(reply)))
        .catch((error: unknown) => settle({ ok: false, failure: readFailure(url, error) }));
    });
    worker.addEventListener('error', readWhole);
    const request: DatasetRequest = { type: 'load', url: new URL(url, document.baseURI).href, label: url };
    worker.postMessage(request);
  });
}

const utf8 = new TextDecoder();
const RESUME: DatasetRequest = { type: 'resume' };

/**
 * Resolves once the first briefs are on screen: the next batches wait, or they would hold up the
 * paint. A hidden page does not paint, so it waits a moment at most.
 */
function firstBriefsPainted(): Promise<void> {
  return new Promise((resolve) => afterNextPaintOrSoon(resolve));
}

/** Resolves in a new task, after whatever the browser has queued meanwhile (input, timers, paint). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function parsedBatch(bytes: Uint8Array): unknown[] | null {
  try {
    return JSON.parse(utf8.decode(bytes)) as unknown[];
  } catch {
    return null;
  }
}

/** The outcome of a dataset read in pieces, or null when its header does not parse (read whole to say why). */
function splitOutcome(
  header: string,
  split: boolean,
  briefs: unknown[],
  source: string,
): FetchOutcome | null {
  let json: unknown;
  try {
    json = JSON.parse(header);
  } catch {
    return null;
  }
  return checkedOutcome(split ? validateSplitDataset(json, briefs) : validateDataset(json), source);
}

/** The plain way: the whole text in one string, parsed at once. */
async function fetchWhole(url: string, onProgress: (progress: Progress) => void): Promise<FetchOutcome> {
  const opened = await openDataset(url, url);
  if (!opened.ok) return opened;
  const chunks: Uint8Array[] = [];
  try {
    await readChunks(opened.response, (bytes) => chunks.push(bytes), onProgress);
  } catch (error) {
    return { ok: false, failure: readFailure(url, error) };
  }
  return parseDataset(utf8.decode(joinBytes(chunks)), url);
}

function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Parses and checks a dataset's text; `source` names it in messages. */
function parseDataset(text: string, source: string): FetchOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return loadFailed(
      'The dataset is not valid JSON',
      `${source}: ${messageOf(error)}.`,
      `The file may be truncated or not a dataset. ${INGEST_HINT}`,
    );
  }
  return checkedOutcome(validateDataset(json), source);
}

function checkedOutcome(checked: Result<Dataset>, source: string): FetchOutcome {
  if (!checked.ok) {
    return loadFailed(
      'The dataset does not have the expected format',
      `${source}: ${checked.reason}.`,
      `Re-create it with this version of Trendscope: ${INGEST_HINT}`,
    );
  }
  if (checked.value.briefs.length === 0) {
    return loadFailed(
      'The dataset has no briefs',
      `${source} was read, but it holds 0 briefs.`,
      'Check that the folder given to ingest holds .md or .txt briefs, then run ingest again.',
    );
  }
  return { ok: true, dataset: checked.value };
}
