import { DateText } from '../shared/DateText';
import { ENTRY_KIND_LABELS, type EntryKind } from '../../core/model/types';
import type { CorpusIndex } from '../../core/query/corpusIndex';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../core/format/formatCount';

/** Titles listed at most; the rest is counted. */
export const MARK_BRIEFS_SHOWN = 50;

export interface ShownMark {
  title: string;
  /** Brief numbers, in result order. */
  briefs: number[];
  rowsOf?: EntryKind;
}

/** "Briefs behind this mark": the briefs a clicked bar or cell stands for, each opening the brief. */
export function MarkBriefs({
  mark,
  index,
  onClose,
}: {
  mark: ShownMark;
  index: CorpusIndex;
  onClose(): void;
}) {
  const openBrief = useAppStore((state) => state.openBrief);
  const setView = useAppStore((state) => state.setView);
  const closeCharts = useAppStore((state) => state.closeCharts);
  const rest = mark.briefs.length - MARK_BRIEFS_SHOWN;
  return (
    <section className="mark-briefs" aria-label="Briefs behind this mark">
      <header className="mark-briefs__head">
        <h3>
          Briefs behind {mark.title}{' '}
          <span className="muted">
            ({formatCount(mark.briefs.length)} {mark.briefs.length === 1 ? 'brief' : 'briefs'})
          </span>
        </h3>
        {mark.rowsOf !== undefined && (
          <button
            type="button"
            className="button"
            onClick={() => {
              closeCharts();
              setView(mark.rowsOf!);
            }}
          >
            Show the {ENTRY_KIND_LABELS[mark.rowsOf]} table
          </button>
        )}
        <button type="button" className="icon-button" aria-label="Close the list of briefs" onClick={onClose}>
          ×
        </button>
      </header>
      {mark.briefs.length === 0 ? (
        <p className="muted">No brief.</p>
      ) : (
        <ul className="mark-briefs__list">
          {mark.briefs.slice(0, MARK_BRIEFS_SHOWN).map((number) => {
            const brief = index.briefs[number]!;
            return (
              <li key={number}>
                <button type="button" className="link-button" onClick={() => openBrief(brief.id)}>
                  {brief.title}
                </button>
                {brief.date !== null && (
                  <span className="muted">
                    {' · '}
                    <DateText date={brief.date} />
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {rest > 0 && <p className="muted">…and {formatCount(rest)} more.</p>}
    </section>
  );
}
