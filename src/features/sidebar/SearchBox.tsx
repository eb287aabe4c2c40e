import { useAppStore } from '../../store/store';
import { SEARCH_INPUT_ID } from '../shared/ids';
import { markInput } from '../shared/interactionMarks';

export function SearchBox() {
  const text = useAppStore((state) => state.filters.text);
  const setSearchText = useAppStore((state) => state.setSearchText);
  return (
    <div className="search-box">
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        aria-label="Search"
        aria-keyshortcuts="/"
        placeholder="Search titles, summaries, rows"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          markInput('search');
          setSearchText(event.target.value);
        }}
      />
      <kbd className="search-box__key" aria-hidden="true">
        /
      </kbd>
    </div>
  );
}
