import { ENTRY_KINDS } from '../model/types';
import type { CorpusIndex } from './corpusIndex';
import { columnRanks } from './sortIds';

/**
 * The lazily built parts of an index (the search index, the name sort ranks), as
 * separate steps a caller can run one per idle period, so the first keystroke or sort after
 * load does not pay for them.
 */
export function warmUpSteps(index: CorpusIndex): (() => void)[] {
  return [
    ...Array.from({ length: index.search.stepCount }, (_, step) => () => index.search.runStep(step)),
    ...ENTRY_KINDS.map((kind) => () => void columnRanks(index, kind, 'name')),
    () => void columnRanks(index, 'briefs', 'title'),
  ];
}
