import { functionalUpdate, useTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { VIEW_COLUMNS } from '../../core/query/columns';
import type { CorpusIndex } from '../../core/query/corpusIndex';
import type { SortKey, ViewName } from '../../core/query/types';
import { useAppStore } from '../../store/store';
import type { BriefRow } from '../../store/types';
import { markAfterNextPaint, markInput, markRowsPaintedIfPending } from '../shared/interactionMarks';
import { SearchHighlightProvider } from '../shared/SearchHighlight';
import { ColumnChooser } from './ColumnChooser';
import { ColumnResizer } from './ColumnResizer';
import { columnsFor, columnTrack, tableFeatureSet, type RowRef } from './columns';
import { ResultStatus } from './ResultStatus';

const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 40;
const PAGE_ROWS = 10;
/** What the page keeps above and below the table's scroll box at desktop widths (205 px above, 16 below). */
const PAGE_AROUND_TABLE = 221;

let firstRowsMarked = false;

function briefIdOfRow(index: CorpusIndex, view: ViewName, id: number): string {
  const brief = view === 'briefs' ? id : index.rows[view].briefOf[id]!;
  return index.briefs[brief]!.id;
}

/** The row of its brief a table row is (none in the briefs view): the dialog opens scrolled to it. */
function briefRowOf(index: CorpusIndex, view: ViewName, id: number): BriefRow | null {
  return view === 'briefs' ? null : { kind: view, entry: index.rows[view].entryOf[id]! };
}

interface DataTableProps {
  view: ViewName;
  index: CorpusIndex;
  /** The rows, filtered and sorted by `sort`. */
  ids: Uint32Array;
  sort: readonly SortKey[];
}

/** Memoized: a render for a new count alone (see TablesPanel) passes the same props and skips the rows. */
export const DataTable = memo(function DataTable({ view, index, ids, sort }: DataTableProps) {
  const columnVisibility = useAppStore((state) => state.columnVisibility[view]);
  const setSort = useAppStore((state) => state.setSort);
  const setColumnVisibility = useAppStore((state) => state.setColumnVisibility);
  const columnWidths = useAppStore((state) => state.columnWidths[view]);
  const setColumnWidth = useAppStore((state) => state.setColumnWidth);
  // The width of the column being dragged, shown as it moves and kept (in the store, the URL) when dropped.
  const [dragged, setDragged] = useState<{ column: string; width: number } | null>(null);
  const openBrief = useAppStore((state) => state.openBrief);
  const scrollRef = useRef<HTMLDivElement>(null);
  const labelId = useId();
  const [activeRow, setActiveRow] = useState(0);

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component on scroll.
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows on the first render already, rather than after the scroll box has been measured; sized
    // close to the box, so that the first render makes no rows the measurement then removes.
    initialRect: {
      width: window.innerWidth,
      height: Math.max(ROW_HEIGHT, window.innerHeight - PAGE_AROUND_TABLE),
    },
    overscan: 2,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? -1;

  // The table sees only the rows on screen: the ids arrive filtered and sorted, so it has nothing to process.
  const columns = useMemo(() => columnsFor(view, index), [view, index]);
  const data = useMemo(
    () => Array.from(ids.subarray(firstIndex, lastIndex + 1), (id): RowRef => ({ id })),
    [ids, firstIndex, lastIndex],
  );
  const sorting = useMemo<SortingState>(
    () => sort.map((key) => ({ id: key.column, desc: key.desc })),
    [sort],
  );
  const table = useTable({
    features: tableFeatureSet,
    columns,
    data,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    enableMultiSort: true,
    enableSortingRemoval: true,
    sortDescFirst: false,
    isMultiSortEvent: (event) => (event as { shiftKey?: boolean }).shiftKey === true,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) =>
      setSort(functionalUpdate(updater, sorting).map((entry) => ({ column: entry.id, desc: entry.desc }))),
    onColumnVisibilityChange: (updater) =>
      setColumnVisibility(view, functionalUpdate(updater, columnVisibility)),
  });
  const rows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();
  const specById = useMemo(() => new Map(VIEW_COLUMNS[view].map((spec) => [spec.id, spec])), [view]);
  const alignClass = (columnId: string) => (specById.get(columnId)?.type === 'number' ? ' is-number' : '');
  const widthOf = (columnId: string) =>
    dragged?.column === columnId ? dragged.width : columnWidths[columnId];
  const tracks = visibleColumns.map((column) => columnTrack(specById.get(column.id)!, widthOf(column.id)));
  // The first column (Title, Name) stays in place while the table scrolls sideways.
  const cellClass = (columnId: string) =>
    `${alignClass(columnId)}${columnId === visibleColumns[0]?.id ? ' is-sticky' : ''}`;
  const gridStyle = {
    '--grid-columns': tracks.map(([, track]) => track).join(' '),
    minWidth: tracks.reduce((sum, [min]) => sum + min, 0),
  } as CSSProperties;

  useEffect(() => {
    // The virtualizer's own record of the offset: reading the element's would force a layout.
    if ((virtualizer.scrollOffset ?? 0) > 0) scrollRef.current?.scrollTo({ top: 0 });
  }, [ids, virtualizer]);
  // Before the paint, so that the mark comes right after the frame that shows the rows.
  useLayoutEffect(markRowsPaintedIfPending, [ids]);

  useEffect(() => {
    if (firstRowsMarked || rows.length === 0) return;
    firstRowsMarked = true;
    markAfterNextPaint('ts:first-rows');
  }, [rows.length]);

  // The row that Tab reaches: the active one when it is rendered, else the first rendered one.
  const tabbableRow = activeRow >= firstIndex && activeRow <= lastIndex ? activeRow : firstIndex;

  function focusRow(position: number) {
    const target = Math.max(0, Math.min(ids.length - 1, position));
    setActiveRow(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() =>
      scrollRef.current
        ?.querySelector<HTMLElement>(`[data-index="${target}"]`)
        ?.focus({ preventScroll: true }),
    );
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLDivElement>, position: number, id: number) {
    const moves: Record<string, number> = {
      ArrowDown: position + 1,
      ArrowUp: position - 1,
      PageDown: position + PAGE_ROWS,
      PageUp: position - PAGE_ROWS,
      Home: 0,
      End: ids.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openBrief(briefIdOfRow(index, view, id), briefRowOf(index, view, id));
    } else if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key]!);
    }
  }

  return (
    <SearchHighlightProvider>
      <div className="data-table">
        <div className="data-table__toolbar">
          <ResultStatus />
          <ColumnChooser table={table} />
        </div>
        <div className="data-table__scroll" ref={scrollRef}>
          <div
            role="grid"
            aria-label={view.charAt(0).toUpperCase() + view.slice(1)}
            aria-rowcount={ids.length + 1}
            aria-colcount={visibleColumns.length}
            className="grid"
            style={gridStyle}
          >
            <div role="rowgroup" className="grid__head">
              {table.getHeaderGroups().map((group) => (
                <div role="row" aria-rowindex={1} className="grid__row grid__row--head" key={group.id}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    const sortIndex = header.column.getSortIndex();
                    const toggle = header.column.getToggleSortingHandler();
                    return (
                      <div
                        role="columnheader"
                        key={header.id}
                        data-column={header.column.id}
                        // Named by its label alone, not also by the resize grip inside it.
                        aria-labelledby={`${labelId}-${header.column.id}`}
                        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                        className={`grid__header${cellClass(header.column.id)}`}
                      >
                        <button
                          type="button"
                          className="sort-button"
                          title="Sort (Shift+click adds a secondary sort)"
                          onClick={(event) => {
                            markInput('sort');
                            toggle?.(event);
                          }}
                        >
                          <span className="sort-button__label" id={`${labelId}-${header.column.id}`}>
                            <table.FlexRender header={header} />
                          </span>
                          <SortIndicator direction={sorted} />
                          {sorting.length > 1 && sortIndex >= 0 ? (
                            <span className="sort-button__rank" aria-hidden="true">
                              {sortIndex + 1}
                            </span>
                          ) : null}
                        </button>
                        <ColumnResizer
                          label={String(header.column.columnDef.header)}
                          width={columnWidths[header.column.id]}
                          measure={() =>
                            scrollRef.current
                              ?.querySelector(`[data-column="${header.column.id}"]`)
                              ?.getBoundingClientRect().width ?? 0
                          }
                          onDrag={(width) =>
                            setDragged(width === null ? null : { column: header.column.id, width })
                          }
                          onResize={(width) => {
                            setDragged(null);
                            setColumnWidth(view, header.column.id, width);
                          }}
                        />
                      </div>
                    );
                  })}
                </div>
              ))}
            </div>
            <div role="rowgroup" className="grid__body" style={{ height: virtualizer.getTotalSize() }}>
              {items.map((item) => {
                const row = rows[item.index - firstIndex];
                if (row === undefined) return null;
                const id = row.original.id;
                return (
                  // Keyed by position: after a filter or sort the row elements are reused, only their text changes.
                  <div
                    role="row"
                    key={item.key}
                    data-index={item.index}
                    aria-rowindex={item.index + 2}
                    tabIndex={item.index === tabbableRow ? 0 : -1}
                    className="grid__row grid__row--body"
                    style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                    onClick={() => openBrief(briefIdOfRow(index, view, id), briefRowOf(index, view, id))}
                    onFocus={() => setActiveRow(item.index)}
                    onKeyDown={(event) => onRowKeyDown(event, item.index, id)}
                  >
                    {row.getVisibleCells().map((cell) => (
                      <div
                        role="gridcell"
                        key={cell.column.id}
                        className={`grid__cell${cellClass(cell.column.id)}`}
                      >
                        <table.FlexRender cell={cell} />
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          </div>
          {ids.length === 0 && <p className="data-table__empty">No rows match these filters.</p>}
        </div>
      </div>
    </SearchHighlightProvider>
  );
});

function SortIndicator({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <span className={`sort-indicator sort-indicator--${direction || 'none'}`} aria-hidden="true">
      {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
    </span>
  );
}
