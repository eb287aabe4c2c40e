import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../..', '../shared/corpus/real');

export interface CorpusFile {
  file: string;
  id: string;
  text: string;
}

export function readCorpus(): CorpusFile[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.md') || file.endsWith('.txt'))
    .sort()
    .map((file) => ({
      file,
      id: file.replace(/\.(md|txt)$/, ''),
      text: readFileSync(resolve(CORPUS_DIR, file), 'utf8'),
    }));
}
