/**
 * Performance marks read by the benchmark: `ts:input:<kind>` when the user acts, and
 * `ts:painted:<kind>` once the updated rows are on screen.
 */
export type InteractionKind = 'theme' | 'facet' | 'search' | 'sort' | 'relevancy' | 'date' | 'view';

let pendingKind: InteractionKind | null = null;

export function markInput(kind: InteractionKind): void {
  performance.mark(`ts:input:${kind}`);
  pendingKind = kind;
}

/** Call after the commit that shows new rows; marks once the frame holding them has been painted. */
export function markPaintedIfPending(): void {
  const kind = pendingKind;
  if (kind === null) return;
  pendingKind = null;
  afterNextPaint(() => performance.mark(`ts:painted:${kind}`));
}

/** requestAnimationFrame runs just before a paint; the task queued from it runs just after. */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
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
