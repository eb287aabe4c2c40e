import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runScript } from './childProcess';
import { datasetFile, ensureBriefs, ingestArgs, markDatasetFresh } from './corpora';
import type { Corpus, Measurement } from './measurement';
import { median, timed } from './percentiles';

const MB = 1_000_000;

/**
 * Reads every brief once, untimed, so the timed runs find them in the page cache however long ago
 * they were last read; gives the bytes read. This machine's kernel pages out memory unused for a minute or so (DAMON, a
 * little every second): the 30,000 briefs' 332 MB in the cache went down to 244 MB within 8 minutes,
 * and a run that had to read all of them from disk took 8.6 s, against 4.3 s for the next run.
 */
function readEveryFile(folder: string): number {
  return readdirSync(folder).reduce((sum, name) => sum + readFileSync(join(folder, name)).length, 0);
}

const STARTUP_RUNS = 3;
/** Budgets are checked against the median of three runs. */
const INGEST_RUNS = 3;

/** Seconds for `ingest` of a one-brief corpus (median of three): bundling, Node and module loading, the fixed cost of every run. */
function startupSeconds(): number {
  const { folder } = ensureBriefs({ kind: 'synthetic', size: 1 });
  const args = [folder, '--out', join(folder, '..', 'briefs-1.json')];
  return median(Array.from({ length: STARTUP_RUNS }, () => runScript('ingest', args).ms / 1000));
}

/**
 * Runs the ingest script as a child process, exactly as `npm run ingest` does, on
 * a corpus. Throughput is input MB over the whole command's wall time, startup included.
 */
export function measureIngest(corpus: Corpus): Measurement[] {
  const { folder, generatedMs } = ensureBriefs(corpus);
  const startup = startupSeconds();
  const warmRead = timed(() => readEveryFile(folder));
  const inputMB = warmRead.value / MB;
  const runs = Array.from({ length: INGEST_RUNS }, () => runScript('ingest', ingestArgs(corpus)).ms / 1000);
  const seconds = median(runs);
  markDatasetFresh(corpus);
  const output = readFileSync(datasetFile(corpus));
  const base = { group: 'ingest', size: corpus.size, corpus: corpus.kind } as const;
  const generated = generatedMs === null ? '' : `; corpus generated in ${(generatedMs / 1000).toFixed(1)} s`;
  return [
    {
      ...base,
      measure: 'ingest.seconds',
      label: 'ingest wall time',
      unit: 's',
      value: seconds,
      note:
        `median of ${runs.map((run) => run.toFixed(2)).join(' / ')} s; ${inputMB.toFixed(1)} MB of briefs; ` +
        `of which ${startup.toFixed(2)} s startup (1-brief run, median of ${STARTUP_RUNS}); ` +
        `the files read once before, untimed, in ${(warmRead.ms / 1000).toFixed(2)} s${generated}`,
    },
    {
      ...base,
      measure: 'ingest.throughput',
      label: 'ingest throughput',
      unit: 'MB/s',
      value: inputMB / seconds,
      note: `without startup: ${(inputMB / Math.max(seconds - startup, 1e-3)).toFixed(1)} MB/s`,
    },
    { ...base, measure: 'ingest.outRaw', label: 'dataset JSON size', unit: 'MB', value: output.length / MB },
    {
      ...base,
      measure: 'ingest.outGzip',
      label: 'dataset JSON gzipped',
      unit: 'MB',
      value: gzipSync(output).length / MB,
      note: 'node:zlib gzip, default level',
    },
  ];
}
