import { useLayoutEffect } from 'react';
import { formatCount } from '../../core/format/formatCount';
import { useAppStore } from '../../store/store';
import { markCountPaintedIfPending } from '../shared/interactionMarks';

/**
 * "1,234 of 57,000 signals": rows shown of all rows of the view. Read from the store, not from the
 * table, so that the count is up to date in the frame after a click, before the rows are.
 */
export function ResultStatus() {
  const view = useAppStore((state) => state.view);
  const corpus = useAppStore((state) => state.corpus);
  const ids = useAppStore((state) => state.sortedIds);
  // A layout effect runs before the frame is painted, so the mark comes right after the frame that shows the count.
  useLayoutEffect(markCountPaintedIfPending, [ids]);
  if (corpus === null || ids === null) return null;
  const { index } = corpus;
  const total = view === 'briefs' ? index.briefs.length : index.rows[view].count;
  return (
    <p role="status" className="result-status">
      <strong>{formatCount(ids.length)}</strong> of {formatCount(total)} {view}
      {corpus.partial && ' loaded so far; the rest is on its way'}
    </p>
  );
}
