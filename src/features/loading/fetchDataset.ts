import { validateDataset } from '../../core/dataset/validateDataset';
import type { Dataset } from '../../core/model/types';
import type { LoadFailure } from '../../store/types';

export const DEFAULT_DATA_URL = 'data/briefs.json';

const INGEST_HINT =
  'Run `npm run ingest -- <folder of briefs>` to create public/data/briefs.json, then rebuild.';

export type FetchOutcome = { ok: true; dataset: Dataset } | { ok: false; failure: LoadFailure };

export interface Progress {
  bytesRead: number;
  /** Null when the server did not say, or said it for a compressed body. */
  totalBytes: number | null;
}

/**
 * Fetches, parses and checks a dataset, reporting download progress. Never throws: every way
 * it can fail (missing file, network, bad JSON, wrong schema, no briefs) comes back as a failure
 * saying what went wrong and what to do.
 */
export async function fetchDataset(
  url: string,
  onProgress: (progress: Progress) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return failure(
      'Could not reach the dataset',
      `Fetching ${url} failed: ${messageOf(error)}.`,
      networkHint(url),
    );
  }
  if (!response.ok) {
    return response.status === 404
      ? failure('No dataset found', `${url} does not exist on this server (404).`, INGEST_HINT)
      : failure(
          'Could not load the dataset',
          `${url} answered ${response.status} ${response.statusText}.`,
          networkHint(url),
        );
  }
  // Static hosts often answer a missing file with the site's index page.
  if (response.headers.get('Content-Type')?.includes('text/html')) {
    return failure(
      'No dataset found',
      `${url} is not on this server (it answered with a web page).`,
      INGEST_HINT,
    );
  }
  let text: string;
  try {
    text = await readText(response, onProgress);
  } catch (error) {
    return failure(
      'Could not load the dataset',
      `Reading ${url} failed: ${messageOf(error)}.`,
      networkHint(url),
    );
  }
  return parseDataset(text, url);
}

/** Parses and checks a dataset's text; `source` names it in messages. */
export function parseDataset(text: string, source: string): FetchOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(
      'The dataset is not valid JSON',
      `${source}: ${messageOf(error)}.`,
      `The file may be truncated or not a dataset. ${INGEST_HINT}`,
    );
  }
  const checked = validateDataset(json);
  if (!checked.ok) {
    return failure(
      'The dataset does not have the expected format',
      `${source}: ${checked.reason}.`,
      `Re-create it with this version of Trendscope: ${INGEST_HINT}`,
    );
  }
  if (checked.value.briefs.length === 0) {
    return failure(
      'The dataset has no briefs',
      `${source} was read, but it holds 0 briefs.`,
      'Check that the folder given to ingest holds .md or .txt briefs, then run ingest again.',
    );
  }
  return { ok: true, dataset: checked.value };
}

/** How often, at most, download progress is reported: each report re-renders the loading screen. */
const PROGRESS_INTERVAL_MS = 100;

async function readText(response: Response, onProgress: (progress: Progress) => void): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  const compressed = (response.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
  const totalBytes = Number.isFinite(declared) && declared > 0 && !compressed ? declared : null;
  if (response.body === null) return response.text();
  const reader = response.body.getReader();
  // Chunks are kept as bytes and decoded once: decoding thousands of small chunks and joining
  // the strings cost several times more than the download itself on large datasets.
  const chunks: Uint8Array[] = [];
  let bytesRead = 0;
  let lastReport = 0;
  onProgress({ bytesRead, totalBytes });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytesRead += value.byteLength;
    const now = performance.now();
    if (now - lastReport >= PROGRESS_INTERVAL_MS) {
      lastReport = now;
      onProgress({ bytesRead, totalBytes });
    }
  }
  onProgress({ bytesRead, totalBytes });
  const bytes = new Uint8Array(bytesRead);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function networkHint(url: string): string {
  return url === DEFAULT_DATA_URL
    ? 'Check that the site is served over http (not opened as a file) and that the server is running.'
    : 'Check the address given in ?data= and that its server allows this page to read it (CORS).';
}

function failure(title: string, detail: string, hint: string): FetchOutcome {
  return { ok: false, failure: { title, detail, hint } };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
