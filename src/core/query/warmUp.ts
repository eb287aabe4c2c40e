import { ENTRY_KINDS } from '../model/types';
import type { CorpusIndex } from './corpusIndex';
import { columnRanks } from './sortIds';

/**
 * The lazily built parts of an index (search text and signatures, the name sort ranks), as
 * separate steps a caller can run one per idle period, so the first keystroke or sort after
 * load does not pay for them.
 */
export function warmUpSteps(index: CorpusIndex): (() => void)[] {
  return [
    () => void index.briefSearchSignatures,
    ...ENTRY_KINDS.map((kind) => () => void index.rows[kind].searchSignatures),
    ...ENTRY_KINDS.map((kind) => () => void columnRanks(index, kind, 'name')),
    () => void columnRanks(index, 'briefs', 'title'),
  ];
}
