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

/**
 * Like afterNextPaint, but a hidden page does not paint: then the callback runs after `maxWaitMs`.
 * Runs the callback once.
 */
export function afterNextPaintOrDelay(callback: () => void, maxWaitMs: number): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  afterNextPaint(once);
  setTimeout(once, maxWaitMs);
}
