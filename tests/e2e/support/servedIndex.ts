import { readFileSync } from 'node:fs';
import { validateDataset } from '../../../src/core/dataset/validateDataset';
import { buildIndex, type CorpusIndex } from '../../../src/core/query/corpusIndex';

/**
 * The app's index of the served dataset, for the one thing tests take from the app: which
 * spellings are one label (its fold, tested in tests/unit/labels). Counts stay plain code.
 */
export function servedIndex(dataFile: string): CorpusIndex {
  const served = validateDataset(JSON.parse(readFileSync(dataFile, 'utf8')));
  if (!served.ok) throw new Error(`${dataFile}: ${served.reason}`);
  return buildIndex(served.value);
}
