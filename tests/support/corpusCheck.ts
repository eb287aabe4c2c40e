import { CORPUS_MISSING_MESSAGE, corpusAvailable } from './corpus';

/** Vitest global setup: one loud line for the whole run when the real corpus is absent (see corpus.ts). */
export default function checkCorpus(): void {
  if (corpusAvailable('real') && corpusAvailable('older')) return;
  if (process.env.TRENDSCOPE_REQUIRE_CORPUS === '1') throw new Error(CORPUS_MISSING_MESSAGE);
  console.warn(`\n${CORPUS_MISSING_MESSAGE}\n`);
}
