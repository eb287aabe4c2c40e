import { useId, useMemo } from 'react';
import { describeSearch, parseSearch } from '../../core/query/searchQuery';
import { useAppStore } from '../../store/store';
import { focusResults } from '../shared/focusResults';
import { SEARCH_INPUT_ID } from '../shared/ids';
import { markInput } from '../shared/interactionMarks';

export function SearchBox() {
  const readingId = useId();
  const text = useAppStore((state) => state.filters.text);
  const setSearchText = useAppStore((state) => state.setSearchText);
  const reading = useMemo(() => describeSearch(parseSearch(text)), [text]);
  return (
    <div className="search-box">
      <div className="search-box__field">
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          aria-label="Search"
          aria-keyshortcuts="/"
          aria-describedby={readingId}
          placeholder="Search titles, summaries, rows"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            focusResults();
          }}
          onChange={(event) => {
            markInput('search');
            setSearchText(event.target.value);
          }}
        />
        <kbd className="search-box__key" aria-hidden="true">
          /
        </kbd>
      </div>
      <p id={readingId} className="search-box__reading muted">
        {reading === '' ? 'Words match at their start; "a phrase", -exclude, this OR that' : reading}
      </p>
    </div>
  );
}
