import { FACET_NAMES } from '../../core/query/types';
import { ActiveFilters } from './ActiveFilters';
import { DateRangeFilter } from './DateRangeFilter';
import { FacetGroup } from './FacetGroup';
import { RelevancyFilter } from './RelevancyFilter';
import { SearchBox } from './SearchBox';
import './sidebar.css';

export function Sidebar() {
  return (
    <aside className="sidebar" aria-label="Filters">
      <SearchBox />
      <ActiveFilters />
      <RelevancyFilter />
      <DateRangeFilter />
      {FACET_NAMES.map((facet) => (
        <FacetGroup key={facet} facet={facet} />
      ))}
    </aside>
  );
}
