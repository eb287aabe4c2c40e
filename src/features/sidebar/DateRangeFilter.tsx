import { useId } from 'react';
import { monthToDate } from '../../core/url/viewState';
import { useAppStore } from '../../store/store';
import { markInput } from '../shared/interactionMarks';

export function DateRangeFilter() {
  const id = useId();
  const dateFrom = useAppStore((state) => state.filters.dateFrom);
  const dateTo = useAppStore((state) => state.filters.dateTo);
  const setFilters = useAppStore((state) => state.setFilters);
  return (
    <fieldset className="field date-range">
      <legend>Date</legend>
      <label htmlFor={`${id}-from`}>From</label>
      <input
        id={`${id}-from`}
        type="month"
        value={dateFrom?.slice(0, 7) ?? ''}
        onChange={(event) => {
          markInput('date');
          setFilters({ dateFrom: monthToDate(event.target.value, 'start') });
        }}
      />
      <label htmlFor={`${id}-to`}>To</label>
      <input
        id={`${id}-to`}
        type="month"
        value={dateTo?.slice(0, 7) ?? ''}
        onChange={(event) => {
          markInput('date');
          setFilters({ dateTo: monthToDate(event.target.value, 'end') });
        }}
      />
    </fieldset>
  );
}
