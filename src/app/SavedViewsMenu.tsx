import { useId, useState, type FormEvent } from 'react';
import { withSavedView, withoutSavedView, type SavedView } from '../core/url/savedViews';
import { searchToViewState, viewStateToSearch } from '../core/url/viewState';
import { selectViewState, useAppStore } from '../store/store';
import { readSavedViews, writeSavedViews } from './savedViewsStorage';

/** Name the current view, and reopen or delete named views; kept in this browser's localStorage. */
export function SavedViewsMenu() {
  const id = useId();
  const [views, setViews] = useState<SavedView[]>(readSavedViews);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const applyViewState = useAppStore((state) => state.applyViewState);

  function store(next: SavedView[]) {
    if (writeSavedViews(next)) {
      setViews(next);
      setProblem(null);
    } else {
      setProblem('This browser refused to store the view (storage full or disabled).');
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return;
    store(withSavedView(views, { name, search: viewStateToSearch(selectViewState(useAppStore.getState())) }));
    setName('');
  }

  function reopen(view: SavedView) {
    applyViewState(searchToViewState(view.search).state);
    document.getElementById(`${id}-menu`)?.hidePopover();
  }

  return (
    <div className="saved-views">
      <button type="button" className="button" popoverTarget={`${id}-menu`} aria-haspopup="true">
        Saved views
      </button>
      <div
        id={`${id}-menu`}
        popover="auto"
        className="popover saved-views__menu"
        role="group"
        aria-label="Saved views"
      >
        <form className="saved-views__form" onSubmit={save}>
          <label htmlFor={`${id}-name`}>Save the current view as</label>
          <div className="saved-views__row">
            <input
              id={`${id}-name`}
              value={name}
              maxLength={80}
              placeholder="e.g. Strong AI signals"
              onChange={(event) => setName(event.target.value)}
            />
            <button type="submit" className="button button--primary" disabled={name.trim() === ''}>
              Save
            </button>
          </div>
        </form>
        {problem !== null && (
          <p role="alert" className="saved-views__problem">
            {problem}
          </p>
        )}
        {views.length === 0 ? (
          <p className="muted">No saved views yet.</p>
        ) : (
          <ul className="saved-views__list">
            {views.map((view) => (
              <li key={view.name}>
                <button
                  type="button"
                  className="link-button"
                  title={view.search || 'All briefs'}
                  onClick={() => reopen(view)}
                >
                  {view.name}
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete saved view ${view.name}`}
                  onClick={() => store(withoutSavedView(views, view.name))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
