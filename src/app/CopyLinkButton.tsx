import { useEffect, useState } from 'react';
import { readDataUrl, viewStateToSearch } from '../core/url/viewState';
import { selectViewState, useAppStore } from '../store/store';

/** How long "Link copied" stays on the button. */
const CONFIRM_MS = 2_000;

/** Copies the link to what is shown now (built from the store: the address is written a moment later). */
export function CopyLinkButton() {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (outcome === null) return;
    const timer = setTimeout(() => setOutcome(null), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  async function copy() {
    const search = viewStateToSearch(
      selectViewState(useAppStore.getState()),
      readDataUrl(window.location.search),
    );
    const link = `${window.location.origin}${window.location.pathname}${search}`;
    try {
      await navigator.clipboard.writeText(link);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        {outcome === 'copied' ? 'Link copied' : 'Copy link'}
      </button>
      <span role="status" className="visually-hidden">
        {outcome === 'copied'
          ? 'The link to this view is on the clipboard.'
          : outcome === 'failed'
            ? 'This browser did not allow copying; copy the address bar instead.'
            : ''}
      </span>
    </>
  );
}
