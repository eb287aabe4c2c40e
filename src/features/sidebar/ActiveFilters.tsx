import { useAppStore } from '../../store/store';
import { activeFilterChips } from './activeFilterChips';

export function ActiveFilters() {
  const filters = useAppStore((state) => state.filters);
  const setFilters = useAppStore((state) => state.setFilters);
  const clearFilters = useAppStore((state) => state.clearFilters);
  const chips = activeFilterChips(filters);
  return (
    <section className="active-filters" aria-label="Active filters">
      {chips.length > 0 && (
        <ul className="chip-list">
          {chips.map((chip) => (
            <li key={chip.key}>
              <button
                type="button"
                className="chip chip--removable"
                aria-label={`Remove filter ${chip.label}`}
                onClick={() => setFilters(chip.without(filters))}
              >
                <span className="chip__text">{chip.label}</span>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--quiet"
        disabled={chips.length === 0 && !filters.themesAll && !filters.keywordsAll}
        onClick={clearFilters}
      >
        Clear all filters
      </button>
    </section>
  );
}
