import type { CorpusIndex } from '../../core/query/corpusIndex';
import type { ViewName } from '../../core/query/types';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../core/format/formatCount';

/** "1,234 of 57,000 signals": rows shown of all rows of the view. */
export function ResultStatus({ view, index, shown }: { view: ViewName; index: CorpusIndex; shown: number }) {
  const partial = useAppStore((state) => state.corpus?.partial === true);
  const total = view === 'briefs' ? index.briefs.length : index.rows[view].count;
  return (
    <p role="status" className="result-status">
      <strong>{formatCount(shown)}</strong> of {formatCount(total)} {view}
      {partial && ' loaded so far; the rest is on its way'}
    </p>
  );
}
