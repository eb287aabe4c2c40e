import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { FOLD_WITHOUT_DATA } from '../../core/labels/labelFold';
import { groupTitle } from '../../core/labels/groupTitle';
import { FACET_LABELS, type FacetCount, type FacetName } from '../../core/query/types';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../core/format/formatCount';
import { markInput } from '../shared/interactionMarks';
import { facetValues, INITIAL_LIMIT, nextLimit, shownValues } from './facetValues';

const NO_COUNTS: FacetCount[] = [];

const MATCH_ALL_FILTER = { themes: 'themesAll', keywords: 'keywordsAll' } as const;

export function FacetGroup({ facet }: { facet: FacetName }) {
  const id = useId();
  const counts = useAppStore((state) => state.result?.facets[facet] ?? NO_COUNTS);
  const selected = useAppStore((state) => state.filters[facet]);
  const toggleFacetValue = useAppStore((state) => state.toggleFacetValue);
  const fold = useAppStore((state) => state.corpus?.index.fold ?? FOLD_WITHOUT_DATA);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(INITIAL_LIMIT);
  // The list is one Tab stop: the value last focused (else the first) is tabbable, arrow keys move within it.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const selectedKeys = useMemo(() => new Set(selected.map((label) => fold.keyOf(label))), [selected, fold]);
  const values = useMemo(() => facetValues(counts, selected, query, fold), [counts, selected, query, fold]);
  const label = FACET_LABELS[facet];
  const shown = shownValues(values, selectedKeys, limit);
  const hidden = values.length - shown.length;
  const tabbableKey = shown.some((value) => value.key === activeKey) ? activeKey : shown[0]?.key;

  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const boxes = Array.from(
      event.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
    );
    const position = boxes.indexOf(event.target as HTMLInputElement);
    if (position < 0) return;
    const target = {
      ArrowDown: position + 1,
      ArrowRight: position + 1,
      ArrowUp: position - 1,
      ArrowLeft: position - 1,
      Home: 0,
      End: boxes.length - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    boxes[Math.max(0, Math.min(boxes.length - 1, target))]?.focus();
  }

  return (
    <fieldset className="facet">
      <legend className="facet__title">{label}</legend>
      {facet === 'themes' || facet === 'keywords' ? (
        <MatchAllSwitch filter={MATCH_ALL_FILTER[facet]} />
      ) : null}
      <input
        type="search"
        className="facet__search"
        aria-label={`Search ${label.toLowerCase()}`}
        placeholder={`Search ${label.toLowerCase()}`}
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {shown.length === 0 ? (
        <p className="facet__empty">{query === '' ? 'No values' : 'No match'}</p>
      ) : (
        <ul className="facet__values" aria-label={`${label} values`} onKeyDown={onListKeyDown}>
          {shown.map((value, position) => (
            <li key={value.key}>
              <label className="facet__value">
                <input
                  type="checkbox"
                  checked={selectedKeys.has(value.key)}
                  tabIndex={value.key === tabbableKey ? 0 : -1}
                  onFocus={() => setActiveKey(value.key)}
                  aria-labelledby={`${id}-label-${position}`}
                  aria-describedby={`${id}-count-${position}`}
                  onChange={() => {
                    markInput(facet === 'themes' ? 'theme' : 'facet');
                    toggleFacetValue(facet, value.label);
                  }}
                />
                <span
                  className="facet__label"
                  id={`${id}-label-${position}`}
                  title={groupTitle(value.label, value.spellings, value.count)}
                >
                  {value.label}
                </span>
                <span className="facet__count" id={`${id}-count-${position}`}>
                  {formatCount(value.count)}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="facet__more">
        {hidden > 0 && (
          <button type="button" className="link-button" onClick={() => setLimit(nextLimit(limit))}>
            Show {formatCount(Math.min(hidden, nextLimit(limit) - limit))} more
          </button>
        )}
        {limit > INITIAL_LIMIT && (
          <button type="button" className="link-button" onClick={() => setLimit(INITIAL_LIMIT)}>
            Show fewer
          </button>
        )}
      </div>
    </fieldset>
  );
}

function MatchAllSwitch({ filter }: { filter: 'themesAll' | 'keywordsAll' }) {
  const matchAll = useAppStore((state) => state.filters[filter]);
  const setFilters = useAppStore((state) => state.setFilters);
  return (
    <label className="switch">
      <input
        type="checkbox"
        role="switch"
        checked={matchAll}
        onChange={(event) => setFilters({ [filter]: event.target.checked })}
      />
      <span>Match all</span>
    </label>
  );
}
