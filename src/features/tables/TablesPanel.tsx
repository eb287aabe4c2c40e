import { useDeferredValue, useMemo, useRef, type KeyboardEvent } from 'react';
import { ENTRY_KIND_LABELS } from '../../core/model/types';
import { VIEW_NAMES, type QueryResult, type ViewName } from '../../core/query/types';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../core/format/formatCount';
import { markInput } from '../shared/interactionMarks';
import { DataTable } from './DataTable';
import './tables.css';

const VIEW_LABELS: Record<ViewName, string> = { briefs: 'Briefs', ...ENTRY_KIND_LABELS };
const PANEL_ID = 'view-panel';

function shownIn(result: QueryResult, view: ViewName): number {
  return view === 'briefs' ? result.briefIds.length : result.rowIds[view].length;
}

export function TablesPanel() {
  const view = useAppStore((state) => state.view);
  const corpus = useAppStore((state) => state.corpus);
  const result = useAppStore((state) => state.result);
  const sortedIds = useAppStore((state) => state.sortedIds);
  const sort = useAppStore((state) => state.sort);
  const setView = useAppStore((state) => state.setView);
  const tabList = useRef<HTMLDivElement>(null);
  const table = useMemo(
    () =>
      corpus === null || sortedIds === null ? null : { view, index: corpus.index, ids: sortedIds, sort },
    [view, corpus, sortedIds, sort],
  );
  // After a filter change the rows follow in a render of their own: the click's first frame shows
  // its checkbox, counts and tabs, the next one the rows. View, index, ids and sort are deferred
  // together, so they always match. A sort or a view change has nothing to show but its rows: at once.
  const deferred = useDeferredValue(table);
  const shownTable =
    deferred === null || table === null || deferred.sort !== table.sort || deferred.view !== table.view
      ? table
      : deferred;
  if (result === null || table === null || shownTable === null) return null;

  function selectView(next: ViewName) {
    markInput('view');
    setView(next);
  }

  function onTabKeyDown(event: KeyboardEvent) {
    const position = VIEW_NAMES.indexOf(view);
    const moves: Record<string, number> = {
      ArrowRight: (position + 1) % VIEW_NAMES.length,
      ArrowLeft: (position - 1 + VIEW_NAMES.length) % VIEW_NAMES.length,
      Home: 0,
      End: VIEW_NAMES.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    selectView(VIEW_NAMES[target]!);
    tabList.current?.querySelectorAll<HTMLElement>('[role="tab"]')[target]?.focus();
  }

  return (
    <section className="tables" aria-label="Results">
      <div role="tablist" aria-label="Views" className="tabs" ref={tabList} onKeyDown={onTabKeyDown}>
        {VIEW_NAMES.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={name === view}
            aria-controls={PANEL_ID}
            tabIndex={name === view ? 0 : -1}
            className="tab"
            onClick={() => selectView(name)}
          >
            {VIEW_LABELS[name]}
            <span className="tab__count" aria-hidden="true">
              {formatCount(shownIn(result, name))}
            </span>
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={PANEL_ID}
        aria-labelledby={`tab-${view}`}
        aria-busy={shownTable !== table}
        className="tables__panel"
      >
        <DataTable key={shownTable.view} {...shownTable} />
      </div>
    </section>
  );
}
