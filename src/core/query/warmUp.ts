import { ENTRY_KINDS } from '../model/types';
import type { CorpusIndex } from './corpusIndex';
import { columnRanksInSteps } from './sortIds';
import type { ViewName } from './types';

const RANKED_COLUMNS: readonly [ViewName, string][] = [
  ...ENTRY_KINDS.flatMap((kind): [ViewName, string][] => [
    [kind, 'name'],
    [kind, 'relevancy'],
  ]),
  ['briefs', 'title'],
];

/**
 * The lazily built parts of an index (the search index, the name and relevancy sort ranks), as steps of a few
 * milliseconds each, for a caller to run in idle periods, so the first keystroke or sort after
 * load does not pay for them. Run each step before asking for the next.
 */
export function* warmUpSteps(index: CorpusIndex): Generator<() => void> {
  for (let step = 0; step < index.search.stepCount; step++) yield () => index.search.runStep(step);
  for (const [view, column] of RANKED_COLUMNS) {
    const ranking = columnRanksInSteps(index, view, column);
    let done = false;
    while (!done) yield () => void (done = ranking.next().done === true);
  }
}
