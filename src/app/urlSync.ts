import { shallow } from 'zustand/shallow';
import {
  historyActionFor,
  searchToViewState,
  viewStateToSearch,
  type ViewState,
} from '../core/url/viewState';
import { selectViewState, useAppStore } from '../store/store';

/**
 * Keeps the address bar and the store in step: the URL's view state is applied at start and on
 * Back/Forward; once the whole dataset is shown, each change writes the URL (a new history entry, or the same
 * one while typing in Search). `dataUrl` is the ?data= the page was opened with, kept as is.
 */
export function startUrlSync(dataUrl: string | null): void {
  const store = useAppStore;
  // Writing history costs several milliseconds, so it waits until the browser is idle (the
  // change on screen first); typing in Search meanwhile goes into the same write.
  let pending: { previous: ViewState | null; next: ViewState } | null = null;
  const applySearch = () => store.getState().applyViewState(searchToViewState(window.location.search).state);
  applySearch();
  // Back/Forward: the address is now the truth, and a write still waiting would overwrite it.
  window.addEventListener('popstate', () => {
    pending = null;
    applySearch();
  });

  const write = () => {
    if (pending === null) return;
    const { previous, next } = pending;
    pending = null;
    const search = viewStateToSearch(next, dataUrl);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    // The first write after loading only tidies the URL (dropped unknown values, canonical order).
    if (previous !== null && historyActionFor(previous, next) === 'push')
      window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  store.subscribe(
    (state): ViewState | null =>
      state.corpus === null || state.corpus.partial ? null : selectViewState(state),
    (next, previous) => {
      if (next === null) return;
      // A change that gets its own history entry is not merged into the one waiting.
      if (pending !== null && historyActionFor(pending.next, next) === 'push') write();
      if (pending === null) whenIdle(write);
      pending = pending === null ? { previous, next } : { previous: pending.previous, next };
    },
    { equalityFn: shallow },
  );
}

/** Soon after the current work, when nothing else waits; within half a second in any case. */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 500 });
  else setTimeout(callback, 0);
}
