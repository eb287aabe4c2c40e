import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';

/**
 * The real briefs in ../shared/corpus beside the repository: `real` (55 briefs, exact counts are asserted
 * on it) and `older` (150, mostly 2023). A clone on its own has no such folder: every test that reads it
 * goes through this module, so it is skipped there, with one loud line printed by corpusCheck.ts (a
 * failure when TRENDSCOPE_REQUIRE_CORPUS=1, as in .ci/run).
 *
 *   describeWithCorpus('parseBrief on the real corpus', () => { ... readCorpus('real') ... });
 *   itWithCorpus('reads the real folder', () => { ... corpusDir('real') ... });
 */
export type CorpusName = 'real' | 'older';

export const CORPUS_ROOT = resolve(import.meta.dirname, '../..', '../shared/corpus');

export function corpusDir(name: CorpusName = 'real'): string {
  return resolve(CORPUS_ROOT, name);
}

export function corpusAvailable(name: CorpusName = 'real'): boolean {
  return existsSync(corpusDir(name));
}

export const CORPUS_MISSING_MESSAGE = `!!!!! NO REAL CORPUS at ${CORPUS_ROOT}: the tests on the real briefs are NOT running. Put the shared folder beside the repository (../shared/corpus/real and older). !!!!!`;

/** A describe that is skipped when the corpus is absent. Its body still runs to collect the tests, so read
 * the corpus with the functions below (they give nothing when it is absent), not with fs directly. */
export const describeWithCorpus = describe.skipIf(!corpusAvailable('real') || !corpusAvailable('older'));

/** An it that is skipped when the corpus is absent. */
export const itWithCorpus = it.skipIf(!corpusAvailable('real') || !corpusAvailable('older'));

export interface CorpusFile {
  /** File name inside the corpus folder. */
  file: string;
  /** The file name without its extension. */
  id: string;
  /** Absolute path. */
  path: string;
  text: string;
}

/** The brief files (.md, .txt) of a corpus folder, sorted by name; none when the folder is absent. */
export function corpusFileNames(name: CorpusName = 'real'): string[] {
  if (!corpusAvailable(name)) return [];
  return readdirSync(corpusDir(name))
    .filter((file) => /\.(md|txt)$/.test(file))
    .sort();
}

/** Every brief of a corpus folder with its text, sorted by file name; none when the folder is absent. */
export function readCorpus(name: CorpusName = 'real'): CorpusFile[] {
  return corpusFileNames(name).map((file) => {
    const path = resolve(corpusDir(name), file);
    return { file, id: file.replace(/\.(md|txt)$/, ''), path, text: readFileSync(path, 'utf8') };
  });
}
