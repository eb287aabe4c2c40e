import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
/** Generated corpora, their datasets and the bench's own production build; gitignored, kept between runs. */
export const CORPORA_DIR = resolve(ROOT, 'bench/corpora');
export const BUILD_DIR = resolve(CORPORA_DIR, 'dist');
export const RESULTS_FILE = resolve(ROOT, 'bench/results.json');
