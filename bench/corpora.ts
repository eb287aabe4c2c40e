import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runScript } from './childProcess';
import { CORPORA_DIR, ROOT } from './paths';

/** Fixed so every run measures the same corpus. */
export const BENCH_SEED = 7;
/** Passed to ingest as --today so its output does not depend on the day of the run. */
export const BENCH_TODAY = '2026-12-31';

/** What decides the generator's output. */
const GENERATOR_SOURCES = [
  'src/core/generate',
  'src/cli/generate.ts',
  'src/cli/generateArgs.ts',
  'src/cli/runGenerate.ts',
];
/** What decides ingest's output from given briefs. */
const INGEST_SOURCES = ['src/core/parse', 'src/core/dataset', 'src/core/model', 'src/cli'];

export function briefsFolder(size: number): string {
  return join(CORPORA_DIR, `briefs-${size}`);
}

/** The canonical JSON of a corpus, as ingest writes it. */
export function datasetFile(size: number): string {
  return join(CORPORA_DIR, `briefs-${size}.json`);
}

/** sha256 over the paths (relative to the repo) and contents of the files under the given paths, in sorted order. */
export function sourceHash(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((path) => filesUnder(resolve(ROOT, path))).sort()) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

function briefsStamp(size: number): string {
  return JSON.stringify({ size, seed: BENCH_SEED, generator: sourceHash(GENERATOR_SOURCES) });
}

function datasetStamp(size: number): string {
  return JSON.stringify({
    briefs: briefsStamp(size),
    today: BENCH_TODAY,
    ingest: sourceHash(INGEST_SOURCES),
  });
}

/** Stamp files found or made current in this run: sources edited mid-run do not remake a corpus again. */
const checkedThisRun = new Set<string>();

function isFresh(stampFile: string, stamp: string): boolean {
  if (checkedThisRun.has(stampFile)) return true;
  const fresh = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (fresh) checkedThisRun.add(stampFile);
  return fresh;
}

function writeStamp(stampFile: string, stamp: string): void {
  writeFileSync(stampFile, stamp);
  checkedThisRun.add(stampFile);
}

/**
 * Makes sure bench/corpora/briefs-<size>/ holds the generator's corpus for the bench seed,
 * generating it only when missing or when the generator's sources changed. Says whether it did.
 */
export function ensureBriefs(size: number): { folder: string; generatedMs: number | null } {
  const folder = briefsFolder(size);
  const stampFile = `${folder}.stamp`;
  const stamp = briefsStamp(size);
  if (isFresh(stampFile, stamp)) return { folder, generatedMs: null };
  const { ms } = runScript('generate', [
    '--briefs',
    String(size),
    '--seed',
    String(BENCH_SEED),
    '--out',
    folder,
  ]);
  writeStamp(stampFile, stamp);
  return { folder, generatedMs: ms };
}

/** Arguments for the ingest CLI that turn a corpus into its dataset file. */
export function ingestArgs(size: number): string[] {
  return [briefsFolder(size), '--out', datasetFile(size), '--today', BENCH_TODAY];
}

/** Records that datasetFile(size) was just written by ingest from the current corpus and sources. */
export function markDatasetFresh(size: number): void {
  writeStamp(`${datasetFile(size)}.stamp`, datasetStamp(size));
}

/** Makes sure the dataset file of a corpus is current, running ingest (unmeasured) when it is not. */
export function ensureDataset(size: number): string {
  ensureBriefs(size);
  const file = datasetFile(size);
  if (isFresh(`${file}.stamp`, datasetStamp(size))) return file;
  runScript('ingest', ingestArgs(size));
  markDatasetFresh(size);
  return file;
}
