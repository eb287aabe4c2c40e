import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runScript } from './childProcess';
import type { Corpus } from './measurement';
import { CORPORA_DIR, ROOT } from './paths';
import { REAL_CORPUS_DIR, writeRealDerived } from './realDerived';

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

/** What decides a real-derived corpus: the real briefs and the code that copies them. */
const REAL_DERIVED_SOURCES = ['bench/realDerived.ts'];

/** `briefs-3000` (synthetic) or `real-3000` (real-derived). */
function corpusName({ kind, size }: Corpus): string {
  return `${kind === 'synthetic' ? 'briefs' : 'real'}-${size}`;
}

export function briefsFolder(corpus: Corpus): string {
  return join(CORPORA_DIR, corpusName(corpus));
}

/** The canonical JSON of a corpus, as ingest writes it. */
export function datasetFile(corpus: Corpus): string {
  return join(CORPORA_DIR, `${corpusName(corpus)}.json`);
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

function briefsStamp({ kind, size }: Corpus): string {
  if (kind === 'real') {
    return JSON.stringify({
      size,
      real: sourceHash([REAL_CORPUS_DIR]),
      copier: sourceHash(REAL_DERIVED_SOURCES),
    });
  }
  return JSON.stringify({ size, seed: BENCH_SEED, generator: sourceHash(GENERATOR_SOURCES) });
}

function datasetStamp(corpus: Corpus): string {
  return JSON.stringify({
    briefs: briefsStamp(corpus),
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
 * Makes sure bench/corpora/<name>/ holds the corpus: the generator's for the bench seed
 * (`briefs-<size>`), or copies of the real briefs (`real-<size>`, see realDerived.ts). It is
 * written only when missing or when what decides it changed. Says whether it was, and how long it took.
 */
export function ensureBriefs(corpus: Corpus): { folder: string; generatedMs: number | null } {
  const folder = briefsFolder(corpus);
  const stampFile = `${folder}.stamp`;
  const stamp = briefsStamp(corpus);
  if (isFresh(stampFile, stamp)) return { folder, generatedMs: null };
  const started = performance.now();
  if (corpus.kind === 'real') writeRealDerived(corpus.size, folder);
  else {
    runScript('generate', ['--briefs', String(corpus.size), '--seed', String(BENCH_SEED), '--out', folder]);
  }
  writeStamp(stampFile, stamp);
  return { folder, generatedMs: performance.now() - started };
}

/** Arguments for the ingest CLI that turn a corpus into its dataset file. */
export function ingestArgs(corpus: Corpus): string[] {
  return [briefsFolder(corpus), '--out', datasetFile(corpus), '--today', BENCH_TODAY];
}

/** Records that datasetFile(corpus) was just written by ingest from the current corpus and sources. */
export function markDatasetFresh(corpus: Corpus): void {
  writeStamp(`${datasetFile(corpus)}.stamp`, datasetStamp(corpus));
}

/** Makes sure the dataset file of a corpus is current, running ingest (unmeasured) when it is not. */
export function ensureDataset(corpus: Corpus): string {
  ensureBriefs(corpus);
  const file = datasetFile(corpus);
  if (isFresh(`${file}.stamp`, datasetStamp(corpus))) return file;
  runScript('ingest', ingestArgs(corpus));
  markDatasetFresh(corpus);
  return file;
}
