/**
 * Performance marks read by the benchmark: `ts:input:<kind>` when the user acts; `ts:painted:<kind>`
 * once the answer is on screen (the updated count for a filter, the rows for a sort or a view);
 * `ts:rows:<kind>` once the updated rows are. After a filter change the table renders its rows a
 * frame after the count (see TablesPanel).
 */
export type InteractionKind = 'theme' | 'facet' | 'search' | 'sort' | 'relevancy' | 'date' | 'view';

const ANSWERED_BY_ROWS: ReadonlySet<InteractionKind> = new Set(['sort', 'view']);

let countPending: InteractionKind | null = null;
let rowsPending: InteractionKind | null = null;

export function markInput(kind: InteractionKind): void {
  performance.mark(`ts:input:${kind}`);
  countPending = kind;
  rowsPending = kind;
}

/** Call after the commit that shows the updated count. */
export function markCountPaintedIfPending(): void {
  const kind = countPending;
  if (kind === null) return;
  countPending = null;
  if (!ANSWERED_BY_ROWS.has(kind)) markAfterNextPaint(`ts:painted:${kind}`);
}

/** Call after the commit that shows the updated rows. */
export function markRowsPaintedIfPending(): void {
  const kind = rowsPending;
  if (kind === null) return;
  rowsPending = null;
  markAfterNextPaint(`ts:rows:${kind}`);
  if (ANSWERED_BY_ROWS.has(kind)) markAfterNextPaint(`ts:painted:${kind}`);
}

/** Marks `name` right after the next paint (see afterNextPaint). */
export function markAfterNextPaint(name: string): void {
  afterNextPaint(() => void performance.mark(name), 'urgent');
}

/**
 * requestAnimationFrame runs just before a paint; the task queued from it runs just after. An
 * urgent callback (a mark) is queued as a user-blocking task where the browser has them: an
 * ordinary task would wait behind the table's deferred render and its frame.
 */
function afterNextPaint(callback: () => void, priority: 'urgent' | 'ordinary' = 'ordinary'): void {
  requestAnimationFrame(() => {
    if (priority === 'urgent' && typeof scheduler !== 'undefined')
      void scheduler.postTask(callback, { priority: 'user-blocking' });
    else setTimeout(callback, 0);
  });
}

/** A hidden page does not paint: how long afterNextPaintOrSoon waits for a paint at most. */
const HIDDEN_PAGE_WAIT_MS = 200;

/** Like afterNextPaint, but runs the callback (once) within a moment on a page that does not paint. */
export function afterNextPaintOrSoon(callback: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  afterNextPaint(once);
  setTimeout(once, HIDDEN_PAGE_WAIT_MS);
}
