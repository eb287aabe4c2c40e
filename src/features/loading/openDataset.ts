import type { LoadFailure } from '../../store/types';

export const DEFAULT_DATA_URL = 'data/briefs.json';

export const INGEST_HINT =
  'Run `npm run ingest -- <folder of briefs>` to create public/data/briefs.json, then rebuild.';

export interface Progress {
  bytesRead: number;
  /** Null when the server did not say, or said it for a compressed body. */
  totalBytes: number | null;
}

export type Opened = { ok: true; response: Response } | { ok: false; failure: LoadFailure };

/**
 * Requests the dataset at `url`; a missing file, a network error or a web page instead of data is
 * a failure. Messages name it `label` (the address as the user gave it).
 */
export async function openDataset(url: string, label: string): Promise<Opened> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return loadFailed(
      'Could not reach the dataset',
      `Fetching ${label} failed: ${messageOf(error)}.`,
      networkHint(label),
    );
  }
  if (!response.ok) {
    return response.status === 404
      ? loadFailed('No dataset found', `${label} does not exist on this server (404).`, INGEST_HINT)
      : loadFailed(
          'Could not load the dataset',
          `${label} answered ${response.status} ${response.statusText}.`,
          networkHint(label),
        );
  }
  // Static hosts often answer a missing file with the site's index page.
  if (response.headers.get('Content-Type')?.includes('text/html')) {
    return loadFailed(
      'No dataset found',
      `${label} is not on this server (it answered with a web page).`,
      INGEST_HINT,
    );
  }
  return { ok: true, response };
}

/** How often, at most, download progress is reported: each report re-renders the loading screen. */
const PROGRESS_INTERVAL_MS = 100;

/** Hands the body's bytes to `onChunk` as they arrive, reporting progress now and then and at the end. */
export async function readChunks(
  response: Response,
  onChunk: (bytes: Uint8Array) => void,
  onProgress: (progress: Progress) => void,
): Promise<void> {
  const declared = Number(response.headers.get('Content-Length'));
  const compressed = (response.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
  const totalBytes = Number.isFinite(declared) && declared > 0 && !compressed ? declared : null;
  let bytesRead = 0;
  onProgress({ bytesRead, totalBytes });
  if (response.body === null) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onChunk(bytes);
    onProgress({ bytesRead: bytes.byteLength, totalBytes });
    return;
  }
  const reader = response.body.getReader();
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk(value);
    bytesRead += value.byteLength;
    const now = performance.now();
    if (now - lastReport >= PROGRESS_INTERVAL_MS) {
      lastReport = now;
      onProgress({ bytesRead, totalBytes });
    }
  }
  onProgress({ bytesRead, totalBytes });
}

export function readFailure(url: string, error: unknown): LoadFailure {
  return {
    title: 'Could not load the dataset',
    detail: `Reading ${url} failed: ${messageOf(error)}.`,
    hint: networkHint(url),
  };
}

function networkHint(url: string): string {
  return url === DEFAULT_DATA_URL
    ? 'Check that the site is served over http (not opened as a file) and that the server is running.'
    : 'Check the address given in ?data= and that its server allows this page to read it (CORS).';
}

/** A failed load, saying what went wrong and what to do. */
export function loadFailed(title: string, detail: string, hint: string): { ok: false; failure: LoadFailure } {
  return { ok: false, failure: { title, detail, hint } };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
