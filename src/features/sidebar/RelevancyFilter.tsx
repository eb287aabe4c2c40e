import { useId } from 'react';
import { useAppStore } from '../../store/store';
import { markInput } from '../shared/interactionMarks';

const LEVELS = [1, 2, 3, 4, 5] as const;

export function RelevancyFilter() {
  const id = useId();
  const minRelevancy = useAppStore((state) => state.filters.minRelevancy);
  const setFilters = useAppStore((state) => state.setFilters);
  return (
    <div className="field">
      <label htmlFor={id}>Minimum relevancy</label>
      <select
        id={id}
        value={minRelevancy === null ? '' : String(minRelevancy)}
        onChange={(event) => {
          markInput('relevancy');
          setFilters({ minRelevancy: event.target.value === '' ? null : Number(event.target.value) });
        }}
      >
        <option value="">Any</option>
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {level === 5 ? '5 (strongest)' : `${level} or more`}
          </option>
        ))}
      </select>
    </div>
  );
}
